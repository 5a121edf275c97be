import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";

export type Db = PrismaClient;

/**
 * Opens the SQLite database through Prisma's better-sqlite3 adapter (no native query engine; see
 * shared/docs/prisma-offline.md) and sets the pragmas Crux relies on:
 * WAL so readers never wait for a writer, synchronous=FULL so a commit survives power loss
 * (better-sqlite3's WAL default, NORMAL, can lose the last commits), foreign keys for cascades,
 * and a busy timeout so a second process (the CLI) waits instead of failing.
 */
export async function openDatabase(filePath: string): Promise<Db> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${filePath}` }) });
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
