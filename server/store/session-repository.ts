import type { Prisma } from "../generated/prisma/client";
import type { User } from "../contract/account";
import type { Connection } from "./db";
import { prepared } from "./graph-reader";
import { toUser } from "./user-repository";

type Tx = Prisma.TransactionClient;

/** Browser sessions, keyed by the digest of the cookie's secret. */
export function sessionRepository(tx: Tx, connection: () => Connection) {
  return {
    async create(id: string, userId: string, expiresAt: Date): Promise<void> {
      await tx.session.create({ data: { id, userId, expiresAt } });
    },
    /** The session's user while the session has not expired, else null. */
    async userOf(id: string, now: Date): Promise<User | null> {
      // Every signed-in request asks: one prepared join rather than Prisma's two compiled queries.
      const row = prepared(connection(), `SELECT s.expiresAt, u.id, u.username, u.role, u.disabled, u.version, u.createdAt, u.updatedAt
        FROM "Session" s JOIN "User" u ON u.id = s.userId WHERE s.id = ?`).get(id) as (Parameters<typeof toUser>[0] & { expiresAt: string }) | undefined;
      return row && new Date(row.expiresAt) > now ? toUser(row) : null;
    },
    async delete(id: string): Promise<void> {
      await tx.session.deleteMany({ where: { id } });
    },
    /** Signs a user out everywhere (password changed, account disabled). */
    async deleteForUser(userId: string): Promise<number> {
      return (await tx.session.deleteMany({ where: { userId } })).count;
    },
    async deleteExpired(now: Date): Promise<number> {
      return (await tx.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
    },
  };
}
