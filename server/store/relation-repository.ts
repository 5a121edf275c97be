import type { Prisma } from "../generated/prisma/client";
import type { GraphRelation } from "../contract/relation";
import type { RelationKind } from "../contract/vocabulary";
import type { Connection } from "./db";
import { prepared } from "./graph-reader";
import { toRelation } from "./rows";

type Tx = Prisma.TransactionClient;

export interface RelationFields {
  relation: RelationKind;
  source: string;
  target: string;
  targetType: "node" | "relation";
  strength?: number | null;
  note?: string;
  group?: string | null;
}

type RelationRow = Parameters<typeof toRelation>[0];
type ExcerptRow = NonNullable<Parameters<typeof toRelation>[1]>[number];

/** Relations; the reads and the insert an annotator's every new link makes are prepared statements (see node-repository.ts). */
export function relationRepository(tx: Tx, newId: () => string, connection: () => Connection) {
  return {
    async find(id: string): Promise<GraphRelation | null> {
      const row = prepared(connection(), `SELECT * FROM "Relation" WHERE id = ?`).get(id) as RelationRow | undefined;
      if (!row) return null;
      const excerpts = prepared(connection(), `SELECT * FROM "Excerpt" WHERE relationId = ? ORDER BY start, rowid`).all(id) as ExcerptRow[];
      return toRelation(row, excerpts);
    },
    async findBetween(source: string, target: string, relation: RelationKind): Promise<GraphRelation | null> {
      const row = prepared(connection(), `SELECT * FROM "Relation" WHERE sourceId = ? AND kind = ? AND (targetNodeId = ? OR targetRelationId = ?) LIMIT 1`)
        .get(source, relation, target, target) as RelationRow | undefined;
      return row ? toRelation(row) : null;
    },
    /** Relations touching a node, either end, and the undercuts of those (removed with it by cascade). */
    async countTouching(nodeId: string): Promise<number> {
      return tx.relation.count({ where: { OR: [{ sourceId: nodeId }, { targetNodeId: nodeId }] } });
    },
    async create(mapId: string, fields: RelationFields): Promise<GraphRelation> {
      const now = new Date().toISOString();
      const row = {
        id: newId(), mapId, kind: fields.relation, sourceId: fields.source,
        targetNodeId: fields.targetType === "node" ? fields.target : null,
        targetRelationId: fields.targetType === "relation" ? fields.target : null,
        strength: fields.strength ?? null, note: fields.note ?? "", group: fields.group ?? null, version: 1, createdAt: now, updatedAt: now,
      };
      prepared(connection(), `INSERT INTO "Relation" (id, mapId, kind, sourceId, targetNodeId, targetRelationId, strength, note, "group", version, createdAt, updatedAt)
        VALUES (@id, @mapId, @kind, @sourceId, @targetNodeId, @targetRelationId, @strength, @note, @group, @version, @createdAt, @updatedAt)`).run(row);
      return toRelation(row);
    },
    async update(id: string, fields: { relation?: RelationKind; strength?: number | null; note?: string; group?: string | null }) {
      await tx.relation.update({
        where: { id },
        data: { kind: fields.relation, strength: fields.strength, note: fields.note, group: fields.group, version: { increment: 1 } },
      });
      return (await this.find(id)) as GraphRelation;
    },
    async delete(id: string): Promise<void> {
      await tx.relation.delete({ where: { id } });
    },
  };
}
