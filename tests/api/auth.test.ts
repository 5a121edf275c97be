import { ADMIN, EDITOR, VIEWER, clientWith, sessionClient, signIn, tokenClient } from "../support/auth";
import { digestSecret } from "../../server/domain/auth/secrets";
import { aMap } from "../support/builders";
import { apiClient, type ApiClient } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let anonymous: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ auth: true, users: [ADMIN, EDITOR, VIEWER] });
  anonymous = apiClient(server.url);
});
afterAll(() => server.close());

describe("sessions", () => {
  test("signing in answers the user and sets an HttpOnly, SameSite=Strict session cookie", async () => {
    const reply = await anonymous.post("/api/v1/session", { username: "Eve", password: EDITOR.password });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ user: { username: "eve", role: "editor", disabled: false }, anonymousRead: true });
    expect(reply.body.user.passwordHash).toBeUndefined();
    const cookie = reply.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^crux_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=1209600/);
  });

  test("the database keeps only a digest of the session secret", async () => {
    const cookie = await signIn(server.url, EDITOR);
    const secret = cookie.split("=")[1] as string;
    expect(await server.ctx.store.read.sessions.userOf(secret, new Date())).toBeNull();
    expect(await server.ctx.store.read.sessions.userOf(digestSecret(secret), new Date())).toMatchObject({ username: "eve" });
  });

  test("GET /session says who is signed in, and null for an anonymous visitor", async () => {
    const editor = await sessionClient(server.url, EDITOR);
    expect((await editor.get("/api/v1/session")).body).toMatchObject({ user: { username: "eve" }, anonymousRead: true });
    expect((await anonymous.get("/api/v1/session")).body).toEqual({ user: null, anonymousRead: true });
  });

  test("a wrong password and an unknown user answer the same 401 and set no cookie", async () => {
    const wrong = await anonymous.post("/api/v1/session", { username: "vic", password: "not-the-password" });
    const unknown = await anonymous.post("/api/v1/session", { username: "nobody", password: "not-the-password" });
    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ code: "unauthenticated", detail: "Wrong username or password." });
      expect(reply.headers.get("set-cookie")).toBeNull();
    }
  });

  test("signing out ends the session: the old cookie no longer writes", async () => {
    const cookie = await signIn(server.url, EDITOR);
    const editor = clientWith(server.url, { cookie });
    expect((await editor.post("/api/v1/maps", aMap())).status).toBe(201);
    const out = await editor.delete("/api/v1/session");
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^crux_session=; Path=\/; Max-Age=0/);
    expect((await editor.get("/api/v1/session")).body.user).toBeNull();
    expect((await editor.post("/api/v1/maps", aMap())).status).toBe(401);
  });

  test("an expired session is refused", async () => {
    const cookie = await signIn(server.url, EDITOR);
    const tomorrowAfterExpiry = new Date(Date.now() + 15 * 86_400_000);
    const secret = cookie.split("=")[1] as string;
    const { authenticateSession } = await import("../../server/usecases/sessions");
    expect(await authenticateSession(server.ctx, secret)).toMatchObject({ username: "eve" });
    expect(await authenticateSession(server.ctx, secret, tomorrowAfterExpiry)).toBeNull();
  });
});

