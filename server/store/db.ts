import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

/** The better-sqlite3 connection under a Prisma client: the same SQLite connection, so inside its transactions. */
export type Connection = BetterSqlite3.Database;

const connections = new WeakMap<Db, () => Connection | undefined>();

/**
 * The connection under `db`, for the store's bulk paths (import, whole-graph read). Prisma's raw queries cost
 * ~1 s of query compilation per 45k imported rows and per-row mapping on reads (measured by `npm run bench`);
 * statements on the connection itself cost what SQLite costs. Inside `db.$transaction` it is the same connection
 * and the same transaction, which the adapter's mutex keeps to itself.
 */
export function connectionOf(db: Db): Connection {
  const connection = connections.get(db)?.();
  if (!connection) throw new Error("This Prisma client was not opened by openDatabase, or has no connection yet.");
  return connection;
}

interface AdapterTransaction {
  executeRaw(query: { sql: string }): Promise<unknown>;
  queryRaw(query: { sql: string }): Promise<unknown>;
  rollback(): Promise<void>;
}
interface TransactionStarter {
  client: Connection;
  startTransaction(isolationLevel?: string): Promise<AdapterTransaction>;
}

/**
 * When COMMIT itself fails (a deferred foreign key, a full disk), Prisma 6.19 neither rolls back nor releases the
 * adapter's transaction lock, so every later write would wait forever (reproduced in tests/api/store-failures).
 * This rolls the SQLite transaction back and releases the lock, then lets the error through.
 */
function releaseOnFailedCommit(adapter: TransactionStarter): void {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await start(isolationLevel);
    for (const method of ["executeRaw", "queryRaw"] as const) {
      const run = tx[method].bind(tx);
      tx[method] = async (query) => {
        try {
          return await run(query);
        } catch (error) {
          if (/^\s*COMMIT\b/i.test(query.sql)) {
            if (adapter.client.inTransaction) adapter.client.exec("ROLLBACK");
            await tx.rollback();
          }
          throw error;
        }
      };
    }
    return tx;
  };
}

/**
 * Opens the SQLite database through Prisma's better-sqlite3 adapter (no native query engine; see
 * shared/docs/prisma-offline.md) and sets the pragmas Crux relies on:
 * WAL so readers never wait for a writer, synchronous=FULL so a commit survives power loss
 * (better-sqlite3's WAL default, NORMAL, can lose the last commits), foreign keys for cascades,
 * and a busy timeout so a second process (the CLI) waits instead of failing.
 */
export async function openDatabase(filePath: string): Promise<Db> {
  const adapter = new PrismaBetterSQLite3({ url: `file:${filePath}` });
  const connect = adapter.connect.bind(adapter);
  let connection: Connection | undefined;
  adapter.connect = async () => {
    const opened = await connect();
    // The adapter keeps its better-sqlite3 Database in `client` (@prisma/adapter-better-sqlite3 6.19).
    connection = (opened as unknown as { client: Connection }).client;
    releaseOnFailedCommit(opened as unknown as TransactionStarter);
    return opened;
  };
  const db = new PrismaClient({ adapter });
  connections.set(db, () => connection);
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = FULL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
  return db;
}

/** `file:./data/crux.db` → `./data/crux.db`; a bare path is returned as it is. */
export function databasePathFromUrl(url: string): string {
  return url.replace(/^file:/, "");
}
