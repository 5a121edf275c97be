import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ROOT } from "./test-server";

/** The built explorer that UI tests serve (the same place `npm start` serves it from). */
export const CLIENT_DIR = join(ROOT, "dist/client");
export const SCREENSHOT_DIR = join(ROOT, "tests/ui/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
 * a lock directory; a worker that finds the lock waits for it and then checks again.
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

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
  /** A new tab at the given viewport. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Debian's Chromium, headless, with a fresh throwaway profile (a persistent context on a new temp dir: Playwright
 * takes the profile as an argument rather than a `--user-data-dir` flag) and no background traffic.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), "crux-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on("pageerror", (error) => console.error(`[browser] ${error.message}`));
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as tests/ui/screenshots/<name>.png (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Waits until the graph view has drawn and laid out the current map. */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout });
}
