import { argon2id, hash, verify } from "argon2";
import { createHash, randomBytes } from "node:crypto";

/**
 * Passwords and bearer secrets. The one module of domain/auth that is not pure: it draws randomness and runs
 * argon2 (native, CPU only; no I/O), and is kept here so the API and the CLI hash alike.
 */

/**
 * argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1);
 * the parameters are stored inside each hash, so they can be raised later without breaking old hashes.
 */
const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when the password matches the hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;
/** Verifies against a throw-away hash, so that an unknown username takes as long to refuse as a wrong password. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomSecret());
  await verifyPassword(await decoy, password);
  return false;
}

/** 256 random bits, base64url: session cookies and API tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A new API token; the prefix makes leaked tokens easy to recognise (e.g. by secret scanners). */
export function newApiToken(): string {
  return `crux_${randomSecret()}`;
}

/** Sessions and tokens are stored as this digest only, so a copy of the database holds no usable secret. */
export function digestSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A generated password: 20 characters from an alphabet without look-alikes (about 115 bits). */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(40);
  let out = "";
  for (const byte of bytes) {
    if (byte < 228) out += alphabet[byte % 57];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : generatePassword();
}
