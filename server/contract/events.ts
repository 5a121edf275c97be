import { z } from "zod";
import { RevisionActionSchema, RevisionEntitySchema } from "./revision";
import { IdSchema } from "./vocabulary";

/**
 * The data of each `change` event on a map's event stream: one committed write. `contentVersion` is the map's
 * version after it (also the event's `id`); a client that missed events reloads the graph.
 */
export const MapChangeSchema = z.object({
  mapId: IdSchema,
  contentVersion: z.number().int().nonnegative(),
  entity: RevisionEntitySchema,
  entityId: IdSchema,
  action: RevisionActionSchema,
  actor: z.string().describe("Who made the change (a username)"),
});
export type MapChangeEvent = z.infer<typeof MapChangeSchema>;
