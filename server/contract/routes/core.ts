import { z } from "zod";
import { CreateDocumentSchema, DocumentListSchema, SourceDocumentSchema, UpdateDocumentSchema } from "../document";
import { CreateExcerptSchema, ExcerptSchema } from "../excerpt";
import { GraphSchema } from "../graph";
import { CreateMapSchema, MapListSchema, MapSchema, UpdateMapSchema } from "../map";
import { CreateNodeSchema, GraphNodeSchema, SavePositionsSchema, UpdateNodeSchema } from "../node";
import { CreateRelationSchema, GraphRelationSchema, UpdateRelationSchema } from "../relation";
import { RevisionListSchema, RevisionQuerySchema } from "../revision";
import { IdSchema } from "../vocabulary";
import { defineRoutes } from "./route-spec";

const MapParams = z.strictObject({ map: z.string().min(1).max(100).describe("Map slug or id") });
const IdParams = z.strictObject({ id: IdSchema });
const ok = (schema: z.ZodType, description = "OK") => ({ description, schema });
const created = (schema: z.ZodType) => ({ description: "Created", schema });
const deleted = { description: "Deleted" };

/** The core resources of DESIGN.md: maps, graph, nodes, relations, documents, excerpts, revisions. */
export const CORE_ROUTES = defineRoutes({
  listMaps: { method: "get", path: "/api/v1/maps", summary: "List maps", tag: "maps", responses: { 200: ok(MapListSchema) } },
  createMap: { method: "post", path: "/api/v1/maps", summary: "Create a map", tag: "maps", write: true, body: CreateMapSchema, responses: { 201: created(MapSchema) } },
  getMap: { method: "get", path: "/api/v1/maps/{map}", summary: "One map", tag: "maps", params: MapParams, responses: { 200: ok(MapSchema) } },
  updateMap: { method: "patch", path: "/api/v1/maps/{map}", summary: "Update a map", tag: "maps", write: true, ifMatch: true, params: MapParams, body: UpdateMapSchema, responses: { 200: ok(MapSchema) } },
  deleteMap: { method: "delete", path: "/api/v1/maps/{map}", summary: "Delete a map and everything in it", tag: "maps", write: true, ifMatch: true, params: MapParams, responses: { 204: deleted } },
  getGraph: { method: "get", path: "/api/v1/maps/{map}/graph", summary: "The whole graph of a map", tag: "maps", params: MapParams, responses: { 200: ok(GraphSchema) } },
  listRevisions: { method: "get", path: "/api/v1/maps/{map}/revisions", summary: "The map's history, newest first", tag: "maps", params: MapParams, query: RevisionQuerySchema, responses: { 200: ok(RevisionListSchema) } },
  createNode: { method: "post", path: "/api/v1/maps/{map}/nodes", summary: "Create a claim, proposal or actor", tag: "nodes", write: true, params: MapParams, body: CreateNodeSchema, responses: { 201: created(GraphNodeSchema) } },
  savePositions: { method: "put", path: "/api/v1/maps/{map}/positions", summary: "Save node positions (a layout) for everyone", tag: "nodes", write: true, params: MapParams, body: SavePositionsSchema, responses: { 200: ok(z.object({ saved: z.number().int() })) } },
  getNode: { method: "get", path: "/api/v1/nodes/{id}", summary: "One node with its excerpts", tag: "nodes", params: IdParams, responses: { 200: ok(GraphNodeSchema) } },
  updateNode: { method: "patch", path: "/api/v1/nodes/{id}", summary: "Update a node", tag: "nodes", write: true, ifMatch: true, params: IdParams, body: UpdateNodeSchema, responses: { 200: ok(GraphNodeSchema) } },
  deleteNode: { method: "delete", path: "/api/v1/nodes/{id}", summary: "Delete a node with its relations and excerpts", tag: "nodes", write: true, ifMatch: true, params: IdParams, responses: { 204: deleted } },
  createRelation: { method: "post", path: "/api/v1/maps/{map}/relations", summary: "Create a relation (target may be a relation: an undercut)", tag: "relations", write: true, params: MapParams, body: CreateRelationSchema, responses: { 201: created(GraphRelationSchema) } },
  getRelation: { method: "get", path: "/api/v1/relations/{id}", summary: "One relation", tag: "relations", params: IdParams, responses: { 200: ok(GraphRelationSchema) } },
  updateRelation: { method: "patch", path: "/api/v1/relations/{id}", summary: "Update a relation", tag: "relations", write: true, ifMatch: true, params: IdParams, body: UpdateRelationSchema, responses: { 200: ok(GraphRelationSchema) } },
  deleteRelation: { method: "delete", path: "/api/v1/relations/{id}", summary: "Delete a relation", tag: "relations", write: true, ifMatch: true, params: IdParams, responses: { 204: deleted } },
  listDocuments: { method: "get", path: "/api/v1/maps/{map}/documents", summary: "List a map's source documents", tag: "documents", params: MapParams, responses: { 200: ok(DocumentListSchema) } },
  createDocument: { method: "post", path: "/api/v1/maps/{map}/documents", summary: "Add a source document", tag: "documents", write: true, params: MapParams, body: CreateDocumentSchema, responses: { 201: created(SourceDocumentSchema) } },
  getDocument: { method: "get", path: "/api/v1/documents/{id}", summary: "One document with its text", tag: "documents", params: IdParams, responses: { 200: ok(SourceDocumentSchema) } },
  updateDocument: { method: "patch", path: "/api/v1/documents/{id}", summary: "Update a document", tag: "documents", write: true, ifMatch: true, params: IdParams, body: UpdateDocumentSchema, responses: { 200: ok(SourceDocumentSchema) } },
  deleteDocument: { method: "delete", path: "/api/v1/documents/{id}", summary: "Delete a document and its excerpts", tag: "documents", write: true, ifMatch: true, params: IdParams, responses: { 204: deleted } },
  createExcerpt: { method: "post", path: "/api/v1/excerpts", summary: "Anchor a node or relation to a quote", tag: "excerpts", write: true, body: CreateExcerptSchema, responses: { 201: created(ExcerptSchema) } },
  deleteExcerpt: { method: "delete", path: "/api/v1/excerpts/{id}", summary: "Remove an anchor", tag: "excerpts", write: true, ifMatch: true, params: IdParams, responses: { 204: deleted } },
});
