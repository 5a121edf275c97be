import type { CruxMap } from "../contract/map";
import { DomainError, notFound } from "../domain/errors";
import type { Repositories } from "../store/store";

export async function requireMap(repos: Repositories, ref: string): Promise<CruxMap> {
  const map = await repos.maps.find(ref);
  if (!map) throw notFound("map", ref);
  return map;
}

export async function requireFound<T>(found: Promise<T | null>, what: string, id: string): Promise<T> {
  const value = await found;
  if (value === null) throw notFound(what, id);
  return value;
}

/**
 * Optimistic concurrency: a write names the version it was based on; when someone else changed the row since,
 * the write is refused with the current state so the client can show what changed.
 */
export function assertVersion<T extends { version: number }>(current: T, expected: number, what: string): void {
  if (current.version !== expected) {
    throw new DomainError(
      "version_conflict",
      `This ${what} was changed by someone else (you edited version ${expected}, it is now at version ${current.version}). Reload it and apply your change again.`,
      { current },
    );
  }
}
