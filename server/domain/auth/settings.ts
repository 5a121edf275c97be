import { z } from "zod";
import { PasswordSchema } from "../../contract/account";

const Flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"], { message: "use on or off (true/false, 1/0, yes/no)" })
  .transform((value) => ["1", "true", "on", "yes"].includes(value));

const AuthEnvSchema = z.object({
  /** Anonymous visitors may read maps (on by default); off: reading needs a viewer. */
  CRUX_ANONYMOUS_READ: z.string().trim().toLowerCase().pipe(Flag).default(true),
  /** The first admin's password, used only when the database has no user yet. */
  CRUX_ADMIN_PASSWORD: PasswordSchema.optional(),
  /** Extra origins allowed to make cookie-authenticated changes (e.g. behind a proxy), comma-separated. */
  CRUX_TRUSTED_ORIGINS: z
    .string()
    .default("")
    .transform((list) => list.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: "each trusted origin is a URL such as https://crux.example.org" }))),
});

export interface AuthSettings {
  anonymousRead: boolean;
  adminPassword?: string;
  trustedOrigins: string[];
}

/** The accounts settings from the environment; throws naming every bad variable (Crux fails fast at boot). */
export function parseAuthSettings(env: Record<string, string | undefined>): AuthSettings {
  const parsed = AuthEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Crux cannot start: bad configuration\n${lines}`);
  }
  const { CRUX_ANONYMOUS_READ, CRUX_ADMIN_PASSWORD, CRUX_TRUSTED_ORIGINS } = parsed.data;
  return { anonymousRead: CRUX_ANONYMOUS_READ, adminPassword: CRUX_ADMIN_PASSWORD, trustedOrigins: CRUX_TRUSTED_ORIGINS.map((o) => new URL(o).origin) };
}
