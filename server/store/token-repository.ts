import type { ApiToken as ApiTokenRow, Prisma } from "../generated/prisma/client";
import type { ApiToken, User } from "../contract/account";
import { toUser } from "./user-repository";

type Tx = Prisma.TransactionClient;

function toApiToken(row: ApiTokenRow): ApiToken {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null };
}

/** Personal API tokens, stored as the digest of the secret. */
export function tokenRepository(tx: Tx, newId: () => string) {
  return {
    async create(userId: string, name: string, tokenHash: string): Promise<ApiToken> {
      return toApiToken(await tx.apiToken.create({ data: { id: newId(), userId, name, tokenHash } }));
    },
    async list(userId: string): Promise<ApiToken[]> {
      return (await tx.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map(toApiToken);
    },
    async find(id: string): Promise<(ApiToken & { userId: string }) | null> {
      const row = await tx.apiToken.findUnique({ where: { id } });
      return row ? { ...toApiToken(row), userId: row.userId } : null;
    },
    /** The token's owner, or null for an unknown (or revoked) token. */
    async userOf(tokenHash: string): Promise<{ tokenId: string; lastUsedAt: Date | null; user: User } | null> {
      const row = await tx.apiToken.findUnique({ where: { tokenHash }, include: { user: true } });
      return row ? { tokenId: row.id, lastUsedAt: row.lastUsedAt, user: toUser(row.user) } : null;
    },
    async touch(id: string, at: Date): Promise<void> {
      await tx.apiToken.update({ where: { id }, data: { lastUsedAt: at } });
    },
    async delete(id: string): Promise<void> {
      await tx.apiToken.deleteMany({ where: { id } });
    },
  };
}
