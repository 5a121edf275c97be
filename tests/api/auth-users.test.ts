import { ADMIN, EDITOR, EDITOR_2, VIEWER, clientWith, sessionClient, signIn } from "../support/auth";
import { givenMap } from "../support/builders";
import { apiClient, type ApiClient } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ auth: true, users: [ADMIN, EDITOR, EDITOR_2, VIEWER] });
  admin = await sessionClient(server.url, ADMIN);
});
afterAll(() => server.close());

const userNamed = async (username: string) => (await admin.get("/api/v1/users")).body.users.find((u: { username: string }) => u.username === username);

describe("admins manage users", () => {
  test("an admin adds a user who can then sign in with their role", async () => {
    const created = await admin.post("/api/v1/users", { username: "Newbie", password: "newbie-password", role: "editor" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: "newbie", role: "editor", disabled: false, version: 1 });
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.body.passwordHash).toBeUndefined();
    const session = await apiClient(server.url).post("/api/v1/session", { username: "newbie", password: "newbie-password" });
    expect(session.body.user).toMatchObject({ username: "newbie", role: "editor" });
    expect((await admin.get("/api/v1/users")).body.users.map((u: { username: string }) => u.username)).toContain("newbie");
  });

  test("duplicate, reserved and malformed usernames and short passwords are refused", async () => {
    expect((await admin.post("/api/v1/users", { username: "eve", password: "long-enough-1", role: "viewer" })).status).toBe(409);
    const reserved = await admin.post("/api/v1/users", { username: "anonymous", password: "long-enough-1", role: "viewer" });
    expect(reserved.status).toBe(400);
    const bad = await admin.post("/api/v1/users", { username: "no spaces", password: "short", role: "owner" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.password", "body.role", "body.username"]);
  });

  test("changing a role needs If-Match and applies at once to the user's live session", async () => {
    await admin.post("/api/v1/users", { username: "promoted", password: "promoted-password", role: "viewer" });
    const user = await userNamed("promoted");
    const cookie = await signIn(server.url, { username: "promoted", password: "promoted-password" });
    const theirs = clientWith(server.url, { cookie });
    expect((await theirs.post("/api/v1/maps", { slug: "by-promoted", title: "T" })).status).toBe(403);
    expect((await admin.patch(`/api/v1/users/${user.id}`, { role: "editor" })).status).toBe(428);
    const changed = await admin.patch(`/api/v1/users/${user.id}`, { role: "editor" }, { "if-match": '"1"' });
    expect(changed.body).toMatchObject({ role: "editor", version: 2 });
    expect((await admin.patch(`/api/v1/users/${user.id}`, { role: "admin" }, { "if-match": '"1"' })).status).toBe(409);
    expect((await theirs.post("/api/v1/maps", { slug: "by-promoted", title: "T" })).status).toBe(201);
  });

  test("disabling a user ends their sessions and refuses their tokens and sign-ins", async () => {
    await admin.post("/api/v1/users", { username: "leaver", password: "leaver-password", role: "editor" });
    const user = await userNamed("leaver");
    const session = clientWith(server.url, { cookie: await signIn(server.url, { username: "leaver", password: "leaver-password" }) });
    const token = (await session.post("/api/v1/tokens", { name: "script" })).body.token;
    const disabled = await admin.patch(`/api/v1/users/${user.id}`, { disabled: true }, { "if-match": '"1"' });
    expect(disabled.body.disabled).toBe(true);
    expect((await session.get("/api/v1/session")).body.user).toBeNull();
    expect((await clientWith(server.url, { authorization: `Bearer ${token}` }).get("/api/v1/maps")).status).toBe(401);
    expect((await apiClient(server.url).post("/api/v1/session", { username: "leaver", password: "leaver-password" })).status).toBe(401);
  });

  test("an admin sets a new password: the old one stops working and the user is signed out", async () => {
    await admin.post("/api/v1/users", { username: "forgetful", password: "forgotten-password", role: "viewer" });
    const user = await userNamed("forgetful");
    const old = clientWith(server.url, { cookie: await signIn(server.url, { username: "forgetful", password: "forgotten-password" }) });
    await admin.patch(`/api/v1/users/${user.id}`, { password: "brand-new-password" }, { "if-match": '"1"' });
    expect((await old.get("/api/v1/session")).body.user).toBeNull();
    expect((await apiClient(server.url).post("/api/v1/session", { username: "forgetful", password: "forgotten-password" })).status).toBe(401);
    expect((await apiClient(server.url).post("/api/v1/session", { username: "forgetful", password: "brand-new-password" })).status).toBe(200);
  });

  test("the last enabled admin cannot be demoted or disabled", async () => {
    const self = await userNamed("ada");
    const demoted = await admin.patch(`/api/v1/users/${self.id}`, { role: "editor" }, { "if-match": `"${self.version}"` });
    expect(demoted.status).toBe(403);
    expect(demoted.body.detail).toMatch(/last enabled admin/);
    expect((await userNamed("ada")).role).toBe("admin");
  });

  test("editors and viewers cannot list or manage users", async () => {
    for (const user of [EDITOR, VIEWER]) {
      const client = await sessionClient(server.url, user);
      expect((await client.get("/api/v1/users")).status).toBe(403);
      expect((await client.post("/api/v1/users", { username: "sneaky", password: "sneaky-password", role: "admin" })).status).toBe(403);
    }
    expect(await userNamed("sneaky")).toBeUndefined();
  });
});

describe("authorship and concurrency", () => {
  test("every revision names the user who made it", async () => {
    const eve = await sessionClient(server.url, EDITOR);
    const ed = await sessionClient(server.url, EDITOR_2);
    const m = await givenMap(eve);
    const node = await m.node({ title: "By Eve" });
    await ed.patch(`/api/v1/nodes/${node.id}`, { title: "Edited by Ed" }, { "if-match": '"1"' });
    const revisions = (await apiClient(server.url).get(`/api/v1/maps/${m.map.slug}/revisions`)).body.revisions;
    expect(revisions.map((r: { action: string; entity: string; actor: string }) => `${r.entity} ${r.action} by ${r.actor}`)).toEqual([
      "node update by ed",
      "node create by eve",
      "map create by eve",
    ]);
  });

  test("two editors updating the same node from the same version: one 200, the other 409, nothing lost", async () => {
    const eve = await sessionClient(server.url, EDITOR);
    const ed = await sessionClient(server.url, EDITOR_2);
    const m = await givenMap(eve);
    const node = await m.node({ title: "Shared" });
    const [fromEve, fromEd] = await Promise.all([
      eve.patch(`/api/v1/nodes/${node.id}`, { title: "Eve's title" }, { "if-match": '"1"' }),
      ed.patch(`/api/v1/nodes/${node.id}`, { text: "Ed's text" }, { "if-match": '"1"' }),
    ]);
    expect([fromEve.status, fromEd.status].sort()).toEqual([200, 409]);
    const [winner, loser] = fromEve.status === 200 ? [fromEve, fromEd] : [fromEd, fromEve];
    expect(loser.body.current).toEqual(winner.body);
    // The loser applies their change again on the current version: both changes are kept.
    const retryBody = loser === fromEve ? { title: "Eve's title" } : { text: "Ed's text" };
    const retry = await (loser === fromEve ? eve : ed).patch(`/api/v1/nodes/${node.id}`, retryBody, { "if-match": `"${loser.body.current.version}"` });
    expect(retry.status).toBe(200);
    const stored = (await apiClient(server.url).get(`/api/v1/nodes/${node.id}`)).body;
    expect(stored).toMatchObject({ title: "Eve's title", text: "Ed's text", version: 3 });
    const revisions = (await apiClient(server.url).get(`/api/v1/maps/${m.map.slug}/revisions?entityId=${node.id}`)).body.revisions;
    expect(revisions.map((r: { actor: string }) => r.actor).sort()).toEqual(["ed", "eve", "eve"]);
  });
});
