import type { Prisma } from "../generated/prisma/client";
import type { User } from "../contract/account";
import { toUser } from "./user-repository";

type Tx = Prisma.TransactionClient;

/** Browser sessions, keyed by the digest of the cookie's secret. */
export function sessionRepository(tx: Tx) {
  return {
    async create(id: string, userId: string, expiresAt: Date): Promise<void> {
      await tx.session.create({ data: { id, userId, expiresAt } });
    },
    /** The session's user while the session has not expired, else null. */
    async userOf(id: string, now: Date): Promise<User | null> {
      const row = await tx.session.findUnique({ where: { id }, include: { user: true } });
      return row && row.expiresAt > now ? toUser(row.user) : null;
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
