import type BetterSqlite3 from "better-sqlite3";
import type { Connection } from "./db";
import type { Excerpt } from "../contract/excerpt";
import type { GraphNode } from "../contract/node";
import type { GraphRelation } from "../contract/relation";
import type { NodeKind, RelationKind } from "../contract/vocabulary";

type Row = Record<string, unknown>;

/**
 * Reads every node, relation and excerpt of a map in three queries on the SQLite connection itself, in one read
 * transaction (one snapshot) unless the caller's transaction already is one. The graph is Crux's hottest read:
 * Prisma's `$queryRaw` costs ~10 µs per row in query compilation and row mapping, which made a cold 100k-node graph
 * twice as slow as reading the rows directly (`npm run bench`: GET /graph).
 */
export function readGraphRows(connection: Connection, mapId: string): { nodes: GraphNode[]; relations: GraphRelation[] } {
  const read = () => toGraph(
    selectAll(connection, `SELECT id, mapId, kind, title, text, aliases, tags, x, y, version FROM "Node" WHERE mapId = ? ORDER BY rowid`, mapId),
    selectAll(
      connection,
      `SELECT id, mapId, kind, sourceId, targetNodeId, targetRelationId, strength, note, "group", version
       FROM "Relation" WHERE mapId = ? ORDER BY rowid`,
      mapId,
    ),
    selectAll(
      connection,
      `SELECT e.id, e.documentId, e.nodeId, e.relationId, e.start, e."end", e.quote, e.prefix, e.suffix, e.orphaned, e.version
       FROM "Excerpt" e JOIN "Document" d ON d.id = e.documentId WHERE d.mapId = ? ORDER BY e.start, e.rowid`,
      mapId,
    ),
  );
  return connection.inTransaction ? read() : connection.transaction(read)();
}

/**
 * A map's id and contentVersion by slug or id, or null: the graph cache asks this on every request, and through
 * Prisma the question costs more than serving a small map's cached graph (`npm run bench`: small-map throughput).
 */
export function readMapHead(connection: Connection, slugOrId: string): { id: string; contentVersion: number } | null {
  const row = prepared(connection, `SELECT id, contentVersion FROM "Map" WHERE slug = ? OR id = ?`).get(slugOrId, slugOrId);
  return (row as { id: string; contentVersion: number } | undefined) ?? null;
}

type Statement = BetterSqlite3.Statement<unknown[]>;
const statements = new WeakMap<Connection, Map<string, Statement>>();

/** Statements prepared once per connection; the adapter turns on safe integers (BigInt), these columns are all small. */
export function prepared(connection: Connection, sql: string): Statement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = connection.prepare(sql).safeIntegers(false)));
  return statement;
}

function selectAll(connection: Connection, sql: string, mapId: string): Row[] {
  return prepared(connection, sql).all(mapId) as Row[];
}

function toGraph(nodeRows: Row[], relationRows: Row[], excerptRows: Row[]): { nodes: GraphNode[]; relations: GraphRelation[] } {
  const excerptsByOwner = new Map<string, Excerpt[]>();
  for (const row of excerptRows) {
    const excerpt = toExcerpt(row);
    const owner = (excerpt.nodeId ?? excerpt.relationId) as string;
    const list = excerptsByOwner.get(owner);
    if (list) list.push(excerpt);
    else excerptsByOwner.set(owner, [excerpt]);
  }
  const nodes = nodeRows.map((row): GraphNode => ({
    id: row.id as string,
    mapId: row.mapId as string,
    kind: row.kind as NodeKind,
    title: row.title as string,
    text: row.text as string,
    aliases: parseList(row.aliases as string),
    tags: parseList(row.tags as string),
    position: row.x === null || row.y === null ? null : { x: Number(row.x), y: Number(row.y) },
    excerpts: excerptsByOwner.get(row.id as string) ?? [],
    version: Number(row.version),
  }));
  const relations = relationRows.map((row): GraphRelation => ({
    id: row.id as string,
    mapId: row.mapId as string,
    source: row.sourceId as string,
    target: (row.targetNodeId ?? row.targetRelationId) as string,
    targetType: row.targetNodeId === null ? "relation" : "node",
    relation: row.kind as RelationKind,
    strength: row.strength === null ? null : Number(row.strength),
    note: row.note as string,
    group: (row.group as string | null) ?? null,
    excerpts: excerptsByOwner.get(row.id as string) ?? [],
    version: Number(row.version),
  }));
  return { nodes, relations };
}

/** Most nodes have no aliases or tags: skip JSON.parse for them. */
function parseList(json: string): string[] {
  return json === "[]" ? [] : (JSON.parse(json) as string[]);
}

function toExcerpt(row: Row): Excerpt {
  return {
    id: row.id as string,
    documentId: row.documentId as string,
    nodeId: (row.nodeId as string | null) ?? null,
    relationId: (row.relationId as string | null) ?? null,
    start: Number(row.start),
    end: Number(row.end),
    quote: row.quote as string,
    prefix: row.prefix as string,
    suffix: row.suffix as string,
    orphaned: Boolean(row.orphaned),
    version: Number(row.version),
  };
}
