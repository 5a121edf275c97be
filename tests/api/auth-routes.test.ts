import type { AccessSpec } from "../../server/contract/account";
import { API_ROUTES, type RouteSpec } from "../../server/contract/routes";
import { ADMIN, EDITOR, VIEWER, clientWith, sessionClient, signIn } from "../support/auth";
import { givenMap } from "../support/builders";
import { startTestServer, type TestServer } from "../support/test-server";

/**
 * Every route of API_ROUTES is checked, so a new write route cannot escape the gate: the lists below are computed,
 * not written by hand. Path parameters are real ids where there is one and dummies elsewhere; the gate must answer
 * before any validation or lookup, so a dummy id gets 401/403 too (a 404 or 400 here means the gate came too late).
 */
type Route = RouteSpec & AccessSpec;
const ROUTES = Object.entries(API_ROUTES as Record<string, Route>);
const WRITE_ROUTES = ROUTES.filter(([, r]) => r.write);
const ADMIN_ROUTES = ROUTES.filter(([, r]) => r.access === "admin");
const EDITOR_WRITE_ROUTES = WRITE_ROUTES.filter(([, r]) => r.access !== "admin");
const READ_ROUTES = ROUTES.filter(([, r]) => !r.write && r.method === "get" && r.access === undefined);

let server: TestServer;
let ids: Record<string, string>;
let cookies: { viewer: string; editor: string };
let viewerToken: string;

beforeAll(async () => {
  server = await startTestServer({ auth: { anonymousRead: false }, users: [ADMIN, EDITOR, VIEWER] });
  const editor = await sessionClient(server.url, EDITOR);
  const m = await givenMap(editor);
  const [a, b] = [await m.node(), await m.node()];
  const relation = await m.relate(a.id, "supports", b.id);
  const document = await m.document();
  const excerpt = (await editor.post("/api/v1/excerpts", { documentId: document.id, start: 0, end: 6, quote: "Russia", nodeId: a.id })).body;
  const user = (await server.ctx.store.read.users.findByUsername(VIEWER.username))?.id ?? "";
  ids = { map: m.map.slug, nodes: a.id, relations: relation.id, documents: document.id, excerpts: excerpt.id, users: user };
  cookies = { viewer: await signIn(server.url, VIEWER), editor: await signIn(server.url, EDITOR) };
  const token = await clientWith(server.url, { cookie: cookies.viewer }).post("/api/v1/tokens", { name: "viewer script" });
  viewerToken = token.body.token;
});
afterAll(() => server.close());

/**
 * Calls a route with real (or, with `dummies`, made-up) path parameters and a harmless body; returns the status
 * without reading a stream.
 */
async function statusOf(route: Route, headers: Record<string, string>, dummies = false): Promise<number> {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (dummies) return `dummy-${name}`;
    if (name === "map") return ids.map as string;
    const collection = /^\/api\/v1\/(\w+)\//.exec(route.path)?.[1] ?? "";
    return ids[collection] ?? `dummy-${name}`;
  });
  const init: RequestInit = { method: route.method.toUpperCase(), headers: { ...headers } };
  if (route.ifMatch) (init.headers as Record<string, string>)["if-match"] = '"1"';
  if (route.body) {
    (init.headers as Record<string, string>)["content-type"] = route.bodyContentType ?? "application/json";
    init.body = route.bodyContentType ? "x" : "{}";
  }
  const res = await fetch(server.url + path, init);
  await res.body?.cancel();
  return res.status;
}

describe("the gate covers every route", () => {
  test("the enumeration is not empty: it sees the core, case and account write routes", () => {
    const names = WRITE_ROUTES.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["createMap", "deleteMap", "updateNode", "createExcerpt", "updateExcerpt", "createUser", "updateUser"]));
    expect(WRITE_ROUTES.length).toBeGreaterThanOrEqual(20);
  });

  test.each(WRITE_ROUTES)("%s answers 401 to an anonymous caller", async (_name, route) => {
    expect(await statusOf(route, {})).toBe(401);
  });

  test.each(WRITE_ROUTES)("%s answers 403 to a viewer signed in with a session", async (_name, route) => {
    expect(await statusOf(route, { cookie: cookies.viewer })).toBe(403);
  });

  test.each(WRITE_ROUTES)("%s answers 403 to a viewer's API token", async (_name, route) => {
    expect(await statusOf(route, { authorization: `Bearer ${viewerToken}` })).toBe(403);
  });

  test.each(WRITE_ROUTES)("%s answers 401 to anonymous and 403 to a viewer even for an id that does not exist", async (_name, route) => {
    expect(await statusOf(route, {}, true)).toBe(401);
    expect(await statusOf(route, { cookie: cookies.viewer }, true)).toBe(403);
  });

  test.each(ADMIN_ROUTES)("%s answers 403 to an editor (admins only)", async (_name, route) => {
    expect(await statusOf(route, { cookie: cookies.editor })).toBe(403);
  });

  // Made-up ids, so that the calls let through change nothing (they stop at validation or lookup instead).
  test.each(EDITOR_WRITE_ROUTES)("%s lets an editor through the gate", async (_name, route) => {
    expect([401, 403]).not.toContain(await statusOf(route, { cookie: cookies.editor }, true));
  });

  test.each(READ_ROUTES)("%s answers 401 to an anonymous caller when anonymous reading is off, and serves a viewer", async (_name, route) => {
    expect(await statusOf(route, {})).toBe(401);
    expect([401, 403]).not.toContain(await statusOf(route, { cookie: cookies.viewer }));
  });

  test("the refused calls changed nothing", async () => {
    const graph = (await clientWith(server.url, { cookie: cookies.viewer }).get(`/api/v1/maps/${ids.map}/graph`)).body;
    expect(graph.nodes).toHaveLength(2);
    expect(graph.relations).toHaveLength(1);
    expect(graph.map.version).toBe(1);
    expect((await server.ctx.store.read.users.list()).map((u) => `${u.username}:${u.role}:${u.disabled}`).sort()).toEqual([
      "ada:admin:false",
      "eve:editor:false",
      "vic:viewer:false",
    ]);
  });
});
