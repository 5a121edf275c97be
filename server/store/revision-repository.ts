import type { Prisma } from "../generated/prisma/client";
import type { Revision, RevisionAction, RevisionEntity } from "../contract/revision";
import type { Connection } from "./db";
import { prepared } from "./graph-reader";

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

/**
 * Every write appends a revision, so this runs on the SQLite connection under the transaction with a prepared
 * statement: Prisma's query compilation cost ~2 ms per query here, more than the whole write (npm run bench).
 */
export function revisionRepository(tx: Tx, connection: () => Connection) {
  return {
    async append(entry: RevisionEntry): Promise<void> {
      const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
      prepared(
        connection(),
        `INSERT INTO "Revision" (mapId, actor, at, entity, entityId, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(entry.mapId, entry.actor, new Date().toISOString(), entry.entity, entry.entityId, entry.action, json(entry.before), json(entry.after));
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
