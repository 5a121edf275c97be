import type { CreateUser, Role, UpdateUser, User } from "../contract/account";
import { assertKeepsAnAdmin } from "../domain/auth/access";
import { generatePassword, hashPassword } from "../domain/auth/secrets";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";
import { assertVersion, requireFound } from "./guards";

/** What an admin may change about a user. */
export type UserChange = Omit<UpdateUser, "expectedVersion">;

export function listUsers(ctx: UseCaseContext): Promise<User[]> {
  return ctx.store.read.users.list();
}

export function getUser(ctx: UseCaseContext, id: string): Promise<User> {
  return requireFound(ctx.store.read.users.find(id), "user", id);
}

export async function requireUserNamed(ctx: UseCaseContext, username: string): Promise<User> {
  const user = await ctx.store.read.users.findByUsername(username.toLowerCase());
  if (!user) throw new DomainError("not_found", `There is no user called "${username}".`);
  return user;
}

/** Adds a user; the password is hashed (argon2id) before the transaction, so slow hashing never holds the writer. */
export async function createUser(ctx: UseCaseContext, input: CreateUser): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return ctx.store.transaction(async (repos) => {
    if (await repos.users.findByUsername(input.username)) {
      throw new DomainError("duplicate", `There is already a user called "${input.username}".`);
    }
    return repos.users.create({ username: input.username, passwordHash, role: input.role });
  });
}

/**
 * Changes a user's role, disabled flag or password, based on the version the admin saw. Disabling a user or
 * setting their password signs them out everywhere; roles are checked on every request, so they apply at once.
 */
export async function updateUser(ctx: UseCaseContext, id: string, expected: number | "current", change: UserChange): Promise<User> {
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return ctx.store.transaction(async (repos) => {
    const before = await requireFound(repos.users.find(id), "user", id);
    if (expected !== "current") assertVersion(before, expected, "user");
    assertKeepsAnAdmin(before, change, await repos.users.countActiveAdmins());
    const after = await repos.users.update(id, { role: change.role, disabled: change.disabled, passwordHash });
    if (change.disabled === true || passwordHash !== undefined) await repos.sessions.deleteForUser(id);
    return after;
  });
}

/** The CLI's way: by name, on the current version (an admin at the server's console). */
export async function updateUserNamed(ctx: UseCaseContext, username: string, change: UserChange): Promise<User> {
  const user = await requireUserNamed(ctx, username);
  return updateUser(ctx, user.id, "current", change);
}

/** A password for a user who did not choose one; shown once to whoever creates the account. */
export function newPassword(): string {
  return generatePassword();
}

/**
 * On first start, with no user at all, creates `admin` with the given password or a generated one (returned so
 * that it can be shown once). Returns null when users exist.
 */
export async function ensureFirstAdmin(ctx: UseCaseContext, password?: string): Promise<{ username: string; password: string; generated: boolean } | null> {
  if ((await ctx.store.read.users.countAll()) > 0) return null;
  const chosen = password ?? generatePassword();
  await createUser(ctx, { username: "admin", password: chosen, role: "admin" satisfies Role });
  return { username: "admin", password: chosen, generated: password === undefined };
}
