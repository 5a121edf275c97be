import type { RouteSpec } from "../../server/contract/routes";
import { assertKeepsAnAdmin, assertMayCall, hasRole, requiredRole, type Principal } from "../../server/domain/auth/access";
import { bearerTokenOf, readCookie, sessionCookie } from "../../server/domain/auth/cookies";
import { assertSameOrigin } from "../../server/domain/auth/cross-origin";
import { FailureLimiter } from "../../server/domain/auth/rate-limit";
import { parseAuthSettings } from "../../server/domain/auth/settings";

const route = (extra: Partial<RouteSpec> & { access?: "public" | "signedIn" | "admin" } = {}) =>
  ({ method: "get", path: "/x", summary: "", tag: "t", responses: {}, ...extra }) as RouteSpec;
const as = (role: Principal["role"]): Principal => ({ username: role, role, userId: "u", via: "session" });

describe("who may call a route", () => {
  test("roles are ordered viewer < editor < admin", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });

  test.each([
    [{}, true, null],
    [{}, false, "viewer"],
    [{ write: true }, true, "editor"],
    [{ access: "admin", write: true }, true, "admin"],
    [{ access: "admin" }, true, "admin"],
    [{ access: "public" }, false, null],
    [{ access: "signedIn" }, true, "viewer"],
  ] as const)("route %j with anonymous reading %s needs %s", (extra, anonymousRead, needed) => {
    expect(requiredRole(route(extra), anonymousRead)).toBe(needed);
  });

  test("nobody signed in is unauthenticated; a role too low is forbidden", () => {
    expect(() => assertMayCall(null, route({ write: true }), true)).toThrow(expect.objectContaining({ code: "unauthenticated" }));
    expect(() => assertMayCall(as("viewer"), route({ write: true }), true)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertMayCall(as("editor"), route({ write: true }), true)).not.toThrow();
    expect(() => assertMayCall(as("editor"), route({ access: "admin" }), true)).toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  test("the last enabled admin cannot be demoted or disabled; others can", () => {
    const admin = { role: "admin" as const, disabled: false };
    expect(() => assertKeepsAnAdmin(admin, { role: "editor" }, 1)).toThrow(/last enabled admin/);
    expect(() => assertKeepsAnAdmin(admin, { disabled: true }, 1)).toThrow(/last enabled admin/);
    expect(() => assertKeepsAnAdmin(admin, { role: "editor" }, 2)).not.toThrow();
    expect(() => assertKeepsAnAdmin({ role: "editor", disabled: false }, { disabled: true }, 1)).not.toThrow();
  });
});

describe("cross-site request refusal", () => {
  const host = "crux.example:3000";
  const refused = (request: Parameters<typeof assertSameOrigin>[0], trusted: string[] = []) => {
    try {
      assertSameOrigin(request, trusted);
      return false;
    } catch (error) {
      expect(error).toMatchObject({ code: "forbidden" });
      return true;
    }
  };

  test("reads are never refused", () => {
    expect(refused({ method: "GET", secFetchSite: "cross-site", origin: "https://evil.example", host })).toBe(false);
  });

  test("Sec-Fetch-Site decides when present", () => {
    expect(refused({ method: "POST", secFetchSite: "same-origin", host })).toBe(false);
    expect(refused({ method: "POST", secFetchSite: "none", host })).toBe(false);
    expect(refused({ method: "POST", secFetchSite: "same-site", host })).toBe(true);
    expect(refused({ method: "DELETE", secFetchSite: "cross-site", host })).toBe(true);
  });

  test("otherwise Origin must match Host; no header at all is not a browser", () => {
    expect(refused({ method: "PATCH", origin: "http://crux.example:3000", host })).toBe(false);
    expect(refused({ method: "PATCH", origin: "http://crux.example:3001", host })).toBe(true);
    expect(refused({ method: "PATCH", origin: "null", host })).toBe(true);
    expect(refused({ method: "PATCH", host })).toBe(false);
  });

  test("trusted origins pass", () => {
    expect(refused({ method: "POST", secFetchSite: "cross-site", origin: "https://ui.example" }, ["https://ui.example"])).toBe(false);
  });
});

describe("sign-in rate limit", () => {
  test("locks a key after the allowed failures until its window ends; success clears it; keys are separate", () => {
    const limiter = new FailureLimiter({ maxFailures: 3, windowMs: 1000 });
    for (let t = 0; t < 3; t += 1) {
      expect(() => limiter.assertAllowed("eve@1", t)).not.toThrow();
      limiter.recordFailure("eve@1", t);
    }
    expect(() => limiter.assertAllowed("eve@1", 10)).toThrow(expect.objectContaining({ code: "rate_limited" }));
    expect(() => limiter.assertAllowed("eve@2", 10)).not.toThrow();
    expect(() => limiter.assertAllowed("eve@1", 1000)).not.toThrow();
    limiter.recordFailure("bob@1", 0);
    limiter.recordSuccess("bob@1");
    limiter.recordFailure("bob@1", 1);
    limiter.recordFailure("bob@1", 2);
    expect(() => limiter.assertAllowed("bob@1", 3)).not.toThrow();
  });
});

describe("cookies, bearer tokens and settings", () => {
  test("reads one cookie among several and writes the session cookie's attributes", () => {
    expect(readCookie("a=1; crux_session=abc; b=2", "crux_session")).toBe("abc");
    expect(readCookie("crux_session=", "crux_session")).toBeUndefined();
    expect(readCookie(undefined, "crux_session")).toBeUndefined();
    expect(sessionCookie("abc", { maxAgeSeconds: 60, secure: true })).toBe("crux_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Strict; Secure");
  });

  test("a bearer header gives its token; a malformed one an empty token; none undefined", () => {
    expect(bearerTokenOf("Bearer crux_x")).toBe("crux_x");
    expect(bearerTokenOf("Basic abc")).toBe("");
    expect(bearerTokenOf(undefined)).toBeUndefined();
  });

  test("anonymous reading is on unless turned off; bad values fail fast", () => {
    expect(parseAuthSettings({})).toEqual({ anonymousRead: true, adminPassword: undefined, trustedOrigins: [] });
    expect(parseAuthSettings({ CRUX_ANONYMOUS_READ: "off", CRUX_TRUSTED_ORIGINS: "https://a.example/, https://b.example" })).toMatchObject({
      anonymousRead: false,
      trustedOrigins: ["https://a.example", "https://b.example"],
    });
    expect(() => parseAuthSettings({ CRUX_ANONYMOUS_READ: "maybe" })).toThrow(/CRUX_ANONYMOUS_READ/);
    expect(() => parseAuthSettings({ CRUX_ADMIN_PASSWORD: "short" })).toThrow(/CRUX_ADMIN_PASSWORD/);
  });
});
