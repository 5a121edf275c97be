import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("a write whose COMMIT fails", () => {
  test("is rolled back whole, and the next write still goes through", async () => {
    const { store } = server.ctx;
    const dangling = { id: "r1", kind: "supports", sourceId: "nope", targetNodeId: "nope2", targetRelationId: null, strength: null, note: "", group: null };
    // Foreign keys are deferred during a bulk insert, so this violation surfaces only at COMMIT.
    const failed = store.transaction(async (repos) => {
      const map = await repos.maps.create({ slug: "doomed-map", title: "Doomed" });
      await repos.bulkInsert({ documents: [], nodes: [], relations: [{ ...dangling, mapId: map.id }], excerpts: [] });
    });
    await expect(failed).rejects.toThrow(/ForeignKey/);
    const next = store.transaction((repos) => repos.maps.create({ slug: "next-map", title: "Next" }));
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("the next write never ran")), 5_000));
    await expect(Promise.race([next, timeout])).resolves.toMatchObject({ slug: "next-map" });
    expect((await store.read.maps.list()).map((m) => m.slug)).toEqual(["next-map"]);
  });
});
