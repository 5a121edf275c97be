import { z } from "zod";
import { IdSchema, TitleSchema, VersionSchema } from "./vocabulary";

/** Largest source text accepted, in UTF-16 code units (about 2 MB of prose). */
export const MAX_DOCUMENT_LENGTH = 2_000_000;

const metadata = {
  authors: z.array(z.string().trim().min(1).max(200)).max(50),
  venue: z.string().max(500),
  date: z.string().max(100).describe("Publication date, ISO 8601 where known (e.g. 2009-02-09)"),
  url: z.union([z.url(), z.literal("")]),
  citation: z.string().max(2_000),
};

export const DocumentSummarySchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  title: z.string(),
  ...metadata,
  length: z.number().int().nonnegative(),
  version: VersionSchema,
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

export const SourceDocumentSchema = DocumentSummarySchema.extend({ text: z.string() });
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const CreateDocumentSchema = z.strictObject({
  title: TitleSchema,
  text: z.string().min(1, "a document needs its text").max(MAX_DOCUMENT_LENGTH),
  authors: metadata.authors.optional(),
  venue: metadata.venue.optional(),
  date: metadata.date.optional(),
  url: metadata.url.optional(),
  citation: metadata.citation.optional(),
});
export type CreateDocument = z.infer<typeof CreateDocumentSchema>;

export const UpdateDocumentSchema = z.strictObject({
  title: TitleSchema.optional(),
  text: z.string().min(1).max(MAX_DOCUMENT_LENGTH).optional(),
  authors: metadata.authors.optional(),
  venue: metadata.venue.optional(),
  date: metadata.date.optional(),
  url: metadata.url.optional(),
  citation: metadata.citation.optional(),
  expectedVersion: VersionSchema.optional(),
});
export type UpdateDocument = z.infer<typeof UpdateDocumentSchema>;

export const DocumentListSchema = z.object({ documents: z.array(DocumentSummarySchema) });
