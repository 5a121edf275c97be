import { SourceDocumentSchema, type CreateDocument, type SourceDocument, type UpdateDocument } from "../../server/contract/document";
import { ExcerptSchema, type CreateExcerpt, type Excerpt } from "../../server/contract/excerpt";
import { MapSchema, type CreateMap, type CruxMap } from "../../server/contract/map";
import { GraphNodeSchema, type CreateNode, type GraphNode, type UpdateNode } from "../../server/contract/node";
import type { UpdateExcerpt } from "../../server/contract/reanchor";
import { GraphRelationSchema, type CreateRelation, type GraphRelation, type UpdateRelation } from "../../server/contract/relation";
import { RevisionListSchema, type Revision } from "../../server/contract/revision";
import { ApiError } from "./api-error";
import { browserFetch, createParsedFetch, type Requester } from "./fetch-parsed";

/** A 409: someone changed the row since the version this write was based on. `current` is their version, as sent. */
export class ConflictError extends ApiError {
  constructor(
    source: ApiError,
    readonly current: unknown,
  ) {
    super(source.message, source.status, source.code, source.title);
    this.name = "ConflictError";
  }
}

type Patch<T> = Omit<T, "expectedVersion">;

/** The editing side of the API (issue 6): every update and delete names the version it was based on (If-Match). */
export interface WriteApi {
  createMap(input: CreateMap): Promise<CruxMap>;
  createNode(map: string, input: CreateNode): Promise<GraphNode>;
  updateNode(id: string, version: number, patch: Patch<UpdateNode>): Promise<GraphNode>;
  deleteNode(id: string, version: number): Promise<void>;
  createRelation(map: string, input: CreateRelation): Promise<GraphRelation>;
  updateRelation(id: string, version: number, patch: Patch<UpdateRelation>): Promise<GraphRelation>;
  deleteRelation(id: string, version: number): Promise<void>;
  createDocument(map: string, input: CreateDocument): Promise<SourceDocument>;
  updateDocument(id: string, version: number, patch: Patch<UpdateDocument>): Promise<SourceDocument>;
  createExcerpt(input: CreateExcerpt): Promise<Excerpt>;
  /** Places an excerpt at new offsets of its document's current text (re-anchoring an orphan). */
  moveExcerpt(id: string, version: number, anchor: Patch<UpdateExcerpt>): Promise<Excerpt>;
  deleteExcerpt(id: string, version: number): Promise<void>;
  /** Saves where nodes are drawn, for everyone (positions are not content: no versions). */
  savePositions(map: string, positions: { id: string; x: number; y: number }[]): Promise<void>;
  /** History, newest first: of the whole map, or of one node, relation, document or excerpt. */
  listRevisions(map: string, query?: { entityId?: string; limit?: number }): Promise<Revision[]>;
}

export type { RequestOptions, Requester } from "./fetch-parsed";

/** The requester for writes (and sign-in): a 409 version_conflict becomes a ConflictError carrying the current state. */
export function createRequester(baseUrl = "", fetchImpl: typeof fetch = browserFetch): Requester {
  return createParsedFetch(baseUrl, fetchImpl, (problem, error) => new ConflictError(error, problem.current));
}

const enc = encodeURIComponent;

export function createWriteApi(request: Requester = createRequester()): WriteApi {
  const map = (slug: string) => `/api/v1/maps/${enc(slug)}`;
  const post = (body: unknown) => ({ method: "POST", body });
  const patch = (version: number, body: unknown) => ({ method: "PATCH", version, body });
  const remove = (version: number) => ({ method: "DELETE", version });
  return {
    createMap: (input) => request("create the map", "/api/v1/maps", MapSchema, post(input)),
    createNode: (slug, input) => request(`add the ${input.kind}`, `${map(slug)}/nodes`, GraphNodeSchema, post(input)),
    updateNode: (id, version, body) => request("save the node", `/api/v1/nodes/${enc(id)}`, GraphNodeSchema, patch(version, body)),
    deleteNode: (id, version) => request("delete the node", `/api/v1/nodes/${enc(id)}`, null, remove(version)),
    createRelation: (slug, input) => request("add the relation", `${map(slug)}/relations`, GraphRelationSchema, post(input)),
    updateRelation: (id, version, body) => request("save the relation", `/api/v1/relations/${enc(id)}`, GraphRelationSchema, patch(version, body)),
    deleteRelation: (id, version) => request("delete the relation", `/api/v1/relations/${enc(id)}`, null, remove(version)),
    createDocument: (slug, input) => request("add the source", `${map(slug)}/documents`, SourceDocumentSchema, post(input)),
    updateDocument: (id, version, body) => request("save the source", `/api/v1/documents/${enc(id)}`, SourceDocumentSchema, patch(version, body)),
    createExcerpt: (input) => request("attach the quote", "/api/v1/excerpts", ExcerptSchema, post(input)),
    moveExcerpt: (id, version, body) => request("place the quote", `/api/v1/excerpts/${enc(id)}`, ExcerptSchema, patch(version, body)),
    deleteExcerpt: (id, version) => request("remove the quote", `/api/v1/excerpts/${enc(id)}`, null, remove(version)),
    savePositions: async (slug, positions) => void (await request("save where the node is", `${map(slug)}/positions`, null, { method: "PUT", body: { positions } })),
    listRevisions: async (slug, query = {}) => {
      const params = new URLSearchParams({ limit: String(query.limit ?? 100) });
      if (query.entityId) params.set("entityId", query.entityId);
      return (await request("read the history", `${map(slug)}/revisions?${params}`, RevisionListSchema)).revisions;
    },
  };
}
