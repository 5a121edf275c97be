import { useApiServer } from "../support/api-suite";
import { aMap } from "../support/builders";

const { server, api } = useApiServer();

describe("maps", () => {
  test("creates a map and finds it by slug and by id, with an ETag", async () => {
    const created = await api.post("/api/v1/maps", aMap({ slug: "korea-talks", title: "Korea talks" }));
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe("/api/v1/maps/korea-talks");
    const bySlug = await api.get("/api/v1/maps/korea-talks");
    const byId = await api.get(`/api/v1/maps/${created.body.id}`);
    expect(bySlug.body).toEqual(byId.body);
    expect(bySlug.body.title).toBe("Korea talks");
    expect(bySlug.headers.get("etag")).toBe('"1"');
    expect((await api.get("/api/v1/maps")).body.maps.map((m: { slug: string }) => m.slug)).toContain("korea-talks");
  });

  test("refuses a second map with the same slug with 409 duplicate", async () => {
    await api.post("/api/v1/maps", aMap({ slug: "twice" }));
    const again = await api.post("/api/v1/maps", aMap({ slug: "twice" }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("duplicate");
  });

  test("updates a map with If-Match and bumps its version", async () => {
    const map = (await api.post("/api/v1/maps", aMap())).body;
    const updated = await api.patch(`/api/v1/maps/${map.slug}`, { title: "Renamed" }, { "if-match": '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: "Renamed", version: 2 });
    expect(updated.headers.get("etag")).toBe('"2"');
  });

  test("deletes a map with everything in it but keeps its history", async () => {
    const map = (await api.post("/api/v1/maps", aMap())).body;
    const node = (await api.post(`/api/v1/maps/${map.slug}/nodes`, { kind: "claim", title: "Doomed" })).body;
    expect((await api.delete(`/api/v1/maps/${map.slug}`, { "if-match": '"1"' })).status).toBe(204);
    expect((await api.get(`/api/v1/maps/${map.slug}`)).status).toBe(404);
    expect((await api.get(`/api/v1/nodes/${node.id}`)).status).toBe(404);
    const history = await server.ctx.store.read.revisions.list(map.id, { limit: 10 });
    expect(history.map((r) => r.action)).toEqual(["delete", "create", "create"]);
  });

  test("answers 404 problem+json for a map that does not exist", async () => {
    const reply = await api.get("/api/v1/maps/no-such-map");
    expect(reply.status).toBe(404);
    expect(reply.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(reply.body).toMatchObject({ status: 404, code: "not_found", title: "Not found" });
    expect(reply.body.detail).toContain("no-such-map");
  });

  test("serves the graph with an ETag and answers 304 while nothing changed, 200 after a change", async () => {
    const map = (await api.post("/api/v1/maps", aMap())).body;
    const first = await api.get(`/api/v1/maps/${map.slug}/graph`);
    expect(first.body).toMatchObject({ map: { id: map.id }, nodes: [], relations: [] });
    const etag = first.headers.get("etag") as string;
    expect((await api.get(`/api/v1/maps/${map.slug}/graph`, { "if-none-match": etag })).status).toBe(304);
    await api.post(`/api/v1/maps/${map.slug}/nodes`, { kind: "claim", title: "New" });
    const after = await api.get(`/api/v1/maps/${map.slug}/graph`, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.body.nodes.map((n: { title: string }) => n.title)).toEqual(["New"]);
  });
});
