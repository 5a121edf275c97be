import { apiClient, type ApiClient } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let api: ApiClient;
let graph: { nodes: { id: string; kind: string; title: string; excerpts: { id: string; quote: string }[] }[]; relations: { source: string; target: string; relation: string; excerpts: { id: string; quote: string }[] }[] };
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  api = apiClient(server.url);
  graph = (await api.get("/api/v1/maps/toloraya-2009/graph")).body;
});
afterAll(() => server.close());

const CITATION = "Georgy Toloraya, “A Russian Perspective on US-North Korea Relations”, The Asia-Pacific Journal: Japan Focus, 9 February 2009.";

describe("cases on the seeded Toloraya map", () => {
  test("every proposal drafts, for and against, to the reasons the map states, and its brief quotes all their evidence", async () => {
    const proposals = graph.nodes.filter((n) => n.kind === "proposal");
    const quotes = new Map([...graph.nodes, ...graph.relations].flatMap((n) => n.excerpts.map((x) => [x.id, x.quote] as const)));
    for (const proposal of proposals) {
      for (const side of ["for", "against"] as const) {
        const reply = await api.post("/api/v1/maps/toloraya-2009/cases", { title: `${side} ${proposal.title}`.slice(0, 200), side, targetId: proposal.id, draft: true });
        expect(reply.status).toBe(201);
        const kind = side === "for" ? "supports" : "contradicts";
        const stated = graph.relations.filter((r) => r.target === proposal.id && r.relation === kind).map((r) => r.source);
        expect([...reply.body.contentions.map((c: { claimId: string }) => c.claimId)].sort()).toEqual([...stated].sort());
        const html = (await api.get(`/api/v1/cases/${reply.body.id}/brief?format=html`)).body as string;
        const excerptIds: string[] = reply.body.contentions.flatMap((c: { evidence: { excerptIds: string[] } }) => c.evidence.excerptIds);
        for (const id of excerptIds) expect(html).toContain(`<mark>${quotes.get(id)}</mark>`);
        if (excerptIds.length > 0) expect(html).toContain(CITATION);
      }
    }
  });

  test("the brief for changing the US policy goal is a full case: contentions, quotes and citation, in every format", async () => {
    const target = graph.nodes.find((n) => n.title.startsWith("Change the US goal"))!;
    const created = (await api.post("/api/v1/maps/toloraya-2009/cases", { title: "Peace, not just non-proliferation", side: "for", targetId: target.id, draft: true })).body;
    expect(created.contentions.length).toBeGreaterThanOrEqual(3);
    for (const format of ["html", "markdown", "kialo"]) {
      const reply = await api.get(`/api/v1/cases/${created.id}/brief?format=${format}`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get("content-disposition")).toMatch(/filename="peace-not-just-non-proliferation-for\./);
    }
    const kialo = (await api.get(`/api/v1/cases/${created.id}/brief?format=kialo`)).body as string;
    expect(kialo.split("\n").filter((line) => /^1\.\d+\. Pro: /.test(line))).toHaveLength(created.contentions.length);
  });
});
