import { z } from "zod";
import { AnchorSchema } from "./excerpt";
import { MAX_DOCUMENT_LENGTH } from "./document";
import { PositionSchema } from "./node";
import { StrengthSchema } from "./relation";
import { NodeKindSchema, RelationKindSchema, SlugSchema, TitleSchema } from "./vocabulary";

/** Ids inside a crux-json file are local to the file; import gives every row a fresh id. */
const LocalIdSchema = z.string().min(1).max(200);

export const CruxJsonDocumentSchema = z.strictObject({
  id: LocalIdSchema,
  title: TitleSchema,
  authors: z.array(z.string()).default([]),
  venue: z.string().default(""),
  date: z.string().default(""),
  url: z.string().default(""),
  citation: z.string().default(""),
  text: z.string().min(1).max(MAX_DOCUMENT_LENGTH),
});

export const CruxJsonNodeSchema = z.strictObject({
  id: LocalIdSchema,
  kind: NodeKindSchema,
  title: TitleSchema,
  text: z.string().default(""),
  aliases: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  position: PositionSchema.nullable().default(null),
  excerpts: z.array(AnchorSchema).default([]),
  /** Why a claim or proposal has no excerpt, when it has none (e.g. "implied by the structure of paragraph 4"). */
  unanchoredReason: z.string().optional(),
});

export const CruxJsonRelationSchema = z.strictObject({
  id: LocalIdSchema,
  source: LocalIdSchema,
  /** A node id, or a relation id for an undercut. */
  target: LocalIdSchema,
  relation: RelationKindSchema,
  strength: StrengthSchema.nullable().default(null),
  note: z.string().default(""),
  group: z.string().nullable().default(null),
  excerpts: z.array(AnchorSchema).default([]),
});

/**
 * `crux-json`: the full-fidelity file form of one map (documents, nodes, relations, excerpts, positions, cases).
 * The seed maps under `data/maps/` are written in it, and import/export round-trip it up to ids.
 */
export const CruxJsonSchema = z.strictObject({
  format: z.literal("crux-json"),
  formatVersion: z.literal(1),
  map: z.strictObject({ slug: SlugSchema, title: TitleSchema, description: z.string().default("") }),
  documents: z.array(CruxJsonDocumentSchema).default([]),
  nodes: z.array(CruxJsonNodeSchema),
  relations: z.array(CruxJsonRelationSchema).default([]),
  /** Debate cases (issue 7); kept opaque here and validated by the case schema on import. */
  cases: z.array(z.unknown()).default([]),
});
export type CruxJson = z.infer<typeof CruxJsonSchema>;
export type CruxJsonInput = z.input<typeof CruxJsonSchema>;
export type CruxJsonNode = z.infer<typeof CruxJsonNodeSchema>;
export type CruxJsonRelation = z.infer<typeof CruxJsonRelationSchema>;
export type CruxJsonDocument = z.infer<typeof CruxJsonDocumentSchema>;
