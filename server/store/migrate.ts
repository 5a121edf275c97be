import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Applies the committed migrations under prisma/migrations that the database lacks, each in its own transaction,
 * recording them in Prisma's own `_prisma_migrations` table so that `prisma migrate deploy` and this agree.
 * Done in-process because the Prisma CLI costs seconds per start and is not needed to run SQL files.
 * @returns the names of the migrations applied now.
 */
export function applyMigrations(filePath: string, migrationsDir: string): string[] {
  mkdirSync(dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
      "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const applied = new Set(
      sqlite
        .prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all()
        .map((row) => (row as { migration_name: string }).migration_name),
    );
    const pending = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !applied.has(entry.name))
      .map((entry) => entry.name)
      .sort();
    // Table rebuilds in Prisma's SQLite migrations need foreign keys off (a no-op inside a transaction), and are
    // checked for integrity before each commit instead.
    sqlite.pragma("foreign_keys = OFF");
    for (const name of pending) {
      const sql = readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      sqlite.transaction(() => {
        sqlite.exec(sql);
        const broken = sqlite.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`Migration ${name} leaves ${broken.length} broken foreign key(s)`);
        sqlite
          .prepare(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
          )
          .run(randomUUID(), checksum, name);
      })();
    }
    return pending;
  } finally {
    sqlite.close();
  }
}
