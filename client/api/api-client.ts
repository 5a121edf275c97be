import { z } from "zod";
import { DocumentListSchema, SourceDocumentSchema, type DocumentSummary, type SourceDocument } from "../../server/contract/document";
import { GraphSchema, type Graph } from "../../server/contract/graph";
import { MapListSchema, type CruxMap } from "../../server/contract/map";
import type { SavePositions } from "../../server/contract/node";
import { browserFetch, createParsedFetch } from "./fetch-parsed";

/** The explorer's view of the API: every answer parsed with the contract's zod schemas before anyone uses it. */
export interface ApiClient {
  listMaps(): Promise<CruxMap[]>;
  getGraph(map: string): Promise<Graph>;
  listDocuments(map: string): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<SourceDocument>;
  savePositions(map: string, positions: SavePositions["positions"]): Promise<number>;
}

const SavedSchema = z.object({ saved: z.number().int() });

export function createApiClient(baseUrl = "", fetchImpl: typeof fetch = browserFetch): ApiClient {
  const call = createParsedFetch(baseUrl, fetchImpl);
  const map = (slug: string) => `/api/v1/maps/${encodeURIComponent(slug)}`;
  return {
    listMaps: async () => (await call("list the maps", "/api/v1/maps", MapListSchema)).maps,
    getGraph: (slug) => call(`open the map “${slug}”`, `${map(slug)}/graph`, GraphSchema),
    listDocuments: async (slug) => (await call("list the map's sources", `${map(slug)}/documents`, DocumentListSchema)).documents,
    getDocument: (id) => call("open the source document", `/api/v1/documents/${encodeURIComponent(id)}`, SourceDocumentSchema),
    savePositions: async (slug, positions) =>
      (await call("save the layout", `${map(slug)}/positions`, SavedSchema, { method: "PUT", body: { positions } })).saved,
  };
}
