import { z } from "zod";
import { MapSchema } from "./map";
import { GraphNodeSchema } from "./node";
import { GraphRelationSchema } from "./relation";

/** `GET /api/v1/maps/:map/graph`: the whole map in one response. */
export const GraphSchema = z.object({
  map: MapSchema,
  nodes: z.array(GraphNodeSchema),
  relations: z.array(GraphRelationSchema),
});
export type Graph = z.infer<typeof GraphSchema>;
