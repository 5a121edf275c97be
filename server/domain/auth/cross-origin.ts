import { DomainError } from "../errors";

/** What a request says about where it came from. */
export interface RequestOrigin {
  method: string;
  /** `Sec-Fetch-Site`, sent by every current browser. */
  secFetchSite?: string;
  /** `Origin`, sent by browsers on every cross-origin request and on same-origin non-GET requests. */
  origin?: string;
  /** `Host`: the origin this server was reached at. */
  host?: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing browser request sent from another site (cross-site request forgery), the way Go's
 * `net/http.CrossOriginProtection` does (https://words.filippo.io/csrf/): trusted origins pass; otherwise
 * `Sec-Fetch-Site` must be `same-origin` (or `none`: typed by the user); without it, `Origin` must match `Host`;
 * a request with neither header is not from a browser, so it cannot carry a victim's cookie, and passes.
 * This complements the session cookie's SameSite=Strict, which does not cover sibling origins of the same site.
 * @example assertSameOrigin({ method: "POST", origin: "https://evil.example", host: "crux.example" }, []) // throws forbidden
 */
export function assertSameOrigin(request: RequestOrigin, trustedOrigins: readonly string[]): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  if (request.origin !== undefined && trustedOrigins.includes(request.origin)) return;
  if (request.secFetchSite !== undefined) {
    if (request.secFetchSite === "same-origin" || request.secFetchSite === "none") return;
    throw crossOrigin(request.origin ?? `a ${request.secFetchSite} page`);
  }
  if (request.origin === undefined) return;
  if (hostOf(request.origin) === request.host?.toLowerCase()) return;
  throw crossOrigin(request.origin);
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

function crossOrigin(from: string): DomainError {
  return new DomainError("forbidden", `Refused a cross-site request from ${from}: changes can only be made from Crux's own pages or with an API token.`);
}
