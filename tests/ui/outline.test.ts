import type { Page } from "playwright-core";
import { ensureClientBuilt, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";
import { detailsTitle, fetchGraph, openExplorer, TOLORAYA } from "./ui-helpers";

let server: TestServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer({ seed: true, clientDir: ensureClientBuilt() });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The focused element's tree attributes, read after Preact's next paint (focus moves in an effect). */
async function focused() {
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { role: el.getAttribute("role"), level: el.getAttribute("aria-level"), expanded: el.getAttribute("aria-expanded"), text: el.textContent ?? "" };
  });
}

describe("the outline view", () => {
  test("reads the map as a tree the keyboard can walk: into a proposal, down to its reasons, and back out", async () => {
    const graph = await fetchGraph(server, TOLORAYA);
    page = await browser.newPage({ width: 1280, height: 800 });
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}`);
    await page.getByRole("button", { name: "Outline" }).click();
    expect(new URL(page.url()).searchParams.get("view")).toBe("outline");
    const tree = page.getByRole("tree");
    await tree.waitFor();
    expect(await tree.getAttribute("aria-label")).toContain("Outline of");
    expect(await page.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);

    await page.locator('[role="treeitem"]').first().focus();
    const group = await focused();
    expect(group).toMatchObject({ role: "treeitem", level: "1", expanded: "true" });
    expect(group.text).toMatch(/^▾Proposals \(\d+\)/);

    await page.keyboard.press("ArrowDown");
    const proposal = await focused();
    expect(proposal).toMatchObject({ level: "2", expanded: "false" });
    await page.keyboard.press("ArrowRight");
    expect((await focused()).expanded).toBe("true");
    await page.keyboard.press("ArrowRight");
    const child = await focused();
    expect(child.level).toBe("3");
    await page.keyboard.press("Enter");
    const childTitle = graph.nodes.find((n) => child.text.includes(n.title))?.title;
    expect(childTitle).toBeDefined();
    await expect(detailsTitle(page).textContent()).resolves.toBe(childTitle);
    await screenshot(page, "outline");

    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatchObject({ level: "2", expanded: "true" });
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatchObject({ level: "2", expanded: "false" });
    await page.keyboard.press("Home");
    expect((await focused()).level).toBe("1");
    await page.keyboard.press("End");
    expect((await focused()).text).toMatch(/Actors \(\d+\)/);
    await page.close();
  });
});
