import { randomUUID } from "node:crypto";
import type { CruxJson } from "../server/contract/crux-json";
import { generateSyntheticMap } from "../server/domain/synthetic-map";
import { importMap } from "../server/usecases/import-map";
import { openBenchContext, openRawDatabase } from "./fixtures";
import { timeMs, type BenchOptions, type Measured } from "./harness";

type Row = Record<string, string | number | null>;

/** The rows Crux writes for a map file (fresh ids, JSON columns as text), built before the baseline's clock starts. */
export function rawRows(file: CruxJson): { map: Row; tables: [string, Row[]][] } {
  const ids = new Map<string, string>();
  const id = (local: string) => ids.get(local) ?? (ids.set(local, randomUUID()).get(local) as string);
  const now = new Date().toISOString();
  const mapId = randomUUID();
  const relationIds = new Set(file.relations.map((r) => r.id));
  const excerpts: Row[] = [];
  const anchor = (nodeId: string | null, relationId: string | null) => (a: CruxJson["nodes"][number]["excerpts"][number]) =>
    excerpts.push({ id: randomUUID(), documentId: id(`doc:${a.documentId}`), nodeId, relationId, start: a.start, end: a.end, quote: a.quote, prefix: a.prefix, suffix: a.suffix, createdAt: now });
  file.nodes.forEach((n) => n.excerpts.forEach(anchor(id(n.id), null)));
  file.relations.forEach((r) => r.excerpts.forEach(anchor(null, id(r.id))));
  return {
    map: { id: mapId, slug: file.map.slug, title: file.map.title, description: file.map.description, createdAt: now, updatedAt: now },
    tables: [
      ["Document", file.documents.map((d) => ({ id: id(`doc:${d.id}`), mapId, title: d.title, authors: JSON.stringify(d.authors), venue: d.venue, date: d.date, url: d.url, citation: d.citation, text: d.text, createdAt: now, updatedAt: now }))],
      ["Node", file.nodes.map((n) => ({ id: id(n.id), mapId, kind: n.kind, title: n.title, text: n.text, aliases: JSON.stringify(n.aliases), tags: JSON.stringify(n.tags), x: n.position?.x ?? null, y: n.position?.y ?? null, createdAt: now, updatedAt: now }))],
      ["Relation", file.relations.map((r) => ({
        id: id(r.id), mapId, kind: r.relation, sourceId: id(r.source),
        targetNodeId: relationIds.has(r.target) ? null : id(r.target), targetRelationId: relationIds.has(r.target) ? id(r.target) : null,
        strength: r.strength, note: r.note, group: r.group, createdAt: now, updatedAt: now,
      }))],
      ["Excerpt", excerpts],
    ],
  };
}

/** Inserts prepared rows in one transaction with one prepared single-row INSERT per table. */
export function insertRaw(db: import("better-sqlite3").Database, rows: ReturnType<typeof rawRows>): void {
  const insert = (table: string, list: Row[]) => {
    const first = list[0];
    if (!first) return;
    const columns = Object.keys(first);
    const statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`);
    for (const row of list) statement.run(row);
  };
  db.transaction(() => {
    db.pragma("defer_foreign_keys = ON");
    insert("Map", [rows.map]);
    for (const [table, list] of rows.tables) insert(table, list);
  })();
}

/**
 * importMap (zod shape check, domain checks of every relation and quote, fresh ids, one transaction with the revision)
 * into a fresh database, against better-sqlite3 inserting the same rows, prepared in advance, in one transaction.
 */
export async function benchImport(options: BenchOptions, size: number): Promise<Measured> {
  const file = generateSyntheticMap({ nodes: size, seed: 11 });
  const measured: Measured = { measure: "import (importMap)", size, unit: "ms", kind: "time", crux: [], baseline: [] };
  options.log(`import: ${size} nodes, ${file.relations.length} relations`);
  for (let i = 0; i < options.runs; i += 1) {
    const crux = await openBenchContext();
    measured.crux.push(await timeMs(() => importMap(crux.ctx, "bench", file)));
    await crux.close();
    const raw = openRawDatabase();
    const rows = rawRows(file);
    measured.baseline.push(await timeMs(() => insertRaw(raw.db, rows)));
    raw.close();
  }
  return measured;
}
