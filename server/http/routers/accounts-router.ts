import { Router } from "express";
import { ACCOUNT_ROUTES as R } from "../../contract/routes/accounts";
import { SESSION_COOKIE, SESSION_DAYS, clearedSessionCookie, readCookie, sessionCookie } from "../../domain/auth/cookies";
import { FailureLimiter } from "../../domain/auth/rate-limit";
import { createUser, getUser, listUsers, updateUser } from "../../usecases/accounts";
import type { UseCaseContext } from "../../usecases/context";
import { signIn, signOut } from "../../usecases/sessions";
import { createToken, listTokens, requireAccount, revokeToken } from "../../usecases/tokens";
import { principalOf, type AuthOptions } from "../auth-gate";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

/** Signing in and out, personal API tokens, and user management (admins). */
export function accountsRouter(ctx: UseCaseContext, gate: Gate, auth: AuthOptions, limiter = new FailureLimiter()): Router {
  const router = Router();
  const { anonymousRead } = auth;

  mount(router, R.getSession, gate, async ({ req, res }) => {
    const principal = principalOf(req);
    const user = principal?.userId ? await getUser(ctx, principal.userId) : null;
    sendJson(res, 200, { user, anonymousRead });
  });
  mount(router, R.signIn, gate, async ({ body, req, res }) => {
    const session = await signIn(ctx, limiter, { ...body, client: req.ip ?? req.socket.remoteAddress ?? "" });
    res.setHeader("Set-Cookie", sessionCookie(session.secret, { maxAgeSeconds: SESSION_DAYS * 86_400, secure: req.secure }));
    res.setHeader("Cache-Control", "no-store");
    sendJson(res, 200, { user: session.user, anonymousRead });
  });
  mount(router, R.signOut, gate, async ({ req, res }) => {
    const secret = readCookie(req.get("cookie"), SESSION_COOKIE);
    if (secret) await signOut(ctx, secret);
    res.setHeader("Set-Cookie", clearedSessionCookie(req.secure));
    res.status(204).end();
  });

  mount(router, R.listTokens, gate, async ({ req, res }) => {
    sendJson(res, 200, { tokens: await listTokens(ctx, requireAccount(principalOf(req)).userId) });
  });
  mount(router, R.createToken, gate, async ({ body, req, res }) => {
    const token = await createToken(ctx, requireAccount(principalOf(req)).userId, body.name);
    res.setHeader("Cache-Control", "no-store");
    sendJson(res, 201, token);
  });
  mount(router, R.revokeToken, gate, async ({ params, req, res }) => {
    await revokeToken(ctx, requireAccount(principalOf(req)), params.id);
    res.status(204).end();
  });

  mount(router, R.listUsers, gate, async ({ res }) => sendJson(res, 200, { users: await listUsers(ctx) }));
  mount(router, R.createUser, gate, async ({ body, res }) => {
    const user = await createUser(ctx, body);
    res.location(`/api/v1/users/${user.id}`);
    sendJson(res, 201, user, etagOf(user.version));
  });
  mount(router, R.updateUser, gate, async ({ params, body, req, res }) => {
    const { expectedVersion, ...change } = body;
    const user = await updateUser(ctx, params.id, expectedVersionOf(req, expectedVersion), change);
    sendJson(res, 200, user, etagOf(user.version));
  });
  return router;
}
