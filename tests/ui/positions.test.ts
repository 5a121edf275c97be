import { ensureClientBuilt, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";
import { detailsTitle, fetchGraph, fitAll, modelAtCentre, nodeByTitle, openExplorer, screenPoint, searchAndOpen, settle, TOLORAYA, viewport } from "./ui-helpers";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startTestServer({ seed: true, clientDir: ensureClientBuilt() });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("arranging the map", () => {
  test("a node dragged and saved keeps its place for everyone after a reload", async () => {
    const before = await fetchGraph(server, TOLORAYA);
    expect(before.nodes.every((n) => n.position === null)).toBe(true);
    const target = nodeByTitle(before, /Nunn-Lugar/);
    const page = await browser.newPage({ width: 1280, height: 800 });
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}`);
    const save = page.getByRole("button", { name: "Save layout" });
    expect(await save.isDisabled()).toBe(true);

    await searchAndOpen(page, "Nunn-Lugar");
    await settle(page);
    const start = await modelAtCentre(page);
    const { zoom, left, top, width, height } = await viewport(page);
    const from = { x: left + width / 2, y: top + height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 120, from.y + 80, { steps: 12 });
    await page.mouse.up();
    await save.click();
    await page.getByText(/Layout saved for everyone/).waitFor();
    expect(await save.isDisabled()).toBe(true);

    const after = await fetchGraph(server, TOLORAYA);
    expect(after.nodes.every((n) => n.position !== null)).toBe(true);
    const moved = after.nodes.find((n) => n.id === target.id)?.position as { x: number; y: number };
    expect(Math.abs(moved.x - (start.x + 120 / zoom))).toBeLessThan(3);
    expect(Math.abs(moved.y - (start.y + 80 / zoom))).toBeLessThan(3);

    await page.reload();
    await page.getByTestId("graph").and(page.locator('[data-ready="true"]')).waitFor();
    expect(await page.getByTestId("graph").getAttribute("data-layout")).toBe("saved");
    await fitAll(page);
    const point = await screenPoint(page, moved);
    await page.mouse.click(point.x, point.y);
    await expect(detailsTitle(page).textContent()).resolves.toBe(target.title);
    await screenshot(page, "positions-restored");
    await page.close();
  });

  test("saving without signing in answers with a readable message, and the arrangement stays on screen", async () => {
    const guarded = await startTestServer({ seed: true, clientDir: ensureClientBuilt(), auth: true });
    const page = await browser.newPage({ width: 1280, height: 800 });
    try {
      await openExplorer(page, `${guarded.url}/maps/${TOLORAYA}`);
      await searchAndOpen(page, "Nunn-Lugar");
      await settle(page);
      const { left, top, width, height } = await viewport(page);
      await page.mouse.move(left + width / 2, top + height / 2);
      await page.mouse.down();
      await page.mouse.move(left + width / 2 + 100, top + height / 2 + 60, { steps: 8 });
      await page.mouse.up();
      await page.getByRole("button", { name: "Save layout" }).click();
      const alert = page.getByTestId("error");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Could not save the layout\. Sign in as an editor/);
      expect(await page.getByRole("button", { name: "Save layout" }).isDisabled()).toBe(false);
      await screenshot(page, "save-needs-sign-in");
      expect((await fetchGraph(guarded, TOLORAYA)).nodes.every((n) => n.position === null)).toBe(true);
    } finally {
      await page.close();
      await guarded.close();
    }
  });
});
