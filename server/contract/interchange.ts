import { z } from "zod";
import { MapSchema } from "./map";
import { SlugSchema, TitleSchema } from "./vocabulary";

/** The interchange formats of DESIGN.md, for `GET /export?format=` and `POST /import?format=`. */
export const FormatNameSchema = z.enum(["crux-json", "aif-json", "argdown", "kialo", "graphml", "cytoscape-json", "csv"]);
export type FormatName = z.infer<typeof FormatNameSchema>;

export const ExportQuerySchema = z.strictObject({ format: FormatNameSchema.default("crux-json") });

export const ImportQuerySchema = z.strictObject({
  format: FormatNameSchema,
  /** Names the new map; required when the file carries no slug (Kialo, CSV, plain Argdown) or its slug is taken. */
  slug: SlugSchema.optional(),
  title: TitleSchema.optional(),
});

/** The file as the request body, as text (JSON formats too); at most 20 MB. */
export const ImportBodySchema = z.string().min(1, "the request body must hold the file to import");

export const ImportResultSchema = z.object({
  map: MapSchema,
  /** What the file held that Crux has no place for, in sentences. */
  warnings: z.array(z.string()),
});
export type ImportResultBody = z.infer<typeof ImportResultSchema>;
