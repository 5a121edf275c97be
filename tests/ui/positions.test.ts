import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, fetchGraph, fitAll, modelAtCentre, nodeByTitle, openExplorer, screenPoint, searchAndOpen, settle, TOLORAYA, viewport } from "./ui-helpers";

const ui = useBrowserSuite({ server: { seed: true } });

describe("arranging the map", () => {
  test("a node dragged and saved keeps its place for everyone after a reload", async () => {
    const before = await fetchGraph(ui.server, TOLORAYA);
    expect(before.nodes.every((n) => n.position === null)).toBe(true);
    const target = nodeByTitle(before, /Nunn-Lugar/);
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    const save = ui.page.getByRole("button", { name: "Save layout" });
    expect(await save.isDisabled()).toBe(true);

    await searchAndOpen(ui.page, "Nunn-Lugar");
    await settle(ui.page);
    const start = await modelAtCentre(ui.page);
    const { zoom, left, top, width, height } = await viewport(ui.page);
    const from = { x: left + width / 2, y: top + height / 2 };
    await ui.page.mouse.move(from.x, from.y);
    await ui.page.mouse.down();
    await ui.page.mouse.move(from.x + 120, from.y + 80, { steps: 12 });
    await ui.page.mouse.up();
    await save.click();
    await ui.page.getByText(/Layout saved for everyone/).waitFor();
    expect(await save.isDisabled()).toBe(true);

    const after = await fetchGraph(ui.server, TOLORAYA);
    expect(after.nodes.every((n) => n.position !== null)).toBe(true);
    const moved = after.nodes.find((n) => n.id === target.id)?.position as { x: number; y: number };
    expect(Math.abs(moved.x - (start.x + 120 / zoom))).toBeLessThan(3);
    expect(Math.abs(moved.y - (start.y + 80 / zoom))).toBeLessThan(3);

    await ui.page.reload();
    await ui.page.getByTestId("graph").and(ui.page.locator('[data-ready="true"]')).waitFor();
    expect(await ui.page.getByTestId("graph").getAttribute("data-layout")).toBe("saved");
    await fitAll(ui.page);
    const point = await screenPoint(ui.page, moved);
    await ui.page.mouse.click(point.x, point.y);
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(target.title);
    await screenshot(ui.page, "positions-restored");
  });

  test("saving without signing in answers with a readable message, and the arrangement stays on screen", async () => {
    const guarded = await ui.startServer({ seed: true, auth: true });
    await openExplorer(ui.page, `${guarded.url}/maps/${TOLORAYA}`);
    await searchAndOpen(ui.page, "Nunn-Lugar");
    await settle(ui.page);
    const { left, top, width, height } = await viewport(ui.page);
    await ui.page.mouse.move(left + width / 2, top + height / 2);
    await ui.page.mouse.down();
    await ui.page.mouse.move(left + width / 2 + 100, top + height / 2 + 60, { steps: 8 });
    await ui.page.mouse.up();
    await ui.page.getByRole("button", { name: "Save layout" }).click();
    const alert = ui.page.getByTestId("error");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not save the layout\. Sign in as an editor/);
    expect(await ui.page.getByRole("button", { name: "Save layout" }).isDisabled()).toBe(false);
    await screenshot(ui.page, "save-needs-sign-in");
    expect((await fetchGraph(guarded, TOLORAYA)).nodes.every((n) => n.position === null)).toBe(true);
  });
});
