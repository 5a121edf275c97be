import { z } from "zod";
import { IdSchema, VersionSchema } from "./vocabulary";

/**
 * An anchor into a source document, after the W3C Web Annotation TextPositionSelector + TextQuoteSelector:
 * `start`/`end` are UTF-16 offsets (end exclusive) and `quote` must equal `text.slice(start, end)`.
 * `prefix`/`suffix` (about 32 characters) let the anchor be found again after the text is edited.
 */
export const ExcerptSchema = z.object({
  id: IdSchema,
  documentId: IdSchema,
  nodeId: IdSchema.nullable(),
  relationId: IdSchema.nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  /** The document was edited and the quote could not be found again: an editor must re-anchor or remove it. */
  orphaned: z.boolean(),
  version: VersionSchema,
});
export type Excerpt = z.infer<typeof ExcerptSchema>;

export const CreateExcerptSchema = z
  .strictObject({
    documentId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string().min(1).max(20_000),
    prefix: z.string().max(200).optional(),
    suffix: z.string().max(200).optional(),
    nodeId: IdSchema.optional(),
    relationId: IdSchema.optional(),
  })
  .refine((e) => e.end > e.start, { message: "end must be greater than start", path: ["end"] })
  .refine((e) => (e.nodeId === undefined) !== (e.relationId === undefined), {
    message: "an excerpt anchors exactly one of nodeId or relationId",
    path: ["nodeId"],
  });
export type CreateExcerpt = z.infer<typeof CreateExcerptSchema>;

/** The anchor of an excerpt without its owner: the shape nested in nodes and relations of graph and map files. */
export const AnchorSchema = z.strictObject({
  documentId: IdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
  prefix: z.string().default(""),
  suffix: z.string().default(""),
  /** An excerpt whose quote was lost in an edit of the text: kept so nobody's work is dropped, not checked. */
  orphaned: z.boolean().optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;
