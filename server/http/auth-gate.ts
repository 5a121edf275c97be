import type { Request } from "express";
import type { AccessSpec, Role } from "../contract/account";
import { assertMayCall, type Principal } from "../domain/auth/access";
import { SESSION_COOKIE, bearerTokenOf, readCookie } from "../domain/auth/cookies";
import { assertSameOrigin } from "../domain/auth/cross-origin";
import type { UseCaseContext } from "../usecases/context";
import { authenticateSession, authenticateToken } from "../usecases/sessions";
import type { Gate } from "./route";

export interface AuthOptions {
  /** Anonymous visitors may call read routes (CRUX_ANONYMOUS_READ, on by default). */
  anonymousRead: boolean;
  /** Origins besides Crux's own that may make cookie-authenticated changes (CRUX_TRUSTED_ORIGINS). */
  trustedOrigins?: string[];
  /**
   * Tests only: the identity of a request that brings no credentials (the API tests act as an editor without
   * signing in). Production never sets it: such a request is anonymous.
   */
  assume?: { username: string; role: Role };
}

const principals = new WeakMap<Request, Principal>();

/** The user the gate let through for this request, or null for an anonymous visitor. */
export function principalOf(req: Request): Principal | null {
  return principals.get(req) ?? null;
}

/**
 * The real gate, asked by mount() before anything else about a request is looked at:
 * 1. `Authorization: Bearer <token>`: an API token, which must be valid (else 401); no cross-site check, since
 *    browsers never add this header by themselves;
 * 2. otherwise a change (any method but GET/HEAD/OPTIONS) must come from Crux's own origin (else 403), then the
 *    session cookie, if any and still live, says who is acting; without one the request is anonymous;
 * 3. the route's needs (domain/auth/access.ts): 401 when nobody is signed in, 403 when the role is too low.
 * Returns the actor recorded in revisions: the username, or "anonymous".
 */
export function authGate(ctx: UseCaseContext, options: AuthOptions): Gate {
  const trusted = options.trustedOrigins ?? [];
  return async (req, route) => {
    const principal = await identify(ctx, req, trusted, options.assume);
    assertMayCall(principal, route as typeof route & AccessSpec, options.anonymousRead);
    if (principal) principals.set(req, principal);
    return principal?.username ?? "anonymous";
  };
}

async function identify(ctx: UseCaseContext, req: Request, trusted: string[], assume: AuthOptions["assume"]): Promise<Principal | null> {
  const token = bearerTokenOf(req.get("authorization"));
  if (token !== undefined) return authenticateToken(ctx, token);
  assertSameOrigin({ method: req.method, secFetchSite: req.get("sec-fetch-site"), origin: req.get("origin"), host: req.get("host") }, trusted);
  const secret = readCookie(req.get("cookie"), SESSION_COOKIE);
  const user = secret ? await authenticateSession(ctx, secret) : null;
  return user ?? (assume ? { ...assume, userId: null, via: "assumed" } : null);
}
