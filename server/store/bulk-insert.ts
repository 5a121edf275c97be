import type { Connection } from "./db";

type Value = string | number | null;

export interface BulkRows {
  documents: { id: string; mapId: string; title: string; authors: string; venue: string; date: string; url: string; citation: string; text: string }[];
  nodes: { id: string; mapId: string; kind: string; title: string; text: string; aliases: string; tags: string; x: number | null; y: number | null }[];
  relations: {
    id: string; mapId: string; kind: string; sourceId: string; targetNodeId: string | null; targetRelationId: string | null;
    strength: number | null; note: string; group: string | null;
  }[];
  excerpts: {
    id: string; documentId: string; nodeId: string | null; relationId: string | null;
    start: number; end: number; quote: string; prefix: string; suffix: string; orphaned: number;
  }[];
}

/**
 * Inserts a whole map's rows inside the caller's transaction, on its connection, with one prepared single-row
 * INSERT per table. Prisma's createMany cost ~6 s for 10k nodes + 30k relations, and multi-row INSERTs through
 * `$executeRawUnsafe` still ~2 s, almost all of it Prisma compiling the statements' 20,000 parameters; this path
 * costs what SQLite costs (`npm run bench`: import). Foreign keys are checked at commit (defer_foreign_keys), so
 * undercuts may precede the relations they target.
 */
export function bulkInsert(connection: Connection, rows: BulkRows): void {
  if (!connection.inTransaction) throw new Error("bulkInsert must run inside a store transaction.");
  connection.pragma("defer_foreign_keys = ON");
  const now = new Date().toISOString();
  insertRows(connection, "Document", rows.documents, { createdAt: now, updatedAt: now });
  insertRows(connection, "Node", rows.nodes, { createdAt: now, updatedAt: now });
  insertRows(connection, "Relation", rows.relations, { createdAt: now, updatedAt: now });
  insertRows(connection, "Excerpt", rows.excerpts, { createdAt: now });
}

function insertRows<Row extends object>(connection: Connection, table: string, rows: Row[], stamps: Record<string, string>): void {
  const first = rows[0];
  if (!first) return;
  const columns = [...Object.keys(first), ...Object.keys(stamps)];
  const statement = connection.prepare(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  const fields = Object.keys(first);
  const stampValues = Object.values(stamps);
  for (const row of rows) {
    const record = row as Record<string, Value | undefined>;
    statement.run(...fields.map((c) => record[c] ?? null), ...stampValues);
  }
}
