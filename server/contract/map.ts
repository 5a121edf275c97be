import { z } from "zod";
import { IdSchema, SlugSchema, TitleSchema, VersionSchema } from "./vocabulary";

export const MapSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  title: z.string(),
  description: z.string(),
  version: VersionSchema,
  /** Bumped by every change to anything in the map. */
  contentVersion: VersionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CruxMap = z.infer<typeof MapSchema>;

export const CreateMapSchema = z.strictObject({
  slug: SlugSchema,
  title: TitleSchema,
  description: z.string().max(10_000).optional(),
});
export type CreateMap = z.infer<typeof CreateMapSchema>;

export const UpdateMapSchema = z.strictObject({
  slug: SlugSchema.optional(),
  title: TitleSchema.optional(),
  description: z.string().max(10_000).optional(),
  expectedVersion: VersionSchema.optional(),
});
export type UpdateMap = z.infer<typeof UpdateMapSchema>;

export const MapListSchema = z.object({ maps: z.array(MapSchema) });
