import type { Prisma } from "../generated/prisma/client";
import type { GraphRelation } from "../contract/relation";
import type { RelationKind } from "../contract/vocabulary";
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

export function relationRepository(tx: Tx, newId: () => string) {
  return {
    async find(id: string): Promise<GraphRelation | null> {
      const row = await tx.relation.findUnique({ where: { id }, include: { excerpts: { orderBy: { start: "asc" } } } });
      return row ? toRelation(row, row.excerpts) : null;
    },
    async findBetween(source: string, target: string, relation: RelationKind): Promise<GraphRelation | null> {
      const row = await tx.relation.findFirst({
        where: { sourceId: source, kind: relation, OR: [{ targetNodeId: target }, { targetRelationId: target }] },
      });
      return row ? toRelation(row) : null;
    },
    /** Relations touching a node, either end, and the undercuts of those (removed with it by cascade). */
    async countTouching(nodeId: string): Promise<number> {
      return tx.relation.count({ where: { OR: [{ sourceId: nodeId }, { targetNodeId: nodeId }] } });
    },
    async create(mapId: string, fields: RelationFields): Promise<GraphRelation> {
      const row = await tx.relation.create({
        data: {
          id: newId(),
          mapId,
          kind: fields.relation,
          sourceId: fields.source,
          targetNodeId: fields.targetType === "node" ? fields.target : null,
          targetRelationId: fields.targetType === "relation" ? fields.target : null,
          strength: fields.strength ?? null,
          note: fields.note ?? "",
          group: fields.group ?? null,
        },
      });
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
