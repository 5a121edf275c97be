import type { Page } from "playwright-core";
import { importMap } from "../../server/usecases/import-map";
import { ensureClientBuilt, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";
import { bigMapFile, detailsTitle, searchAndOpen, settle } from "./ui-helpers";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestServer({ clientDir: ensureClientBuilt() });
  await importMap(server.ctx, "ui-test", bigMapFile("big-saved", 5000, true));
  await importMap(server.ctx, "ui-test", bigMapFile("big-unsaved", 2000, false));
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Polls until the graph is ready, recording the progress messages seen and the longest wait for the page to answer. */
async function watchLoading(page: Page, timeout: number) {
  const started = Date.now();
  const messages = new Set<string>();
  let slowestAnswer = 0;
  let answerWhileArranging = Infinity;
  for (;;) {
    const asked = Date.now();
    const state = await page.evaluate(() => ({
      ready: document.querySelector('[data-testid="graph"]')?.getAttribute("data-ready") === "true",
      progress: document.querySelector('[data-testid="progress"]')?.textContent ?? null,
    }));
    const answer = Date.now() - asked;
    slowestAnswer = Math.max(slowestAnswer, answer);
    if (state.progress) messages.add(state.progress);
    if (state.progress?.startsWith("Arranging")) answerWhileArranging = Math.min(answerWhileArranging, answer);
    if (state.ready) return { elapsed: Date.now() - started, messages: [...messages], slowestAnswer, answerWhileArranging };
    if (Date.now() - started > timeout) throw new Error(`Not ready after ${timeout} ms; saw ${[...messages].join(" | ")}`);
    await page.waitForTimeout(150);
  }
}

describe("big maps", () => {
  test("a map of 5,000 nodes with saved positions opens with visible progress and stays usable", async () => {
    const page = await browser.newPage({ width: 1280, height: 800 });
    await page.goto(`${server.url}/maps/big-saved`);
    const loading = await watchLoading(page, 60_000);
    expect(loading.messages.some((m) => /Loading|Preparing|Drawing/.test(m))).toBe(true);
    expect(await page.getByTestId("graph").getAttribute("data-layout")).toBe("saved");
    expect(loading.elapsed).toBeLessThan(30_000);
    const asked = Date.now();
    await searchAndOpen(page, "Statement 4321");
    await expect(detailsTitle(page).textContent()).resolves.toContain("Statement 4321");
    expect(Date.now() - asked).toBeLessThan(5_000);
    await settle(page);
    await screenshot(page, "big-saved");
    await page.close();
  }, 120_000);

  test("a map of 2,000 nodes without positions is arranged in a worker while the page keeps answering", async () => {
    const page = await browser.newPage({ width: 1280, height: 800 });
    await page.goto(`${server.url}/maps/big-unsaved`);
    const loading = await watchLoading(page, 120_000);
    expect(loading.messages.some((m) => m.startsWith("Arranging 2,000 nodes"))).toBe(true);
    // The layout runs off the main thread: the page answered quickly while it was arranging.
    expect(loading.answerWhileArranging).toBeLessThan(500);
    expect(await page.getByTestId("graph").getAttribute("data-layout")).toBe("force");
    await screenshot(page, "big-unsaved");
    await page.close();
  }, 150_000);
});
