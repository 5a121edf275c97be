import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ROOT } from "./test-server";

/** The built explorer that UI tests serve (the same place `npm start` serves it from). */
export const CLIENT_DIR = join(ROOT, "dist/client");
export const SCREENSHOT_DIR = join(ROOT, "tests/ui/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Newest modification time under a folder (the client sources and the contract they import). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  const index = join(CLIENT_DIR, "index.html");
  if (!existsSync(index)) return true;
  const sources = Math.max(newestMtime(join(ROOT, "client")), newestMtime(join(ROOT, "server/contract")));
  return statSync(index).mtimeMs < sources;
}

let built = false;

/**
 * Builds the client bundle with Vite into dist/client when it is missing or older than the client sources, once per
 * process. Jest runs test files in parallel workers, so the build holds a lock directory; a worker that finds the
 * lock waits for it and then re-checks.
 */
export function ensureClientBuilt(): string {
  if (built) return CLIENT_DIR;
  const lock = join(ROOT, "dist/.client-build.lock");
  mkdirSync(join(ROOT, "dist"), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (!isStale()) break;
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no build is running.`);
      execFileSync("sleep", ["0.5"]);
      continue;
    }
    try {
      if (isStale()) {
        // Output is kept quiet; a failed build throws with Vite's own message (execFileSync includes stderr).
        execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "client/vite.config.ts", "--logLevel", "error"], {
          cwd: ROOT,
          stdio: "pipe",
          env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
        });
      }
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
