import { z } from "zod";
import { IdSchema } from "./vocabulary";

export const RevisionEntitySchema = z.enum(["map", "document", "node", "relation", "excerpt", "case"]);
export type RevisionEntity = z.infer<typeof RevisionEntitySchema>;
export const RevisionActionSchema = z.enum(["create", "update", "delete", "import"]);
export type RevisionAction = z.infer<typeof RevisionActionSchema>;

/** One append-only history entry: who changed what, when, with the state before and after. */
export const RevisionSchema = z.object({
  id: z.number().int(),
  mapId: IdSchema,
  actor: z.string(),
  at: z.string(),
  entity: RevisionEntitySchema,
  entityId: IdSchema,
  action: RevisionActionSchema,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const RevisionQuerySchema = z.strictObject({
  entityId: IdSchema.optional(),
  after: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const RevisionListSchema = z.object({ revisions: z.array(RevisionSchema) });
