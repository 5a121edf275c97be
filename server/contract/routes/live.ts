import { z } from "zod";
import { ExcerptSchema } from "../excerpt";
import { MapChangeSchema } from "../events";
import { OrphanListSchema, UpdateExcerptSchema } from "../reanchor";
import { IdSchema } from "../vocabulary";
import { defineRoutes } from "./route-spec";

const MapParams = z.strictObject({ map: z.string().min(1).max(100).describe("Map slug or id") });
const IdParams = z.strictObject({ id: IdSchema });

/** Live changes of a map (server-sent events) and re-anchoring excerpts after a document's text was edited (issue 6). */
export const LIVE_ROUTES = defineRoutes({
  mapEvents: {
    method: "get", path: "/api/v1/maps/{map}/events", tag: "maps", params: MapParams,
    summary: "Live changes of a map as server-sent events: `event: change` with JSON data per committed write; a `: heartbeat` comment every 15 s",
    responses: {
      200: {
        description: "A text/event-stream that stays open; each event is `event: change`, `id: <contentVersion>`, `data: <JSON below>`",
        schema: MapChangeSchema,
        contentType: "text/event-stream",
      },
    },
  },
  listOrphans: {
    method: "get", path: "/api/v1/documents/{id}/orphans", tag: "documents", params: IdParams,
    summary: "Excerpts that an edit of the document's text left without a place, for an editor to re-anchor or remove",
    responses: { 200: { description: "OK", schema: OrphanListSchema } },
  },
  updateExcerpt: {
    method: "patch", path: "/api/v1/excerpts/{id}", tag: "excerpts", write: true, ifMatch: true, params: IdParams, body: UpdateExcerptSchema,
    summary: "Re-anchor an excerpt (e.g. an orphan) at new offsets of its document's current text; clears orphaned",
    responses: { 200: { description: "OK", schema: ExcerptSchema } },
  },
});
