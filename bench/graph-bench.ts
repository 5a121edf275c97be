import Database from "better-sqlite3";
import { generateSyntheticMap } from "../server/domain/synthetic-map";
import { createApp } from "../server/http/app";
import type { CruxJson } from "../server/contract/crux-json";
import { fetchBytes, listen, openBenchContext, quiet } from "./fixtures";
import { timeMs, type BenchOptions, type Measured } from "./harness";
import { insertRaw, rawRows } from "./import-bench";

/** The same three queries the graph reader runs, raw: the rows as better-sqlite3 returns them. */
export function readRawGraph(db: Database.Database, mapId: string): unknown {
  return {
    nodes: db.prepare(`SELECT id, mapId, kind, title, text, aliases, tags, x, y, version FROM "Node" WHERE mapId = ? ORDER BY rowid`).all(mapId),
    relations: db
      .prepare(
        `SELECT id, mapId, kind, sourceId, targetNodeId, targetRelationId, strength, note, "group", version
         FROM "Relation" WHERE mapId = ? ORDER BY rowid`,
      )
      .all(mapId),
    excerpts: db
      .prepare(
        `SELECT e.id, e.documentId, e.nodeId, e.relationId, e.start, e."end", e.quote, e.prefix, e.suffix, e.orphaned, e.version
         FROM "Excerpt" e JOIN "Document" d ON d.id = e.documentId WHERE d.mapId = ? ORDER BY e.start, e.rowid`,
      )
      .all(mapId),
  };
}

/**
 * Writes a map file's rows straight into the database, as importMap would. The read is what is measured here (the
 * import has its own benchmark), and importMap refuses files of more than 200,000 relations, which a 100k-node map
 * with the Toloraya map's density (2.3 relations per node) exceeds.
 */
function loadMap(databasePath: string, file: CruxJson): { id: string; slug: string } {
  const rows = rawRows(file);
  const db = new Database(databasePath);
  try {
    db.pragma("foreign_keys = ON");
    insertRaw(db, rows);
  } finally {
    db.close();
  }
  return { id: rows.map.id as string, slug: rows.map.slug as string };
}

/**
 * GET /api/v1/maps/:map/graph over loopback HTTP, body read to the end, against a raw better-sqlite3 read of the same
 * rows plus JSON.stringify (no HTTP). "Cold" is the first request a fresh app serves (the graph cache is empty);
 * "cached" is a repeated request, served from the body built once per map contentVersion.
 */
export async function benchGraph(options: BenchOptions, sizes: number[]): Promise<Measured[]> {
  const { ctx, databasePath, close } = await openBenchContext();
  const raw = new Database(databasePath, { readonly: true });
  try {
    const measured: Measured[] = [];
    for (const size of sizes) {
      const map = loadMap(databasePath, generateSyntheticMap({ nodes: size, seed: size, positions: true }));
      const runs = size >= 50_000 ? Math.max(3, options.runs - 2) : options.runs;
      const cold: Measured = { measure: "GET /graph, first request (cold)", size, unit: "ms", kind: "time", crux: [], baseline: [] };
      const cached: Measured = { ...cold, measure: "GET /graph, cached", crux: [], baseline: [] };
      for (let i = 0; i < runs; i += 1) {
        const server = await listen(createApp({ ctx, log: quiet }));
        const url = `${server.url}/api/v1/maps/${map.slug}/graph`;
        cold.crux.push(await timeMs(() => fetchBytes(url)));
        cold.baseline.push(await timeMs(() => JSON.stringify(readRawGraph(raw, map.id))));
        cached.crux.push(await timeMs(() => fetchBytes(url)));
        cached.baseline.push(await timeMs(() => JSON.stringify(readRawGraph(raw, map.id))));
        await server.close();
      }
      measured.push(cold, cached);
    }
    return measured;
  } finally {
    raw.close();
    await close();
  }
}
