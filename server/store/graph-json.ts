import type { CruxMap } from "../contract/map";
import type { Connection } from "./db";
import { prepared } from "./graph-reader";

/**
 * A REAL column as a JSON number that reads back as the very same double: SQLite's JSON functions print 15
 * significant digits (0.1 + 0.2 would come out as 0.3), 17 always round-trip.
 */
const real = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE json(printf('%!.17g', ${column})) END`;

const EXCERPT = `json_object('id', e.id, 'documentId', e.documentId, 'nodeId', e.nodeId, 'relationId', e.relationId,
  'start', e.start, 'end', e."end", 'quote', e.quote, 'prefix', e.prefix, 'suffix', e.suffix,
  'orphaned', json(CASE WHEN e.orphaned THEN 'true' ELSE 'false' END), 'version', e.version)`;

const excerptsOf = (column: string, owner: string) =>
  `coalesce((SELECT json_group_array(${EXCERPT} ORDER BY e.start, e.rowid) FROM "Excerpt" e WHERE e.${column} = ${owner}), json('[]'))`;

/** One GraphNode per row, keys in the order graph-reader.ts builds them. */
const NODES = `SELECT CAST(json_object('id', n.id, 'mapId', n.mapId, 'kind', n.kind, 'title', n.title, 'text', n.text,
  'aliases', json(n.aliases), 'tags', json(n.tags),
  'position', CASE WHEN n.x IS NULL OR n.y IS NULL THEN NULL ELSE json_object('x', ${real("n.x")}, 'y', ${real("n.y")}) END,
  'excerpts', ${excerptsOf("nodeId", "n.id")}, 'version', n.version) AS BLOB)
  FROM "Node" n WHERE n.mapId = ? ORDER BY n.rowid`;

/** One GraphRelation per row. */
const RELATIONS = `SELECT CAST(json_object('id', r.id, 'mapId', r.mapId, 'source', r.sourceId,
  'target', coalesce(r.targetNodeId, r.targetRelationId), 'targetType', CASE WHEN r.targetNodeId IS NULL THEN 'relation' ELSE 'node' END,
  'relation', r.kind, 'strength', ${real("r.strength")}, 'note', r.note, 'group', r."group",
  'excerpts', ${excerptsOf("relationId", "r.id")}, 'version', r.version) AS BLOB)
  FROM "Relation" r WHERE r.mapId = ? ORDER BY r.rowid`;

const COMMA = Buffer.from(",");

/**
 * The graph of a map as the UTF-8 bytes of its JSON (`{ map, nodes, relations }`, the shape readGraphRows gives),
 * written by SQLite itself, one row per node and relation, in one read transaction. The rows never become
 * JavaScript objects or strings: half the time of reading them as objects and stringifying (`npm run bench`:
 * GET /graph, cold), and GET /graph sends these bytes as they are.
 */
export function readGraphJson(connection: Connection, map: CruxMap): Buffer {
  const read = () => {
    const parts: Buffer[] = [Buffer.from(`{"map":${JSON.stringify(map)},"nodes":[`)];
    const add = (rows: unknown[]) => rows.forEach((row, i) => (i > 0 ? parts.push(COMMA, row as Buffer) : parts.push(row as Buffer)));
    add(prepared(connection, NODES).raw().pluck().all(map.id));
    parts.push(Buffer.from(`],"relations":[`));
    add(prepared(connection, RELATIONS).raw().pluck().all(map.id));
    parts.push(Buffer.from("]}"));
    return Buffer.concat(parts);
  };
  return connection.inTransaction ? read() : connection.transaction(read)();
}
