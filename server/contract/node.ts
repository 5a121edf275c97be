import { z } from "zod";
import { ExcerptSchema } from "./excerpt";
import { IdSchema, NodeKindSchema, TitleSchema, VersionSchema } from "./vocabulary";

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof PositionSchema>;

const labelList = z.array(z.string().trim().min(1).max(200)).max(100);

export const GraphNodeSchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  kind: NodeKindSchema,
  /** A short label (Toloraya map: at most 80 characters) for the graph. */
  title: z.string(),
  /** The full statement. */
  text: z.string(),
  /** Other names of an actor ("Moscow", "the Kremlin"); empty for claims and proposals. */
  aliases: z.array(z.string()),
  tags: z.array(z.string()),
  /** Saved layout position, or null when none was saved. */
  position: PositionSchema.nullable(),
  excerpts: z.array(ExcerptSchema),
  version: VersionSchema,
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const CreateNodeSchema = z.strictObject({
  kind: NodeKindSchema,
  title: TitleSchema,
  text: z.string().max(20_000).optional(),
  aliases: labelList.optional(),
  tags: labelList.optional(),
  position: PositionSchema.optional(),
});
export type CreateNode = z.infer<typeof CreateNodeSchema>;

export const UpdateNodeSchema = z.strictObject({
  title: TitleSchema.optional(),
  text: z.string().max(20_000).optional(),
  aliases: labelList.optional(),
  tags: labelList.optional(),
  position: PositionSchema.nullable().optional(),
  expectedVersion: VersionSchema.optional(),
});
export type UpdateNode = z.infer<typeof UpdateNodeSchema>;

/** Save many positions at once (a user arranged the layout); each entry carries the version it was based on. */
export const SavePositionsSchema = z.strictObject({
  positions: z
    .array(z.strictObject({ id: IdSchema, x: z.number().finite(), y: z.number().finite(), expectedVersion: VersionSchema.optional() }))
    .min(1)
    .max(200_000),
});
export type SavePositions = z.infer<typeof SavePositionsSchema>;
