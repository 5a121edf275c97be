import type { ApiToken, NewApiToken } from "../contract/account";
import type { Principal } from "../domain/auth/access";
import { digestSecret, newApiToken } from "../domain/auth/secrets";
import { DomainError, notFound } from "../domain/errors";
import type { UseCaseContext } from "./context";

/** Token routes act for a real user; a test server's assumed identity has none. */
export function requireAccount(principal: Principal | null): Principal & { userId: string } {
  if (!principal?.userId) throw new DomainError("unauthenticated", "Sign in with your account to manage API tokens.");
  return { ...principal, userId: principal.userId };
}

/** Creates a personal API token for scripts; the secret is returned now and never again (only its digest is kept). */
export async function createToken(ctx: UseCaseContext, userId: string, name: string): Promise<NewApiToken> {
  const token = newApiToken();
  const created = await ctx.store.transaction((repos) => repos.tokens.create(userId, name, digestSecret(token)));
  return { ...created, token };
}

export function listTokens(ctx: UseCaseContext, userId: string): Promise<ApiToken[]> {
  return ctx.store.read.tokens.list(userId);
}

/** Revokes a token: its owner may, and so may an admin; for anyone else the token does not exist. */
export async function revokeToken(ctx: UseCaseContext, principal: Principal, id: string): Promise<void> {
  await ctx.store.transaction(async (repos) => {
    const token = await repos.tokens.find(id);
    if (!token || (token.userId !== principal.userId && principal.role !== "admin")) throw notFound("API token", id);
    await repos.tokens.delete(id);
  });
}
