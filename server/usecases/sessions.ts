import type { SignIn, User } from "../contract/account";
import type { Principal } from "../domain/auth/access";
import { SESSION_DAYS } from "../domain/auth/cookies";
import type { FailureLimiter } from "../domain/auth/rate-limit";
import { digestSecret, randomSecret, verifyDecoy, verifyPassword } from "../domain/auth/secrets";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";

export interface SignedIn {
  user: User;
  /** The cookie's value; only its digest is stored. */
  secret: string;
  expiresAt: Date;
}

const WRONG = "Wrong username or password.";

/**
 * Signs a user in with their password and opens a session. Failures count against the username and client address
 * (after five, every attempt is refused for a while: 429); an unknown name costs as much time as a wrong password
 * and answers the same, so sign-in does not reveal which names exist.
 */
export async function signIn(ctx: UseCaseContext, limiter: FailureLimiter, input: SignIn & { client: string }, now = new Date()): Promise<SignedIn> {
  const key = `${input.username}\u0000${input.client}`;
  limiter.assertAllowed(key, now.getTime());
  const found = await ctx.store.read.users.credentials(input.username);
  const ok = found ? await verifyPassword(found.passwordHash, input.password) : await verifyDecoy(input.password);
  if (!found || !ok || found.user.disabled) {
    limiter.recordFailure(key, now.getTime());
    throw new DomainError("unauthenticated", found?.user.disabled && ok ? "This account is disabled; ask an admin." : WRONG);
  }
  limiter.recordSuccess(key);
  const secret = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await ctx.store.transaction(async (repos) => {
    await repos.sessions.deleteExpired(now);
    await repos.sessions.create(digestSecret(secret), found.user.id, expiresAt);
  });
  return { user: found.user, secret, expiresAt };
}

/** Ends the session whose cookie this is (nothing happens for an unknown one). */
export async function signOut(ctx: UseCaseContext, secret: string): Promise<void> {
  await ctx.store.transaction((repos) => repos.sessions.delete(digestSecret(secret)));
}

/** The user of a live session cookie, or null (unknown, expired, or the user was disabled). */
export async function authenticateSession(ctx: UseCaseContext, secret: string, now = new Date()): Promise<Principal | null> {
  const user = await ctx.store.read.sessions.userOf(digestSecret(secret), now);
  return user && !user.disabled ? { username: user.username, role: user.role, userId: user.id, via: "session" } : null;
}

/** How often a token's last use is written down: not on every request, which would make every read a write. */
const TOUCH_EVERY_MS = 60_000;

/** The owner of an API token; throws `unauthenticated` for an unknown or revoked token or a disabled owner. */
export async function authenticateToken(ctx: UseCaseContext, token: string, now = new Date()): Promise<Principal> {
  const found = token ? await ctx.store.read.tokens.userOf(digestSecret(token)) : null;
  if (!found || found.user.disabled) {
    throw new DomainError("unauthenticated", "This API token is not valid (unknown, revoked, or its owner is disabled).");
  }
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await ctx.store.transaction((repos) => repos.tokens.touch(found.tokenId, now));
  }
  const { user } = found;
  return { username: user.username, role: user.role, userId: user.id, via: "token" };
}
