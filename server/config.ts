import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

/** The project root (this file lives in server/). */
export const PROJECT_ROOT = resolve(__dirname, "..");

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "DATABASE_URL must be a SQLite file URL such as file:./data/crux.db")
    .default("file:./data/crux.db"),
  /** Directory of crux-json maps imported when the database has no map yet. */
  CRUX_SEED_DIR: z.string().default("data/maps"),
  CRUX_CLIENT_DIR: z.string().default("dist/client"),
});

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  seedDir: string;
  clientDir: string;
  migrationsDir: string;
}

/** Reads the environment once at boot and fails fast, naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Crux cannot start: bad configuration\n${lines}`);
  }
  const fromRoot = (p: string) => (isAbsolute(p) ? p : resolve(PROJECT_ROOT, p));
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    databasePath: fromRoot(parsed.data.DATABASE_URL.replace(/^file:/, "")),
    seedDir: fromRoot(parsed.data.CRUX_SEED_DIR),
    clientDir: fromRoot(parsed.data.CRUX_CLIENT_DIR),
    migrationsDir: resolve(PROJECT_ROOT, "prisma/migrations"),
  };
}
