// Writes a new Prisma migration from the difference between the committed migrations and prisma/schema.prisma.
// `prisma migrate dev` needs a native engine that cannot be downloaded here (see shared/docs/prisma-offline.md), and
// `--from-migrations` fails on the WebAssembly engine's shadow database, so the diff starts from a snapshot of the
// schema as of the last migration, which this script then updates.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}
const SNAPSHOT = "prisma/migrations/schema-at-last-migration.prisma";
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", SNAPSHOT, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
  console.log("The schema matches the migrations: nothing to do.");
  process.exit(0);
}
const dir = `prisma/migrations/${stamp}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/migration.sql`, sql);
copyFileSync("prisma/schema.prisma", SNAPSHOT);
console.log(`Wrote ${dir}/migration.sql`);
