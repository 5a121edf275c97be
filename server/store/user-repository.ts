import type { Prisma, User as UserRow } from "../generated/prisma/client";
import type { Role, User } from "../contract/account";

type Tx = Prisma.TransactionClient;

/** A user row from Prisma (Dates, booleans) or from a prepared statement (ISO text, 0/1). */
type UserFields = Omit<UserRow, "passwordHash" | "disabled" | "createdAt" | "updatedAt"> & { disabled: boolean | number; createdAt: Date | string; updatedAt: Date | string };

export function toUser(row: UserFields): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    disabled: Boolean(row.disabled),
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Users and their password hashes; the hash never leaves this file except through `credentials`. */
export function userRepository(tx: Tx, newId: () => string) {
  return {
    async list(): Promise<User[]> {
      return (await tx.user.findMany({ orderBy: { username: "asc" } })).map(toUser);
    },
    async find(id: string): Promise<User | null> {
      const row = await tx.user.findUnique({ where: { id } });
      return row ? toUser(row) : null;
    },
    async findByUsername(username: string): Promise<User | null> {
      const row = await tx.user.findUnique({ where: { username } });
      return row ? toUser(row) : null;
    },
    /** The user with their password hash, for signing in. */
    async credentials(username: string): Promise<{ user: User; passwordHash: string } | null> {
      const row = await tx.user.findUnique({ where: { username } });
      return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
    },
    async create(data: { username: string; passwordHash: string; role: Role }): Promise<User> {
      return toUser(await tx.user.create({ data: { id: newId(), ...data } }));
    },
    async update(id: string, data: { role?: Role; disabled?: boolean; passwordHash?: string }): Promise<User> {
      return toUser(await tx.user.update({ where: { id }, data: { ...data, version: { increment: 1 } } }));
    },
    async countAll(): Promise<number> {
      return tx.user.count();
    },
    async countActiveAdmins(): Promise<number> {
      return tx.user.count({ where: { role: "admin", disabled: false } });
    },
  };
}
