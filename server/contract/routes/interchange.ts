import { z } from "zod";
import { ExportQuerySchema, ImportBodySchema, ImportQuerySchema, ImportResultSchema } from "../interchange";
import { defineRoutes } from "./route-spec";

/** Import and export of whole maps in the formats of DESIGN.md (issue 8). */
export const INTERCHANGE_ROUTES = defineRoutes({
  exportMap: {
    method: "get",
    path: "/api/v1/maps/{map}/export",
    summary: "Download the map as crux-json, aif-json, argdown, kialo, graphml, cytoscape-json or csv",
    tag: "interchange",
    params: z.strictObject({ map: z.string().min(1).max(100) }),
    query: ExportQuerySchema,
    responses: { 200: { description: "The file, with Content-Disposition naming it", schema: z.string(), contentType: "application/octet-stream" } },
  },
  importMap: {
    method: "post",
    path: "/api/v1/maps/import",
    summary: "Create a map from a file (all or nothing; every problem listed by line or path)",
    tag: "interchange",
    write: true,
    query: ImportQuerySchema,
    body: ImportBodySchema,
    bodyContentType: "text/plain",
    responses: { 201: { description: "The new map, and what the file held that Crux has no place for", schema: ImportResultSchema } },
  },
});
