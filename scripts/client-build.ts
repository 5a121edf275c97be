import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/**
 * The client bundle, built only when its sources changed: the UI tests and the render benchmark both serve it, and
 * neither should test a stale bundle or rebuild a fresh one.
 */
const ROOT = resolve(__dirname, "..");

/** The built explorer (the same place `npm start` serves it from). */
export const CLIENT_DIR = join(ROOT, "dist/client");

/**
 * What the bundle is built from: the client (with its Vite config) and the contract it imports, plus the installed
 * dependencies' versions. A file changed, added, removed or renamed there changes the bundle.
 */
const CLIENT_SOURCES = ["client", "server/contract", "package-lock.json"];
/**
 * The hash of those sources that the bundle in CLIENT_DIR was built from. It lives inside CLIENT_DIR because Vite
 * empties that folder on every build, so a bundle built by anything else (`npm run build`) has no stamp and is rebuilt.
 */
const SOURCE_STAMP = join(CLIENT_DIR, ".source-hash");

/** The files under a folder (or the file itself), in a fixed order. */
function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .map((entry) => ({ entry, path: join(path, entry.name) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap(({ entry, path: child }) => (entry.isDirectory() ? listFiles(child) : [child]));
}

/** The bytes of a file, or null if it went away after it was listed (an editor saving elsewhere in the tree). */
function readIfPresent(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** SHA-256 over the paths and contents of CLIENT_SOURCES, in a fixed order (a few milliseconds). */
function hashClientSources(): string {
  const hash = createHash("sha256");
  for (const file of CLIENT_SOURCES.flatMap((source) => listFiles(join(ROOT, source)))) {
    const bytes = readIfPresent(file);
    if (bytes) hash.update(relative(ROOT, file)).update("\0").update(bytes).update("\0");
  }
  return hash.digest("hex");
}

function isBuiltFrom(sourceHash: string): boolean {
  if (!existsSync(join(CLIENT_DIR, "index.html")) || !existsSync(SOURCE_STAMP)) return false;
  return readFileSync(SOURCE_STAMP, "utf8").trim() === sourceHash;
}

function buildClient(sourceHash: string): void {
  // Output is kept quiet; a failed build throws with Vite's own message (execFileSync includes stderr).
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "client/vite.config.ts", "--logLevel", "error"], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
  });
  // The hash taken before the build: a source edited during it leaves the stamp behind, and the next run rebuilds.
  writeFileSync(SOURCE_STAMP, `${sourceHash}\n`);
}

let built = false;

/**
 * Builds the client bundle with Vite into dist/client unless it was built from the current client sources (their
 * hash is stamped next to the bundle), once per process. Jest runs test files in parallel workers, so the build holds
 * a lock directory; a process that finds the lock waits for it and then checks again. Returns the bundle's folder.
 */
export function ensureClientBuilt(): string {
  if (built) return CLIENT_DIR;
  const sourceHash = hashClientSources();
  const lock = join(ROOT, "dist/.client-build.lock");
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  const deadline = Date.now() + 180_000;
  while (!isBuiltFrom(sourceHash)) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no build is running.`);
      execFileSync("sleep", ["0.5"]);
      continue;
    }
    try {
      if (!isBuiltFrom(sourceHash)) buildClient(sourceHash);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    break;
  }
  built = true;
  return CLIENT_DIR;
}

