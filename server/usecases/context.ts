import type { RevisionAction, RevisionEntity } from "../contract/revision";
import type { Repositories, Store } from "../store/store";
import { ChangeFeed, type MapChange } from "./changes";

/** What every use case needs: the store, the live change feed, and who is acting. */
export interface UseCaseContext {
  store: Store;
  changes: ChangeFeed;
}

export interface Recorded {
  /** The map the change belongs to. */
  mapId: string;
  entity: RevisionEntity;
  entityId: string;
  action: RevisionAction;
  before?: unknown;
  after?: unknown;
}

/**
 * Runs one write: `work` inside a transaction, then the revision entry and the map's contentVersion bump in the
 * same transaction, then (after commit) the live change. If anything throws, nothing is written.
 */
export async function writeInMap<T>(
  ctx: UseCaseContext,
  actor: string,
  work: (repos: Repositories) => Promise<{ result: T; record: Recorded }>,
): Promise<T> {
  let change: MapChange | undefined;
  const result = await ctx.store.transaction(async (repos) => {
    const { result, record } = await work(repos);
    const { mapId } = record;
    await repos.revisions.append({ actor, ...record });
    const contentVersion = record.entity === "map" && record.action === "delete" ? 0 : await repos.maps.touchContent(mapId);
    change = { mapId, contentVersion, entity: record.entity, entityId: record.entityId, action: record.action, actor };
    return result;
  });
  if (change) ctx.changes.publish(change);
  return result;
}
