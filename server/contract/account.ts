import { z } from "zod";
import { IdSchema, VersionSchema } from "./vocabulary";

/**
 * Roles, from least to most trusted: a `viewer` reads, an `editor` also annotates and edits maps, an `admin` also
 * manages users. Each role can do everything the roles before it can.
 */
export const RoleSchema = z.enum(["viewer", "editor", "admin"]);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES = RoleSchema.options;

/** Names that label actions of Crux itself in the revision history, so no user may take them. */
export const RESERVED_USERNAMES = ["anonymous", "seed", "system", "cli"] as const;

/** A username: 2 to 40 lower-case letters, digits, dots, hyphens or underscores (stored lower-cased). */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, "a username is 2 to 40 letters, digits, dots, hyphens or underscores, starting with a letter or digit")
  .refine((name) => !(RESERVED_USERNAMES as readonly string[]).includes(name), { message: "this username is reserved" });

/** At least 8 characters (NIST SP 800-63B's minimum for user-chosen passwords); long passphrases are welcome. */
export const PasswordSchema = z.string().min(8, "a password has at least 8 characters").max(256);

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  role: RoleSchema,
  /** A disabled user cannot sign in, and their sessions and tokens are refused. */
  disabled: z.boolean(),
  version: VersionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;
export const UserListSchema = z.object({ users: z.array(UserSchema) });

export const CreateUserSchema = z.strictObject({ username: UsernameSchema, password: PasswordSchema, role: RoleSchema });
export type CreateUser = z.infer<typeof CreateUserSchema>;

/** An admin's change to a user: role, disabled, or a new password (which also signs the user out everywhere). */
export const UpdateUserSchema = z.strictObject({
  role: RoleSchema.optional(),
  disabled: z.boolean().optional(),
  password: PasswordSchema.optional(),
  expectedVersion: VersionSchema.optional(),
});
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

/** Sign-in: shapes are checked loosely so that a wrong name and a wrong password answer alike (401). */
export const SignInSchema = z.strictObject({ username: z.string().trim().toLowerCase().min(1).max(100), password: z.string().min(1).max(256) });
export type SignIn = z.infer<typeof SignInSchema>;

/** Who is signed in (`user: null` for an anonymous visitor), and whether anonymous visitors may read. */
export const SessionStateSchema = z.object({ user: UserSchema.nullable(), anonymousRead: z.boolean() });
export type SessionState = z.infer<typeof SessionStateSchema>;

export const CreateTokenSchema = z.strictObject({ name: z.string().trim().min(1).max(100).describe("What the token is for, e.g. \"nightly export\"") });

/** A personal API token as listed: its secret is shown only once, when it is created. */
export const ApiTokenSchema = z.object({ id: IdSchema, name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export type ApiToken = z.infer<typeof ApiTokenSchema>;
export const NewApiTokenSchema = ApiTokenSchema.extend({
  token: z.string().describe("The secret: send it as `Authorization: Bearer <token>`. It is shown only now."),
});
export type NewApiToken = z.infer<typeof NewApiTokenSchema>;
export const ApiTokenListSchema = z.object({ tokens: z.array(ApiTokenSchema) });

/**
 * Who may call a route, beyond `write` (which needs an editor): `public` routes are open to everyone even when
 * anonymous reading is off (signing in must be), `signedIn` routes need any user, `admin` routes need an admin.
 * Routes without it are reads: open to anonymous visitors unless CRUX_ANONYMOUS_READ is off.
 */
export type RouteAccess = "public" | "signedIn" | "admin";
export interface AccessSpec {
  access?: RouteAccess;
}
