import type { Prisma } from "../generated/prisma/client";
import type { Revision, RevisionAction, RevisionEntity } from "../contract/revision";

type Tx = Prisma.TransactionClient;

export interface RevisionEntry {
  mapId: string;
  actor: string;
  entity: RevisionEntity;
  entityId: string;
  action: RevisionAction;
  before?: unknown;
  after?: unknown;
}

export function revisionRepository(tx: Tx) {
  return {
    async append(entry: RevisionEntry): Promise<void> {
      await tx.revision.create({
        data: {
          ...entry,
          before: entry.before === undefined ? null : JSON.stringify(entry.before),
          after: entry.after === undefined ? null : JSON.stringify(entry.after),
        },
      });
    },
    async list(mapId: string, query: { entityId?: string; after?: number; limit: number }): Promise<Revision[]> {
      const rows = await tx.revision.findMany({
        where: { mapId, entityId: query.entityId, id: query.after === undefined ? undefined : { gt: query.after } },
        orderBy: { id: "desc" },
        take: query.limit,
      });
      return rows.map((row) => ({
        id: row.id,
        mapId: row.mapId,
        actor: row.actor,
        at: row.at.toISOString(),
        entity: row.entity as RevisionEntity,
        entityId: row.entityId,
        action: row.action as RevisionAction,
        before: row.before === null ? null : (JSON.parse(row.before) as unknown),
        after: row.after === null ? null : (JSON.parse(row.after) as unknown),
      }));
    },
  };
}
