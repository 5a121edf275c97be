import { z } from "zod";
import { ExcerptSchema } from "./excerpt";
import { IdSchema, VersionSchema } from "./vocabulary";

/**
 * Places an excerpt again (typically an orphan, after its document's text was edited): the quote must be exactly
 * the document's current text at the offsets; prefix and suffix are recomputed. Clears `orphaned`.
 */
export const UpdateExcerptSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string().min(1).max(20_000),
    expectedVersion: VersionSchema.optional(),
  })
  .refine((e) => e.end > e.start, { message: "end must be greater than start", path: ["end"] });
export type UpdateExcerpt = z.infer<typeof UpdateExcerptSchema>;

/** The excerpts of a document that an edit of its text left without a place: an editor re-anchors or removes them. */
export const OrphanListSchema = z.object({ orphans: z.array(ExcerptSchema) });

/** What re-anchoring did after a text edit; recorded in the document's revision. */
export const ReanchorReportSchema = z.object({
  unchanged: z.number().int().nonnegative(),
  moved: z.array(z.object({ excerptId: IdSchema, method: z.enum(["position", "quote", "approximate"]) })),
  orphaned: z.array(IdSchema),
});
export type ReanchorReport = z.infer<typeof ReanchorReportSchema>;
