import type { Page } from "playwright-core";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { bigMapFile, detailsTitle, searchAndOpen, settle } from "./ui-helpers";

const ui = useBrowserSuite({ maps: [bigMapFile("big-saved", 5000, true), bigMapFile("big-unsaved", 2000, false)] });

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
    await ui.page.goto(`${ui.server.url}/maps/big-saved`);
    const loading = await watchLoading(ui.page, 60_000);
    expect(loading.messages.some((m) => /Loading|Preparing|Drawing/.test(m))).toBe(true);
    expect(await ui.page.getByTestId("graph").getAttribute("data-layout")).toBe("saved");
    expect(loading.elapsed).toBeLessThan(30_000);
    const asked = Date.now();
    await searchAndOpen(ui.page, "Statement 4321");
    await expect(detailsTitle(ui.page).textContent()).resolves.toContain("Statement 4321");
    expect(Date.now() - asked).toBeLessThan(5_000);
    await settle(ui.page);
    await screenshot(ui.page, "big-saved");
  }, 120_000);

  test("a map of 2,000 nodes without positions is arranged in a worker while the page keeps answering", async () => {
    await ui.page.goto(`${ui.server.url}/maps/big-unsaved`);
    const loading = await watchLoading(ui.page, 120_000);
    expect(loading.messages.some((m) => m.startsWith("Arranging 2,000 nodes"))).toBe(true);
    // The layout runs off the main thread: the page answered quickly while it was arranging.
    expect(loading.answerWhileArranging).toBeLessThan(500);
    expect(await ui.page.getByTestId("graph").getAttribute("data-layout")).toBe("force");
    await screenshot(ui.page, "big-unsaved");
  }, 150_000);
});
