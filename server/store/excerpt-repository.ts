import type { Prisma } from "../generated/prisma/client";
import type { Excerpt } from "../contract/excerpt";
import type { TextAnchor } from "../domain/anchoring";
import { toExcerpt } from "./rows";

type Tx = Prisma.TransactionClient;

export function excerptRepository(tx: Tx, newId: () => string) {
  return {
    async find(id: string): Promise<Excerpt | null> {
      const row = await tx.excerpt.findUnique({ where: { id } });
      return row ? toExcerpt(row) : null;
    },
    async create(
      owner: { nodeId?: string; relationId?: string },
      documentId: string,
      anchor: TextAnchor,
    ): Promise<Excerpt> {
      const row = await tx.excerpt.create({
        data: { id: newId(), documentId, nodeId: owner.nodeId ?? null, relationId: owner.relationId ?? null, ...anchor },
      });
      return toExcerpt(row);
    },
    /** Sets a new anchor; an orphan placed again is no longer orphaned. */
    async moveTo(id: string, anchor: TextAnchor): Promise<Excerpt> {
      return toExcerpt(await tx.excerpt.update({ where: { id }, data: { ...anchor, orphaned: false, version: { increment: 1 } } }));
    },
    /** Keeps the anchor as it was (its quote is the evidence an editor needs to place it again) and flags it. */
    async markOrphaned(id: string): Promise<Excerpt> {
      return toExcerpt(await tx.excerpt.update({ where: { id }, data: { orphaned: true, version: { increment: 1 } } }));
    },
    async orphansOf(documentId: string): Promise<Excerpt[]> {
      const rows = await tx.excerpt.findMany({ where: { documentId, orphaned: true }, orderBy: [{ start: "asc" }, { id: "asc" }] });
      return rows.map(toExcerpt);
    },
    async delete(id: string): Promise<void> {
      await tx.excerpt.delete({ where: { id } });
    },
    /** The map an excerpt belongs to, through its document. */
    async mapIdOf(documentId: string): Promise<string | null> {
      const row = await tx.document.findUnique({ where: { id: documentId }, select: { mapId: true } });
      return row?.mapId ?? null;
    },
  };
}
