import type { AccessSpec, Role } from "../../contract/account";
import type { RouteSpec } from "../../contract/routes/route-spec";
import { DomainError } from "../errors";

/** Who is making a request, once their session cookie or API token was checked. */
export interface Principal {
  username: string;
  role: Role;
  /** Null only for the identity a test server assumes for requests without credentials. */
  userId: string | null;
  via: "session" | "token" | "assumed";
}

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Each role can do everything the roles below it can. @example hasRole("admin", "editor") // true */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/**
 * The least role a route needs, or null when anyone may call it: admin routes need an admin, write routes an
 * editor, `signedIn` routes any user, `public` routes nobody; other routes are reads, open to anonymous visitors
 * unless anonymous reading is off.
 */
export function requiredRole(route: RouteSpec & AccessSpec, anonymousRead: boolean): Role | null {
  if (route.access === "admin") return "admin";
  if (route.write) return "editor";
  if (route.access === "public") return null;
  if (route.access === "signedIn") return "viewer";
  return anonymousRead ? null : "viewer";
}

/** Throws `unauthenticated` (nobody signed in) or `forbidden` (a role too low) unless the principal may call the route. */
export function assertMayCall(principal: Principal | null, route: RouteSpec & AccessSpec, anonymousRead: boolean): void {
  const needed = requiredRole(route, anonymousRead);
  if (needed === null) return;
  if (!principal) {
    throw new DomainError("unauthenticated", `Sign in${needed === "viewer" ? "" : ` as ${article(needed)}`} to do this: send your session cookie or an API token.`);
  }
  if (!hasRole(principal.role, needed)) {
    throw new DomainError("forbidden", `This needs ${article(needed)}; ${principal.username} is ${article(principal.role)}. Ask an admin for a role change.`);
  }
}

function article(role: Role): string {
  return `${role === "admin" || role === "editor" ? "an" : "a"} ${role}`;
}

/**
 * Crux must keep at least one enabled admin, or nobody could manage users again: refuses to demote or disable the
 * last one.
 */
export function assertKeepsAnAdmin(
  user: { role: Role; disabled: boolean },
  change: { role?: Role; disabled?: boolean },
  activeAdmins: number,
): void {
  const wasActiveAdmin = user.role === "admin" && !user.disabled;
  const staysActiveAdmin = (change.role ?? user.role) === "admin" && !(change.disabled ?? user.disabled);
  if (wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1) {
    throw new DomainError("forbidden", "This is the last enabled admin: make another user an admin first.");
  }
}
