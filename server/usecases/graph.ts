import type { Graph } from "../contract/graph";
import type { UseCaseContext } from "./context";
import { requireMap } from "./guards";

/** A graph serialized once per map contentVersion: the ETag, the JSON body, and the parsed graph. */
export interface GraphSnapshot {
  etag: string;
  /**
   * The JSON as UTF-8 bytes: sent as they are, where a string would be measured and encoded again on every request
   * (~30 ms per 100 MB), and half the memory of a string that holds any non-Latin-1 character.
   */
  body: Buffer;
  /** The graph as objects, parsed from `body` the first time someone asks (the case builder does; GET /graph never). */
  readonly graph: Graph;
}

/**
 * Serves the whole graph of a map. Building the JSON is nearly the whole cost of a request, so the body is built
 * once per contentVersion (by SQLite, straight to bytes: store/graph-json.ts) and reused until a write bumps the
 * version. One cheap query on the connection itself checks freshness on every request (`npm run bench`).
 */
export class GraphCache {
  private readonly snapshots = new Map<string, GraphSnapshot & { contentVersion: number }>();

  async get(ctx: UseCaseContext, mapRef: string): Promise<GraphSnapshot> {
    const head = await ctx.store.read.readMapHead(mapRef);
    const cached = head ? this.snapshots.get(head.id) : undefined;
    if (head && cached && cached.contentVersion === head.contentVersion) return cached;
    const map = await requireMap(ctx.store.read, mapRef);
    const body = await ctx.store.read.readGraphJson(map);
    let graph: Graph | undefined;
    const snapshot = {
      etag: `"g${map.contentVersion}"`,
      body,
      contentVersion: map.contentVersion,
      get graph(): Graph {
        return (graph ??= JSON.parse(body.toString("utf8")) as Graph);
      },
    };
    this.snapshots.set(map.id, snapshot);
    return snapshot;
  }
}
