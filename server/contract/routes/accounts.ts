import { z } from "zod";
import {
  type AccessSpec,
  ApiTokenListSchema,
  CreateTokenSchema,
  CreateUserSchema,
  NewApiTokenSchema,
  SessionStateSchema,
  SignInSchema,
  UpdateUserSchema,
  UserListSchema,
  UserSchema,
} from "../account";
import { ProblemSchema } from "../problem";
import { IdSchema } from "../vocabulary";
import type { RouteSpec } from "./route-spec";

type AccountRoute = RouteSpec & AccessSpec;

const IdParams = z.strictObject({ id: IdSchema });
const ok = (schema: z.ZodType, description = "OK") => ({ description, schema });
const problem = (description: string) => ({ description, schema: ProblemSchema, contentType: "application/problem+json" });
const signedIn = { 401: problem("Sign in (session cookie or API token)") };
const adminOnly = { ...signedIn, 403: problem("Only an admin may manage users") };

/**
 * Accounts (issue 6): signing in and out with a session cookie, personal API tokens, and user management by admins.
 * The session cookie is HttpOnly and SameSite=Strict; changes made with it must come from Crux's own origin.
 */
export const ACCOUNT_ROUTES = {
  getSession: {
    method: "get", path: "/api/v1/session", summary: "Who is signed in (user: null for an anonymous visitor)", tag: "accounts", access: "public",
    responses: { 200: ok(SessionStateSchema) },
  },
  signIn: {
    method: "post", path: "/api/v1/session", summary: "Sign in with username and password: sets the session cookie", tag: "accounts", access: "public",
    body: SignInSchema,
    responses: { 200: ok(SessionStateSchema, "Signed in; Set-Cookie carries the session"), 401: problem("Wrong username or password"), 429: problem("Too many failed sign-ins") },
  },
  signOut: {
    method: "delete", path: "/api/v1/session", summary: "Sign out: ends the session and clears its cookie", tag: "accounts", access: "public",
    responses: { 204: { description: "Signed out" } },
  },
  listTokens: {
    method: "get", path: "/api/v1/tokens", summary: "Your personal API tokens (without their secrets)", tag: "accounts", access: "signedIn",
    responses: { 200: ok(ApiTokenListSchema), ...signedIn },
  },
  createToken: {
    method: "post", path: "/api/v1/tokens", summary: "Create a personal API token; its secret is shown only in this answer", tag: "accounts", access: "signedIn",
    body: CreateTokenSchema,
    responses: { 201: { description: "Created", schema: NewApiTokenSchema }, ...signedIn },
  },
  revokeToken: {
    method: "delete", path: "/api/v1/tokens/{id}", summary: "Revoke one of your API tokens", tag: "accounts", access: "signedIn",
    params: IdParams,
    responses: { 204: { description: "Revoked" }, ...signedIn },
  },
  listUsers: {
    method: "get", path: "/api/v1/users", summary: "All users (admins only)", tag: "accounts", access: "admin",
    responses: { 200: ok(UserListSchema), ...adminOnly },
  },
  createUser: {
    method: "post", path: "/api/v1/users", summary: "Add a user with a role (admins only)", tag: "accounts", access: "admin", write: true,
    body: CreateUserSchema,
    responses: { 201: { description: "Created", schema: UserSchema } },
  },
  updateUser: {
    method: "patch", path: "/api/v1/users/{id}", summary: "Change a user's role, disable them, or set their password (admins only)", tag: "accounts",
    access: "admin", write: true, ifMatch: true,
    params: IdParams, body: UpdateUserSchema,
    responses: { 200: ok(UserSchema) },
  },
} as const satisfies Record<string, AccountRoute>;
