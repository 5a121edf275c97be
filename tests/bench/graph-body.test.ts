import { generateSyntheticMap } from "../../server/domain/synthetic-map";
import { importMap } from "../../server/usecases/import-map";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/**
 * GET /graph sends bytes that SQLite writes (store/graph-json.ts); everything else reads the graph row by row
 * (store/graph-reader.ts). Both must give the same graph, down to the last bit of a saved position.
 */
describe("the graph body built by SQLite", () => {
  test("is the graph read row by row: nodes, relations, undercuts, excerpts, positions and strengths", async () => {
    const file = generateSyntheticMap({ nodes: 400, seed: 9, positions: true });
    file.nodes[3]!.position = { x: 0.1 + 0.2, y: -123.45678901234567 };
    file.nodes[4]!.position = null;
    file.relations.find((r) => r.relation === "supports")!.strength = 1 / 3;
    file.nodes.find((n) => n.excerpts.length > 0)!.excerpts[0]!.orphaned = true;
    const map = await importMap(server.ctx, "tester", file);

    const served = await (await fetch(`${server.url}/api/v1/maps/${map.slug}/graph`)).json();
    const rows = await server.ctx.store.read.readGraph(map.id);

    expect(served).toEqual({ map: await server.ctx.store.read.maps.find(map.id), ...rows });
    expect(served.nodes[3].position).toEqual({ x: 0.30000000000000004, y: -123.45678901234567 });
    expect(served.relations.some((r: { targetType: string }) => r.targetType === "relation")).toBe(true);
  });

  test("follows a write: the next request serves the new node", async () => {
    const map = await importMap(server.ctx, "tester", generateSyntheticMap({ nodes: 50, seed: 2, slug: "follows-a-write" }));
    const url = `${server.url}/api/v1/maps/${map.slug}/graph`;
    const before = await (await fetch(url)).json();
    const created = await fetch(`${server.url}/api/v1/maps/${map.slug}/nodes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "claim", title: "A claim added after the first read" }),
    });
    expect(created.status).toBe(201);
    const after = await (await fetch(url)).json();
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    expect(after.map.contentVersion).toBeGreaterThan(before.map.contentVersion);
  });
});
