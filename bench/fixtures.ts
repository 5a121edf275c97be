import Database from "better-sqlite3";
import type { Express } from "express";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openContext } from "../server/boot";
import { applyMigrations } from "../server/store/migrate";
import type { Store } from "../server/store/store";
import type { UseCaseContext } from "../server/usecases/context";

export const ROOT = resolve(__dirname, "..");
const MIGRATIONS = join(ROOT, "prisma/migrations");

/** A fresh, migrated Crux database in its own temporary folder (on the same disk as production data would be). */
export async function openBenchContext(): Promise<{ ctx: UseCaseContext & { store: Store }; databasePath: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "crux-bench-"));
  const databasePath = join(dir, "crux.db");
  const ctx = await openContext({ databasePath, migrationsDir: MIGRATIONS });
  return {
    ctx,
    databasePath,
    async close() {
      await ctx.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database with Crux's schema opened directly with better-sqlite3 and Crux's pragmas (WAL, synchronous=FULL,
 * foreign keys): what the baselines write to.
 */
export function openRawDatabase(): { db: Database.Database; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), "crux-bench-raw-"));
  const path = join(dir, "raw.db");
  applyMigrations(path, MIGRATIONS);
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  return {
    db,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Listens on a free loopback port. */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((done) => server.once("listening", () => done()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/**
 * GETs `url` on a new connection and reads the whole body (discarding it, as a byte count); rejects on a status other
 * than 200. No keep-alive: a socket left idle past the server's keep-alive timeout (5 s) while a slow baseline runs
 * would be reset under the next request.
 */
export function fetchBytes(url: string): Promise<number> {
  return new Promise((done, fail) => {
    get(url, { agent: false }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => (res.statusCode === 200 ? done(bytes) : fail(new Error(`GET ${url}: ${res.statusCode}`))));
      res.on("error", fail);
    }).on("error", fail);
  });
}

export const quiet = (): void => undefined;
