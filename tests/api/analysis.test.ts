import { givenMap } from "../support/builders";
import { apiClient, type ApiClient } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let api: ApiClient;
let byTitle: (pattern: RegExp) => string;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
  api = apiClient(server.url);
  const graph = (await api.get("/api/v1/maps/toloraya-2009/graph")).body as { nodes: { id: string; title: string }[] };
  byTitle = (pattern) => {
    const node = graph.nodes.find((n) => pattern.test(n.title));
    if (!node) throw new Error(`no node matches ${pattern}`);
    return node.id;
  };
});
afterAll(() => server.close());

const base = "/api/v1/maps/toloraya-2009";

describe("analysis of the Toloraya map over HTTP", () => {
  test("the OSCE hesitancy defeats the regional-mechanism proposal under grounded semantics, and lifting it reinstates it", async () => {
    const regional = byTitle(/regional security and cooperation mechanisms/);
    const osce = byTitle(/OSCE-type structure/);
    const urgency = byTitle(/no urgency/);
    const plain = (await api.get(`${base}/acceptance?semantics=grounded`)).body;
    expect(plain).toMatchObject({ semantics: "grounded", complete: true });
    expect(plain.labels[regional]).toBe("rejected");
    expect(plain.labels[osce]).toBe("accepted");
    const assumed = (await api.get(`${base}/acceptance?semantics=grounded&assume=${osce}:rejected,${urgency}:rejected`)).body;
    expect(assumed.labels[regional]).toBe("accepted");
    expect(assumed.assumptions).toEqual({ [osce]: "rejected", [urgency]: "rejected" });
  });

  test("labels every claim and proposal but no actor, for each semantics", async () => {
    const graph = (await api.get(`${base}/graph`)).body as { nodes: { id: string; kind: string }[] };
    const argumentIds = graph.nodes.filter((n) => n.kind !== "actor").map((n) => n.id).sort();
    for (const semantics of ["grounded", "preferred", "stable", "gradual"]) {
      const result = (await api.get(`${base}/acceptance?semantics=${semantics}`)).body;
      expect(Object.keys(result.labels).sort()).toEqual(argumentIds);
      if (semantics === "preferred" || semantics === "stable") expect(result.extensions.length).toBeGreaterThan(0);
      if (semantics === "gradual") expect(Object.values(result.strengths).every((s) => (s as number) >= 0 && (s as number) <= 1)).toBe(true);
    }
  });

  test("why: the explanation of the rejected proposal names its defeaters by title", async () => {
    const regional = byTitle(/regional security and cooperation mechanisms/);
    const why = (await api.get(`${base}/explanations/${regional}?semantics=grounded`)).body;
    expect(why.label).toBe("rejected");
    expect(why.summary).toContain("OSCE-type structure might only increase the US hold");
    expect(why.tree.steps.some((s: { from: string; status: string }) => s.from === byTitle(/OSCE-type structure/) && s.status === "succeeds")).toBe(true);
  });

  test("cruxes name the claims that flip the regional-mechanism proposal", async () => {
    const regional = byTitle(/regional security and cooperation mechanisms/);
    const report = (await api.get(`${base}/cruxes`)).body;
    const entry = report.proposals.find((p: { proposal: string }) => p.proposal === regional);
    expect(entry.label).toBe("rejected");
    const flips = entry.cruxes.map((c: { assumptions: Record<string, string> }) => Object.keys(c.assumptions).sort().join("+"));
    expect(flips).toContain([byTitle(/OSCE-type structure/), byTitle(/no urgency/)].sort().join("+"));
  });

  test("the stance matrix shows Toloraya proposing the Nunn-Lugar dismantlement", async () => {
    const matrix = (await api.get(`${base}/stances`)).body;
    const toloraya = byTitle(/^Georgy Toloraya$/);
    const nunnLugar = byTitle(/Nunn-Lugar/);
    const row = matrix.rows.find((r: { actor: string }) => r.actor === toloraya);
    const cell = row.cells.find((c: { proposal: string }) => c.proposal === nunnLugar);
    expect(cell.stated).toContain("proposes");
  });

  test("an actor's point of view assumes its stated stances, and a what-if in assume overrides them", async () => {
    const west = byTitle(/^The West$/);
    const foe = byTitle(/opponent, if not foe, of the West/);
    const view = (await api.get(`${base}/actors/${west}/view?semantics=grounded`)).body;
    expect(view).toMatchObject({ actor: west, semantics: "grounded" });
    expect(view.assumptions[foe]).toBe("accepted");
    expect(view.labels[foe]).toBe("accepted");
    const overridden = (await api.get(`${base}/actors/${west}/view?semantics=grounded&assume=${foe}:rejected`)).body;
    expect(overridden.assumptions[foe]).toBe("rejected");
    expect(overridden.labels[foe]).toBe("rejected");
    expect((await api.get(`${base}/actors/${west}/view?assume=nobody:rejected`)).status).toBe(400);
  });

  test("an unknown node in assume answers 400 and an unknown explanation target 404", async () => {
    const bad = await api.get(`${base}/acceptance?assume=nobody:accepted`);
    expect(bad.status).toBe(400);
    const badLabel = await api.get(`${base}/acceptance?assume=x:maybe`);
    expect(badLabel.status).toBe(400);
    expect(badLabel.body.errors[0].path).toMatch(/^query\.assume/);
    expect((await api.get(`${base}/explanations/no-such-node`)).status).toBe(404);
  });
});

describe("analysis follows edits", () => {
  test("a new accepted objection flips a proposal from accepted to rejected", async () => {
    const m = await givenMap(api);
    const proposal = await m.node({ kind: "proposal", title: "Set up a channel" });
    const reason = await m.node({ title: "It would be efficient" });
    await m.relate(reason.id, "supports", proposal.id);
    const url = `/api/v1/maps/${m.map.slug}/acceptance`;
    expect((await api.get(url)).body.labels[proposal.id]).toBe("accepted");
    const objection = await m.node({ title: "Nobody would staff it" });
    await m.relate(objection.id, "contradicts", proposal.id);
    expect((await api.get(url)).body.labels[proposal.id]).toBe("rejected");
  });
});
