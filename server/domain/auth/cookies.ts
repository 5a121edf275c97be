/** The session cookie's name. */
export const SESSION_COOKIE = "crux_session";

/** How long a session lasts from sign-in (absolute; signing in again starts a new one). */
export const SESSION_DAYS = 14;

/**
 * The `Set-Cookie` value for a session: `HttpOnly` (scripts cannot read it), `SameSite=Strict` (browsers do not
 * send it with requests started by other sites), `Path=/`, and `Secure` when Crux is served over HTTPS.
 * @example sessionCookie("abc", { maxAgeSeconds: 60, secure: false }) // "crux_session=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Strict"
 */
export function sessionCookie(secret: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  return [`${SESSION_COOKIE}=${secret}`, "Path=/", `Max-Age=${options.maxAgeSeconds}`, "HttpOnly", "SameSite=Strict", ...(options.secure ? ["Secure"] : [])].join("; ");
}

/** The `Set-Cookie` value that makes the browser forget the session. */
export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", { maxAgeSeconds: 0, secure });
}

/** Reads one cookie from a `Cookie` header (RFC 6265: `name=value` pairs separated by `; `). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * The token of an `Authorization: Bearer <token>` header; undefined without the header; throws nothing, so a
 * malformed header is treated like a wrong token (an empty string) by the caller.
 */
export function bearerTokenOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}
