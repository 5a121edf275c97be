import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Prisma 6.19's JavaScript schema engine: no native engine download (see shared/docs/prisma-offline.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/crux.db" }),
  schema: "prisma/schema.prisma",
});
