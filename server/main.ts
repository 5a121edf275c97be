import type { Server } from "node:http";
import { openContext, seedIfEmpty } from "./boot";
import { loadConfig } from "./config";
import { parseAuthSettings } from "./domain/auth/settings";
import { createApp } from "./http/app";
import { ensureFirstAdmin } from "./usecases/accounts";

/** Composition root: config → database (migrated) → seed if empty → app → listen → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const auth = parseAuthSettings(process.env);
  const ctx = await openContext(config);
  const seeded = await seedIfEmpty(ctx, config.seedDir);
  if (seeded.length > 0) console.log(`Imported ${seeded.join(", ")} into ${config.databasePath}`);
  const admin = await ensureFirstAdmin(ctx, auth.adminPassword);
  if (admin?.generated) console.log(`Created the first user "admin" with the password ${admin.password}\n(shown only this once: sign in, then add users; or set CRUX_ADMIN_PASSWORD before the first start)`);
  else if (admin) console.log(`Created the first user "admin" with the password from CRUX_ADMIN_PASSWORD`);
  // Always the real gate: sessions, API tokens and roles (tests alone may assume an identity).
  const stopping = new AbortController();
  const app = createApp({
    ctx,
    clientDir: config.clientDir,
    version: process.env.npm_package_version,
    auth: { anonymousRead: auth.anonymousRead, trustedOrigins: auth.trustedOrigins },
    events: { signal: stopping.signal },
  });
  const server: Server = app.listen(config.port, config.host, () => {
    console.log(`Crux is serving on http://${config.host}:${config.port}/`);
  });
  const shutdown = (signal: string) => {
    console.log(`${signal}: closing connections and the database`);
    stopping.abort();
    server.close(() => {
      void ctx.store.close().then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
