import { apiClient, type ApiClient } from "./http-client";
import type { TestUser } from "./test-server";

/** Users the auth tests start with: one of each role (passwords are long enough for the schema). */
export const ADMIN: TestUser = { username: "ada", password: "admin-password-1", role: "admin" };
export const EDITOR: TestUser = { username: "eve", password: "editor-password-1", role: "editor" };
export const EDITOR_2: TestUser = { username: "ed", password: "editor-password-2", role: "editor" };
export const VIEWER: TestUser = { username: "vic", password: "viewer-password-1", role: "viewer" };

/** An API client that sends these headers on every request (a session cookie, a bearer token, an Origin). */
export function clientWith(baseUrl: string, headers: Record<string, string>): ApiClient {
  const api = apiClient(baseUrl);
  const merged = (extra?: Record<string, string>) => ({ ...headers, ...extra });
  return {
    get: (path, extra) => api.get(path, merged(extra)),
    post: (path, body, extra) => api.post(path, body, merged(extra)),
    put: (path, body, extra) => api.put(path, body, merged(extra)),
    patch: (path, body, extra) => api.patch(path, body, merged(extra)),
    delete: (path, extra) => api.delete(path, merged(extra)),
    call: (method, path, body, extra) => api.call(method, path, body, merged(extra)),
  };
}

/** Signs in and returns the `Cookie` header value a browser would send afterwards. */
export async function signIn(baseUrl: string, user: Pick<TestUser, "username" | "password">): Promise<string> {
  const reply = await apiClient(baseUrl).post("/api/v1/session", { username: user.username, password: user.password });
  if (reply.status !== 200) throw new Error(`sign-in of ${user.username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  const setCookie = reply.headers.get("set-cookie") ?? "";
  return setCookie.split(";")[0] ?? "";
}

/** A client acting as the signed-in user, through their session cookie. */
export async function sessionClient(baseUrl: string, user: TestUser): Promise<ApiClient> {
  return clientWith(baseUrl, { cookie: await signIn(baseUrl, user) });
}

/** A client acting as the user through a new personal API token. */
export async function tokenClient(baseUrl: string, user: TestUser): Promise<ApiClient> {
  const session = await sessionClient(baseUrl, user);
  const reply = await session.post("/api/v1/tokens", { name: "test script" });
  if (reply.status !== 201) throw new Error(`token for ${user.username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return clientWith(baseUrl, { authorization: `Bearer ${reply.body.token}` });
}
