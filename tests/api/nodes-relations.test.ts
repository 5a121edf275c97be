import { useApiServer } from "../support/api-suite";
import { givenMap } from "../support/builders";

const { server, api } = useApiServer();

describe("nodes and relations", () => {
  test("creates claims, proposals and actors and shows them in the graph", async () => {
    const m = await givenMap(api);
    const claim = await m.node({ title: "Russia poses no threat" });
    const proposal = await m.node({ kind: "proposal", title: "Trilateral mechanism" });
    const actor = await m.node({ kind: "actor", title: "Russia", aliases: ["Moscow"] });
    await m.relate(claim.id, "supports", proposal.id, { strength: 0.8 });
    await m.relate(actor.id, "endorses", proposal.id);
    const graph = await m.graph();
    expect(graph.nodes.map((n: { kind: string }) => n.kind)).toEqual(["claim", "proposal", "actor"]);
    expect(graph.nodes[2].aliases).toEqual(["Moscow"]);
    expect(graph.relations).toEqual([
      expect.objectContaining({ source: claim.id, target: proposal.id, relation: "supports", strength: 0.8, targetType: "node" }),
      expect.objectContaining({ source: actor.id, target: proposal.id, relation: "endorses" }),
    ]);
  });

  test("accepts an undercut: a contradiction aimed at a relation", async () => {
    const m = await givenMap(api);
    const [a, b, c] = [await m.node(), await m.node(), await m.node()];
    const support = await m.relate(a.id, "supports", b.id);
    const undercut = await m.relate(c.id, "contradicts", support.id);
    expect(undercut).toMatchObject({ target: support.id, targetType: "relation" });
  });

  test.each([
    ["an actor supporting a claim", "actor", "supports", "claim"],
    ["a claim proposing a proposal", "claim", "proposes", "proposal"],
    ["a claim part of a proposal", "claim", "part_of", "proposal"],
    ["a proposal endorsing a claim", "proposal", "endorses", "claim"],
  ])("refuses %s with 422 relation_not_allowed and saves nothing", async (_name, sourceKind, relation, targetKind) => {
    const m = await givenMap(api);
    const source = await m.node({ kind: sourceKind });
    const target = await m.node({ kind: targetKind });
    const reply = await api.post(`/api/v1/maps/${m.map.slug}/relations`, { source: source.id, target: target.id, relation });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe("relation_not_allowed");
    expect((await m.graph()).relations).toHaveLength(0);
  });

  test("refuses a self-relation and a duplicate relation", async () => {
    const m = await givenMap(api);
    const [a, b] = [await m.node(), await m.node()];
    const self = await api.post(`/api/v1/maps/${m.map.slug}/relations`, { source: a.id, target: a.id, relation: "supports" });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe("self_relation");
    await m.relate(a.id, "supports", b.id);
    const twice = await api.post(`/api/v1/maps/${m.map.slug}/relations`, { source: a.id, target: b.id, relation: "supports" });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe("duplicate_relation");
    expect((await m.graph()).relations).toHaveLength(1);
  });

  test("refuses a relation to a node of another map", async () => {
    const m1 = await givenMap(api);
    const m2 = await givenMap(api);
    const a = await m1.node();
    const b = await m2.node();
    const reply = await api.post(`/api/v1/maps/${m1.map.slug}/relations`, { source: a.id, target: b.id, relation: "supports" });
    expect(reply.status).toBe(404);
  });

  test("deleting a node removes its relations, the undercuts of those, and its excerpts, in one go", async () => {
    const m = await givenMap(api);
    const document = await m.document();
    const [a, b, c, d] = [await m.node(), await m.node(), await m.node(), await m.node()];
    const support = await m.relate(a.id, "supports", b.id);
    await m.relate(c.id, "contradicts", support.id);
    await m.relate(d.id, "supports", c.id);
    await api.post("/api/v1/excerpts", { documentId: document.id, start: 0, end: 6, quote: "Russia", nodeId: a.id });
    expect((await api.delete(`/api/v1/nodes/${a.id}`, { "if-match": '"1"' })).status).toBe(204);
    const graph = await m.graph();
    expect(graph.nodes.map((n: { id: string }) => n.id)).toEqual([b.id, c.id, d.id]);
    expect(graph.relations.map((r: { source: string }) => r.source)).toEqual([d.id]);
    const excerpts = await server.ctx.store.read.documents.excerpts(document.id);
    expect(excerpts).toHaveLength(0);
  });

  test("every write appends a revision naming the action, before and after", async () => {
    const m = await givenMap(api);
    const node = await m.node({ title: "First" });
    await api.patch(`/api/v1/nodes/${node.id}`, { title: "Second" }, { "if-match": '"1"' });
    const reply = await api.get(`/api/v1/maps/${m.map.slug}/revisions?entityId=${node.id}`);
    expect(reply.status).toBe(200);
    const [update, create] = reply.body.revisions;
    expect(create).toMatchObject({ action: "create", entity: "node", actor: "anonymous", after: { title: "First" } });
    expect(update).toMatchObject({ action: "update", before: { title: "First" }, after: { title: "Second", version: 2 } });
  });

  test("saves positions for everyone without bumping node versions", async () => {
    const m = await givenMap(api);
    const node = await m.node();
    const reply = await api.put(`/api/v1/maps/${m.map.slug}/positions`, { positions: [{ id: node.id, x: 10.5, y: -3 }] });
    expect(reply.body).toEqual({ saved: 1 });
    const [saved] = (await m.graph()).nodes;
    expect(saved).toMatchObject({ position: { x: 10.5, y: -3 }, version: 1 });
  });
});
