import type { CruxJsonInput } from "../../server/contract/crux-json";
import type { ApiClient } from "./http-client";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;

export const aMap = (overrides: Record<string, unknown> = {}) => ({ slug: `map-${unique()}`, title: "A test map", ...overrides });
export const aClaim = (overrides: Record<string, unknown> = {}) => ({ kind: "claim", title: `Claim ${unique()}`, text: "A claim.", ...overrides });
export const aProposal = (overrides: Record<string, unknown> = {}) => ({ kind: "proposal", title: `Proposal ${unique()}`, ...overrides });
export const anActor = (overrides: Record<string, unknown> = {}) => ({ kind: "actor", title: `Actor ${unique()}`, aliases: [], ...overrides });

export const SAMPLE_TEXT =
  "Russia would strongly support such a policy. However, some in Moscow fear a US military presence near its borders.";

/** Creates a map through the API and returns helpers that add nodes and relations to it. */
export async function givenMap(api: ApiClient) {
  const map = (await api.post("/api/v1/maps", aMap())).body;
  const base = `/api/v1/maps/${map.slug}`;
  return {
    map,
    async node(overrides: Record<string, unknown> = {}) {
      const reply = await api.post(`${base}/nodes`, aClaim(overrides));
      if (reply.status !== 201) throw new Error(`node: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body;
    },
    async relate(source: string, relation: string, target: string, extra: Record<string, unknown> = {}) {
      const reply = await api.post(`${base}/relations`, { source, relation, target, ...extra });
      if (reply.status !== 201) throw new Error(`relation: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body;
    },
    async document(text = SAMPLE_TEXT) {
      return (await api.post(`${base}/documents`, { title: "A source", text })).body;
    },
    graph: async () => (await api.get(`${base}/graph`)).body,
  };
}

/** A small but complete crux-json file: two claims, a proposal, an actor, a document with anchors. */
export function aMapFile(overrides: Partial<CruxJsonInput> = {}): CruxJsonInput {
  return {
    format: "crux-json",
    formatVersion: 1,
    map: { slug: `file-${unique()}`, title: "Imported map" },
    documents: [{ id: "d1", title: "Source", text: SAMPLE_TEXT }],
    nodes: [
      { id: "p1", kind: "proposal", title: "Strategic engagement", excerpts: [{ documentId: "d1", start: 30, end: 43, quote: "such a policy" }] },
      { id: "c1", kind: "claim", title: "Russia supports it", excerpts: [{ documentId: "d1", start: 0, end: 44, quote: SAMPLE_TEXT.slice(0, 44) }] },
      { id: "c2", kind: "claim", title: "Moscow fears US presence" },
      { id: "a1", kind: "actor", title: "Russia", aliases: ["Moscow"] },
    ],
    relations: [
      { id: "r1", source: "c1", target: "p1", relation: "supports" },
      { id: "r2", source: "c2", target: "r1", relation: "contradicts" },
      { id: "r3", source: "a1", target: "p1", relation: "endorses" },
    ],
    ...overrides,
  };
}
