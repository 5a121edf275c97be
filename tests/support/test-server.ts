import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openContext, seedIfEmpty } from "../../server/boot";
import type { Role } from "../../server/contract/account";
import { createApp, type AppDeps } from "../../server/http/app";
import type { AuthOptions } from "../../server/http/auth-gate";
import { createUser } from "../../server/usecases/accounts";
import type { UseCaseContext } from "../../server/usecases/context";

export const ROOT = resolve(__dirname, "../..");

export interface TestServer {
  url: string;
  ctx: UseCaseContext;
  databasePath: string;
  close(): Promise<void>;
}

export interface TestUser {
  username: string;
  password: string;
  role: Role;
}

export interface TestServerOptions {
  seed?: boolean;
  clientDir?: string;
  app?: Partial<AppDeps>;
  /**
   * Without it, a request that brings no credentials acts as an editor recorded as "anonymous" (API tests need not
   * sign in); sessions and tokens still work. With it, the production gate: no credentials means anonymous.
   */
  auth?: boolean | { anonymousRead?: boolean };
  /** Users created before the server starts (through the same use case as the API). */
  users?: TestUser[];
}

/**
 * The real API over real HTTP on port 0, with its own fresh SQLite file (migrated like production).
 * `seed: true` imports data/maps/ through the same path `npm start` uses.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "crux-test-"));
  const databasePath = join(dir, "crux.db");
  const ctx = await openContext({ databasePath, migrationsDir: join(ROOT, "prisma/migrations") });
  if (options.seed) await seedIfEmpty(ctx, join(ROOT, "data/maps"));
  for (const user of options.users ?? []) await createUser(ctx, user);
  const auth: AuthOptions = options.auth
    ? { anonymousRead: (typeof options.auth === "object" ? options.auth.anonymousRead : undefined) ?? true }
    : { anonymousRead: true, assume: { username: "anonymous", role: "editor" } };
  const app = createApp({ ctx, clientDir: options.clientDir, log: () => undefined, auth, ...options.app });
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
