import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "./db";
import { bulkInsert } from "./bulk-insert";
import { documentRepository } from "./document-repository";
import { excerptRepository } from "./excerpt-repository";
import { readGraphRows } from "./graph-reader";
import { mapRepository } from "./map-repository";
import { nodeRepository } from "./node-repository";
import { relationRepository } from "./relation-repository";
import { revisionRepository } from "./revision-repository";

type Tx = Prisma.TransactionClient;

function repositories(tx: Tx) {
  const newId = () => randomUUID();
  return {
    maps: mapRepository(tx, newId),
    nodes: nodeRepository(tx, newId),
    relations: relationRepository(tx, newId),
    documents: documentRepository(tx, newId),
    excerpts: excerptRepository(tx, newId),
    revisions: revisionRepository(tx),
    readGraph: (mapId: string) => readGraphRows(tx, mapId),
    bulkInsert: (rows: Parameters<typeof bulkInsert>[1]) => bulkInsert(tx, rows),
    newId,
  };
}

export type Repositories = ReturnType<typeof repositories>;

export interface Store {
  /** Reads on their own connection: they see only committed data, never a write in progress. */
  read: Repositories;
  /** Runs `work` in one SQLite transaction: everything it wrote is committed together, or nothing is. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store over two connections to one WAL database: one for reads, one that serializes writes. */
export function createStore(reader: Db, writer: Db): Store {
  return {
    read: repositories(reader),
    transaction: (work) => writer.$transaction((tx) => work(repositories(tx)), { timeout: 120_000, maxWait: 60_000 }),
    async close() {
      await Promise.all([reader.$disconnect(), writer.$disconnect()]);
    },
  };
}
