import { randomUUID } from "node:crypto";
import type { CruxMap } from "../contract/map";
import type { Prisma } from "../generated/prisma/client";
import { connectionOf, type Connection, type Db } from "./db";
import { bulkInsert } from "./bulk-insert";
import { caseRepository } from "./case-repository";
import { documentRepository } from "./document-repository";
import { excerptRepository } from "./excerpt-repository";
import { readGraphJson } from "./graph-json";
import { readGraphRows, readMapHead } from "./graph-reader";
import { mapRepository } from "./map-repository";
import { nodeRepository } from "./node-repository";
import { relationRepository } from "./relation-repository";
import { revisionRepository } from "./revision-repository";
import { sessionRepository } from "./session-repository";
import { tokenRepository } from "./token-repository";
import { userRepository } from "./user-repository";

type Tx = Prisma.TransactionClient;

/** `connection`: the SQLite connection under `tx`, for the bulk paths that bypass Prisma (see db.ts). */
function repositories(tx: Tx, connection: () => Connection) {
  const newId = () => randomUUID();
  return {
    maps: mapRepository(tx, newId, connection),
    nodes: nodeRepository(tx, newId, connection),
    relations: relationRepository(tx, newId, connection),
    documents: documentRepository(tx, newId),
    excerpts: excerptRepository(tx, newId),
    cases: caseRepository(tx, newId),
    revisions: revisionRepository(tx, connection),
    users: userRepository(tx, newId),
    sessions: sessionRepository(tx, connection),
    tokens: tokenRepository(tx, newId),
    readGraph: async (mapId: string) => readGraphRows(connection(), mapId),
    /** The graph of a map as the UTF-8 bytes of its JSON, built by SQLite (see graph-json.ts). */
    readGraphJson: async (map: CruxMap) => readGraphJson(connection(), map),
    /** A map's id and contentVersion (slug or id), for cheap freshness checks; null when there is no such map. */
    readMapHead: async (slugOrId: string) => readMapHead(connection(), slugOrId),
    bulkInsert: async (rows: Parameters<typeof bulkInsert>[1]) => bulkInsert(connection(), rows),
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
    read: repositories(reader, () => connectionOf(reader)),
    transaction: (work) => writer.$transaction((tx) => work(repositories(tx, () => connectionOf(writer))), { timeout: 120_000, maxWait: 60_000 }),
    async close() {
      await Promise.all([reader.$disconnect(), writer.$disconnect()]);
    },
  };
}
