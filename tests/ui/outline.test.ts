import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, fetchGraph, openExplorer, TOLORAYA } from "./ui-helpers";

const ui = useBrowserSuite({ server: { seed: true } });

/** The focused element's tree attributes, read after Preact's next paint (focus moves in an effect). */
async function focused() {
  await ui.page.waitForTimeout(250);
  return ui.page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { role: el.getAttribute("role"), level: el.getAttribute("aria-level"), expanded: el.getAttribute("aria-expanded"), text: el.textContent ?? "" };
  });
}

describe("the outline view", () => {
  test("reads the map as a tree the keyboard can walk: into a proposal, down to its reasons, and back out", async () => {
    const graph = await fetchGraph(ui.server, TOLORAYA);
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    await ui.page.getByRole("button", { name: "Outline" }).click();
    expect(new URL(ui.page.url()).searchParams.get("view")).toBe("outline");
    const tree = ui.page.getByRole("tree");
    await tree.waitFor();
    expect(await tree.getAttribute("aria-label")).toContain("Outline of");
    expect(await ui.page.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);

    await ui.page.locator('[role="treeitem"]').first().focus();
    const group = await focused();
    expect(group).toMatchObject({ role: "treeitem", level: "1", expanded: "true" });
    expect(group.text).toMatch(/^▾Proposals \(\d+\)/);

    await ui.page.keyboard.press("ArrowDown");
    const proposal = await focused();
    expect(proposal).toMatchObject({ level: "2", expanded: "false" });
    await ui.page.keyboard.press("ArrowRight");
    expect((await focused()).expanded).toBe("true");
    await ui.page.keyboard.press("ArrowRight");
    const child = await focused();
    expect(child.level).toBe("3");
    await ui.page.keyboard.press("Enter");
    const childTitle = graph.nodes.find((n) => child.text.includes(n.title))?.title;
    expect(childTitle).toBeDefined();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(childTitle);
    await screenshot(ui.page, "outline");

    await ui.page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatchObject({ level: "2", expanded: "true" });
    await ui.page.keyboard.press("ArrowLeft");
    expect(await focused()).toMatchObject({ level: "2", expanded: "false" });
    await ui.page.keyboard.press("Home");
    expect((await focused()).level).toBe("1");
    await ui.page.keyboard.press("End");
    expect((await focused()).text).toMatch(/Actors \(\d+\)/);
  });
});