describe("personal API tokens", () => {
  test("a new token is shown once, works as a bearer token, and is listed without its secret", async () => {
    const editor = await sessionClient(server.url, EDITOR);
    const created = await editor.post("/api/v1/tokens", { name: "nightly export" });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^crux_[A-Za-z0-9_-]{43}$/);
    const script = clientWith(server.url, { authorization: `Bearer ${created.body.token}` });
    const map = await script.post("/api/v1/maps", aMap());
    expect(map.status).toBe(201);
    const [revision] = (await anonymous.get(`/api/v1/maps/${map.body.slug}/revisions`)).body.revisions;
    expect(revision.actor).toBe("eve");
    const listed = (await editor.get("/api/v1/tokens")).body.tokens;
    const mine = listed.find((t: { id: string }) => t.id === created.body.id);
    expect(mine).toEqual({ id: created.body.id, name: "nightly export", createdAt: expect.any(String), lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(created.body.token);
  });

  test("a revoked token is refused with 401, even for reads", async () => {
    const editor = await sessionClient(server.url, EDITOR);
    const created = (await editor.post("/api/v1/tokens", { name: "short-lived" })).body;
    expect((await editor.delete(`/api/v1/tokens/${created.id}`)).status).toBe(204);
    const script = clientWith(server.url, { authorization: `Bearer ${created.token}` });
    expect((await script.post("/api/v1/maps", aMap())).status).toBe(401);
    expect((await script.get("/api/v1/maps")).status).toBe(401);
    expect((await editor.get("/api/v1/tokens")).body.tokens.map((t: { id: string }) => t.id)).not.toContain(created.id);
  });

  test("a made-up or malformed bearer token is refused with 401", async () => {
    for (const authorization of ["Bearer crux_madeup", "Bearer", "Basic ZXZlOnB3"]) {
      const reply = await clientWith(server.url, { authorization }).post("/api/v1/maps", aMap());
      expect(reply.status).toBe(401);
    }
  });

  test("nobody can revoke another user's token; an admin can", async () => {
    const viewerSession = await sessionClient(server.url, VIEWER);
    const token = (await viewerSession.post("/api/v1/tokens", { name: "reader" })).body;
    const editor = await sessionClient(server.url, EDITOR);
    expect((await editor.delete(`/api/v1/tokens/${token.id}`)).status).toBe(404);
    expect((await clientWith(server.url, { authorization: `Bearer ${token.token}` }).get("/api/v1/session")).body.user.username).toBe("vic");
    const admin = await sessionClient(server.url, ADMIN);
    expect((await admin.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
  });

  test("token routes need a signed-in user", async () => {
    expect((await anonymous.get("/api/v1/tokens")).status).toBe(401);
    expect((await anonymous.post("/api/v1/tokens", { name: "x" })).status).toBe(401);
  });
});

describe("cross-site requests", () => {
  test("a cookie-authenticated write from another origin is refused with 403 and changes nothing", async () => {
    const cookie = await signIn(server.url, EDITOR);
    const map = aMap();
    const evil = await clientWith(server.url, { cookie, origin: "https://evil.example" }).post("/api/v1/maps", map);
    expect(evil.status).toBe(403);
    expect(evil.body.code).toBe("forbidden");
    const crossSite = await clientWith(server.url, { cookie, "sec-fetch-site": "cross-site" }).post("/api/v1/maps", map);
    expect(crossSite.status).toBe(403);
    const sameSite = await clientWith(server.url, { cookie, "sec-fetch-site": "same-site", origin: "http://other.localhost" }).post("/api/v1/maps", map);
    expect(sameSite.status).toBe(403);
    expect((await anonymous.get(`/api/v1/maps/${map.slug}`)).status).toBe(404);
  });

  test("the same write from Crux's own origin is accepted", async () => {
    const cookie = await signIn(server.url, EDITOR);
    const own = await clientWith(server.url, { cookie, origin: server.url, "sec-fetch-site": "same-origin" }).post("/api/v1/maps", aMap());
    expect(own.status).toBe(201);
    const originOnly = await clientWith(server.url, { cookie, origin: server.url }).post("/api/v1/maps", aMap());
    expect(originOnly.status).toBe(201);
  });

  test("a cross-site sign-in (login CSRF) is refused too, while cross-site reads are not", async () => {
    const reply = await clientWith(server.url, { origin: "https://evil.example" }).post("/api/v1/session", { username: "eve", password: EDITOR.password });
    expect(reply.status).toBe(403);
    expect((await clientWith(server.url, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }).get("/api/v1/maps")).status).toBe(200);
  });

  test("bearer tokens are not subject to the origin check (browsers never send them on their own)", async () => {
    const script = await tokenClient(server.url, EDITOR);
    expect((await script.post("/api/v1/maps", aMap(), { origin: "https://elsewhere.example" })).status).toBe(201);
  });

  test("a form post is refused before anything else (415: bodies are JSON only)", async () => {
    const cookie = await signIn(server.url, EDITOR);
    const reply = await clientWith(server.url, { cookie }).post("/api/v1/maps", "slug=x&title=y", { "content-type": "application/x-www-form-urlencoded" });
    expect(reply.status).toBe(415);
  });
});

describe("sign-in rate limit", () => {
  test("after five wrong passwords for a username, even the right one is refused with 429 for a while", async () => {
    const target = { username: "limited", password: "limited-password-1", role: "viewer" as const };
    const { createUser } = await import("../../server/usecases/accounts");
    await createUser(server.ctx, target);
    for (let i = 0; i < 5; i += 1) {
      expect((await anonymous.post("/api/v1/session", { username: "limited", password: `wrong-${i}` })).status).toBe(401);
    }
    const blocked = await anonymous.post("/api/v1/session", { username: target.username, password: target.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe("rate_limited");
    expect(blocked.headers.get("set-cookie")).toBeNull();
    // Other usernames from the same address are not affected.
    expect((await anonymous.post("/api/v1/session", { username: VIEWER.username, password: VIEWER.password })).status).toBe(200);
  });
});

describe("anonymous reading", () => {
  test("is on by default: anonymous visitors read but cannot write", async () => {
    expect((await anonymous.get("/api/v1/maps")).status).toBe(200);
    expect((await anonymous.post("/api/v1/maps", aMap())).status).toBe(401);
  });

  test("when off, reads need a viewer, while signing in stays open", async () => {
    const closed = await startTestServer({ auth: { anonymousRead: false }, users: [VIEWER] });
    try {
      const visitor = apiClient(closed.url);
      const denied = await visitor.get("/api/v1/maps");
      expect(denied.status).toBe(401);
      expect(denied.body.code).toBe("unauthenticated");
      expect((await visitor.get("/api/v1/session")).body).toEqual({ user: null, anonymousRead: false });
      const viewer = await sessionClient(closed.url, VIEWER);
      expect((await viewer.get("/api/v1/maps")).status).toBe(200);
      expect((await viewer.post("/api/v1/maps", aMap())).status).toBe(403);
    } finally {
      await closed.close();
    }
  });
});
