import type { Revision } from "../contract/revision";
import type { UseCaseContext } from "./context";
import { requireMap } from "./guards";

/** The map's history, newest first, optionally for one entity. */
export async function listRevisions(
  ctx: UseCaseContext,
  mapRef: string,
  query: { entityId?: string; after?: number; limit: number },
): Promise<Revision[]> {
  const map = await requireMap(ctx.store.read, mapRef);
  return ctx.store.read.revisions.list(map.id, query);
}
