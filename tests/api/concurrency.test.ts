import { useApiServer } from "../support/api-suite";
import { givenMap } from "../support/builders";

const { api } = useApiServer();

describe("two annotators never silently overwrite each other", () => {
  test("two updates based on the same version: one wins, the other gets 409 with the current state", async () => {
    const m = await givenMap(api);
    const node = await m.node({ title: "Original" });
    const [first, second] = await Promise.all([
      api.patch(`/api/v1/nodes/${node.id}`, { title: "Alice's title" }, { "if-match": '"1"' }),
      api.patch(`/api/v1/nodes/${node.id}`, { text: "Bob's text" }, { "if-match": '"1"' }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    const winner = first.status === 200 ? first : second;
    expect(loser.body.code).toBe("version_conflict");
    expect(loser.body.current).toEqual(winner.body);
    const stored = (await api.get(`/api/v1/nodes/${node.id}`)).body;
    expect(stored).toEqual(winner.body);
    expect(stored.version).toBe(2);
  });

  test("an update without If-Match or expectedVersion answers 428 and changes nothing", async () => {
    const m = await givenMap(api);
    const node = await m.node({ title: "Kept" });
    const reply = await api.patch(`/api/v1/nodes/${node.id}`, { title: "Blind write" });
    expect(reply.status).toBe(428);
    expect(reply.body.code).toBe("precondition_required");
    expect((await api.get(`/api/v1/nodes/${node.id}`)).body.title).toBe("Kept");
  });

  test("expectedVersion in the body works like If-Match", async () => {
    const m = await givenMap(api);
    const node = await m.node();
    const ok = await api.patch(`/api/v1/nodes/${node.id}`, { title: "Via body", expectedVersion: 1 });
    expect(ok.status).toBe(200);
    const stale = await api.patch(`/api/v1/nodes/${node.id}`, { title: "Stale", expectedVersion: 1 });
    expect(stale.status).toBe(409);
  });

  test("a stale delete is refused and the node survives", async () => {
    const m = await givenMap(api);
    const node = await m.node();
    await api.patch(`/api/v1/nodes/${node.id}`, { title: "Edited meanwhile" }, { "if-match": '"1"' });
    const reply = await api.delete(`/api/v1/nodes/${node.id}`, { "if-match": '"1"' });
    expect(reply.status).toBe(409);
    expect((await api.get(`/api/v1/nodes/${node.id}`)).status).toBe(200);
  });

  test("many concurrent edits of different nodes all land", async () => {
    const m = await givenMap(api);
    const nodes = await Promise.all(Array.from({ length: 20 }, (_, i) => m.node({ title: `N${i}` })));
    const replies = await Promise.all(nodes.map((n) => api.patch(`/api/v1/nodes/${n.id}`, { text: `edited ${n.title}` }, { "if-match": '"1"' })));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const graph = await m.graph();
    expect(graph.nodes.every((n: { text: string; title: string }) => n.text === `edited ${n.title}`)).toBe(true);
  });
});
