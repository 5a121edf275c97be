import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "./config";
import { openDatabase } from "./store/db";
import { applyMigrations } from "./store/migrate";
import { createStore, type Store } from "./store/store";
import { ChangeFeed } from "./usecases/changes";
import type { UseCaseContext } from "./usecases/context";
import { importMap } from "./usecases/import-map";

/** Opens the database (migrating it first) and builds what every use case needs. */
export async function openContext(config: Pick<Config, "databasePath" | "migrationsDir">): Promise<UseCaseContext & { store: Store }> {
  applyMigrations(config.databasePath, config.migrationsDir);
  const store = createStore(await openDatabase(config.databasePath), await openDatabase(config.databasePath));
  return { store, changes: new ChangeFeed() };
}

/**
 * When the database has no map yet, imports every `*.map.json` under the seed folder through the same validated
 * import use case an API import uses, so a broken seed fails loudly instead of half-loading.
 * @returns the slugs imported.
 */
export async function seedIfEmpty(ctx: UseCaseContext, seedDir: string): Promise<string[]> {
  if ((await ctx.store.read.maps.countAll()) > 0) return [];
  const files = readdirSync(seedDir).filter((f) => f.endsWith(".map.json")).sort();
  const slugs: string[] = [];
  for (const file of files) {
    const raw = JSON.parse(readFileSync(join(seedDir, file), "utf8")) as unknown;
    const map = await importMap(ctx, "seed", raw);
    slugs.push(map.slug);
  }
  return slugs;
}
