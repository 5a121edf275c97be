import type { Server } from "node:http";
import { openContext, seedIfEmpty } from "./boot";
import { loadConfig } from "./config";
import { createApp } from "./http/app";

/** Composition root: config → database (migrated) → seed if empty → app → listen → graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  const ctx = await openContext(config);
  const seeded = await seedIfEmpty(ctx, config.seedDir);
  if (seeded.length > 0) console.log(`Imported ${seeded.join(", ")} into ${config.databasePath}`);
  const app = createApp({ ctx, clientDir: config.clientDir, version: process.env.npm_package_version });
  const server: Server = app.listen(config.port, config.host, () => {
    console.log(`Crux is serving on http://${config.host}:${config.port}/`);
  });
  const shutdown = (signal: string) => {
    console.log(`${signal}: closing connections and the database`);
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
