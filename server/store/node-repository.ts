import type { Prisma } from "../generated/prisma/client";
import type { GraphNode, Position } from "../contract/node";
import type { NodeKind } from "../contract/vocabulary";
import type { Connection } from "./db";
import { prepared } from "./graph-reader";
import { toNode } from "./rows";

type Tx = Prisma.TransactionClient;

export interface NodeFields {
  kind: NodeKind;
  title: string;
  text?: string;
  aliases?: string[];
  tags?: string[];
  position?: Position | null;
}

function columns(fields: Partial<Omit<NodeFields, "kind">>) {
  return {
    title: fields.title,
    text: fields.text,
    aliases: fields.aliases && JSON.stringify(fields.aliases),
    tags: fields.tags && JSON.stringify(fields.tags),
    ...(fields.position !== undefined ? { x: fields.position?.x ?? null, y: fields.position?.y ?? null } : {}),
  };
}

export function nodeRepository(tx: Tx, newId: () => string, connection: () => Connection) {
  return {
    /** Prepared statements: one node is read on every edit and by GET /nodes/:id (see revision-repository.ts). */
    async find(id: string): Promise<GraphNode | null> {
      const row = prepared(connection(), `SELECT * FROM "Node" WHERE id = ?`).get(id) as Parameters<typeof toNode>[0] | undefined;
      if (!row) return null;
      const excerpts = prepared(connection(), `SELECT * FROM "Excerpt" WHERE nodeId = ? ORDER BY start, rowid`).all(id);
      return toNode(row, excerpts as Parameters<typeof toNode>[1]);
    },
    async findMany(ids: string[]): Promise<GraphNode[]> {
      return (await tx.node.findMany({ where: { id: { in: ids } } })).map((row) => toNode(row));
    },
    /** A prepared INSERT on the transaction's connection: an annotator's every new claim (Prisma compiles each query anew). */
    async create(mapId: string, fields: NodeFields): Promise<GraphNode> {
      const now = new Date().toISOString();
      const row = {
        id: newId(), mapId, kind: fields.kind, title: fields.title, text: fields.text ?? "",
        aliases: JSON.stringify(fields.aliases ?? []), tags: JSON.stringify(fields.tags ?? []),
        x: fields.position?.x ?? null, y: fields.position?.y ?? null, version: 1, createdAt: now, updatedAt: now,
      };
      prepared(connection(), `INSERT INTO "Node" (id, mapId, kind, title, text, aliases, tags, x, y, version, createdAt, updatedAt)
        VALUES (@id, @mapId, @kind, @title, @text, @aliases, @tags, @x, @y, @version, @createdAt, @updatedAt)`).run(row);
      return toNode(row);
    },
    /** Sets the given fields and bumps the version, by a prepared UPDATE (one statement per set of fields). */
    async update(id: string, fields: Partial<Omit<NodeFields, "kind">>): Promise<GraphNode> {
      const values = Object.fromEntries(Object.entries(columns(fields)).filter(([, value]) => value !== undefined));
      const sets = Object.keys(values).map((column) => `"${column}" = @${column}`);
      prepared(connection(), `UPDATE "Node" SET ${[...sets, "version = version + 1", "updatedAt = @updatedAt"].join(", ")} WHERE id = @id`)
        .run({ ...values, id, updatedAt: new Date().toISOString() });
      return (await this.find(id)) as GraphNode;
    },
    async delete(id: string): Promise<void> {
      await tx.node.delete({ where: { id } });
    },
    /** Saving a layout moves nodes without bumping their version: positions never conflict with edits. */
    async savePosition(id: string, x: number, y: number): Promise<void> {
      prepared(connection(), `UPDATE "Node" SET x = ?, y = ?, updatedAt = ? WHERE id = ?`).run(x, y, new Date().toISOString(), id);
    },
  };
}
