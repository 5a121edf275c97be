import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openContext, seedIfEmpty } from "../../server/boot";
import { createApp, type AppDeps } from "../../server/http/app";
import type { UseCaseContext } from "../../server/usecases/context";

export const ROOT = resolve(__dirname, "../..");

export interface TestServer {
  url: string;
  ctx: UseCaseContext;
  databasePath: string;
  close(): Promise<void>;
}

/**
 * The real API over real HTTP on port 0, with its own fresh SQLite file (migrated like production).
 * `seed: true` imports data/maps/ through the same path `npm start` uses.
 */
export async function startTestServer(options: { seed?: boolean; clientDir?: string; app?: Partial<AppDeps> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "crux-test-"));
  const databasePath = join(dir, "crux.db");
  const ctx = await openContext({ databasePath, migrationsDir: join(ROOT, "prisma/migrations") });
  if (options.seed) await seedIfEmpty(ctx, join(ROOT, "data/maps"));
  const app = createApp({ ctx, clientDir: options.clientDir, log: () => undefined, ...options.app });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((done) => server.once("listening", () => done()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    databasePath,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await ctx.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
