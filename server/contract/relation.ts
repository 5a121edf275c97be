import { z } from "zod";
import { ExcerptSchema } from "./excerpt";
import { IdSchema, RelationKindSchema, VersionSchema } from "./vocabulary";

export const StrengthSchema = z.number().min(0).max(1);

export const GraphRelationSchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  source: IdSchema,
  /** A node id, or a relation id when this relation is an undercut (`targetType: "relation"`). */
  target: IdSchema,
  targetType: z.enum(["node", "relation"]),
  relation: RelationKindSchema,
  strength: StrengthSchema.nullable(),
  note: z.string(),
  /** Linked premises that only jointly support a target share a group id. */
  group: z.string().nullable(),
  excerpts: z.array(ExcerptSchema),
  version: VersionSchema,
});
export type GraphRelation = z.infer<typeof GraphRelationSchema>;

export const CreateRelationSchema = z.strictObject({
  source: IdSchema,
  target: IdSchema,
  relation: RelationKindSchema,
  strength: StrengthSchema.optional(),
  note: z.string().max(5_000).optional(),
  group: z.string().min(1).max(100).optional(),
});
export type CreateRelation = z.infer<typeof CreateRelationSchema>;

export const UpdateRelationSchema = z.strictObject({
  relation: RelationKindSchema.optional(),
  strength: StrengthSchema.nullable().optional(),
  note: z.string().max(5_000).optional(),
  group: z.string().min(1).max(100).nullable().optional(),
  expectedVersion: VersionSchema.optional(),
});
export type UpdateRelation = z.infer<typeof UpdateRelationSchema>;
