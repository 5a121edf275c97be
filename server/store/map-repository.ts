import type { Prisma } from "../generated/prisma/client";
import type { CruxMap } from "../contract/map";
import type { Connection } from "./db";
import { prepared } from "./graph-reader";
import { toMap } from "./rows";

type Tx = Prisma.TransactionClient;

export function mapRepository(tx: Tx, newId: () => string, connection: () => Connection) {
  return {
    async list(): Promise<CruxMap[]> {
      return (await tx.map.findMany({ orderBy: { createdAt: "asc" } })).map(toMap);
    },
    /** Maps are addressed by slug or id. Every request resolves one, hence a prepared statement (see revision-repository.ts). */
    async find(slugOrId: string): Promise<CruxMap | null> {
      const row = prepared(connection(), `SELECT * FROM "Map" WHERE slug = ? OR id = ? LIMIT 1`).get(slugOrId, slugOrId);
      return row ? toMap(row as Parameters<typeof toMap>[0]) : null;
    },
    async create(data: { slug: string; title: string; description?: string }): Promise<CruxMap> {
      return toMap(await tx.map.create({ data: { id: newId(), ...data } }));
    },
    async update(id: string, data: { slug?: string; title?: string; description?: string }): Promise<CruxMap> {
      return toMap(await tx.map.update({ where: { id }, data: { ...data, version: { increment: 1 } } }));
    },
    async delete(id: string): Promise<void> {
      await tx.map.delete({ where: { id } });
    },
    /** Every write inside a map calls this once, so caches keyed by contentVersion see the change. */
    async touchContent(id: string): Promise<number> {
      // On the connection under the transaction: it runs on every write (see revision-repository.ts).
      const row = prepared(connection(), `UPDATE "Map" SET contentVersion = contentVersion + 1, updatedAt = ? WHERE id = ? RETURNING contentVersion`).get(
        new Date().toISOString(),
        id,
      ) as { contentVersion: number } | undefined;
      if (!row) throw new Error(`touchContent: no map ${id}`);
      return row.contentVersion;
    },
    async contentVersion(id: string): Promise<number | null> {
      const row = await tx.map.findUnique({ where: { id }, select: { contentVersion: true } });
      return row?.contentVersion ?? null;
    },
    async countAll(): Promise<number> {
      return tx.map.count();
    },
  };
}
