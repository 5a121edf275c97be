import { readFileSync } from "node:fs";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, fetchGraph, fitAll, modelAtCentre, nodeByTitle, openExplorer, screenPoint, searchAndOpen, settle, TOLORAYA } from "./ui-helpers";

const GRID = "toloraya-grid";
const ui = useBrowserSuite({ server: { seed: true }, gridCopies: [GRID] });

describe("the explorer", () => {
  test("opens the Toloraya map at / with its proposals drawn, a legend and the source", async () => {
    const graph = await fetchGraph(ui.server, TOLORAYA);
    const proposals = graph.nodes.filter((n) => n.kind === "proposal").length;
    await openExplorer(ui.page, `${ui.server.url}/`);
    expect(new URL(ui.page.url()).pathname).toBe(`/maps/${TOLORAYA}`);
    await expect(ui.page.locator("h1").textContent()).resolves.toContain("Toloraya");
    await expect(ui.page.getByTestId("graph-status").textContent()).resolves.toContain(`${proposals} proposals`);
    expect(await ui.page.getByTestId("graph").getAttribute("data-layout")).toBe("hierarchy");
    expect(await ui.page.locator(".legend .legend-row").count()).toBe(3 + 8);
    expect(await ui.page.locator(".reader-text mark.hl").count()).toBeGreaterThan(proposals);
    await screenshot(ui.page, "explorer-1280");
    await ui.page.setViewportSize({ width: 1920, height: 1080 });
    await settle(ui.page);
    await screenshot(ui.page, "explorer-1920");
  });

  test("clicking a proposal opens its details with its quote, and the reader highlights and shows that quote", async () => {
    const graph = await fetchGraph(ui.server, GRID);
    const proposal = nodeByTitle(graph, /Nunn-Lugar/);
    await openExplorer(ui.page, `${ui.server.url}/maps/${GRID}`);
    expect(await ui.page.getByTestId("graph").getAttribute("data-layout")).toBe("saved");
    await fitAll(ui.page);
    const point = await screenPoint(ui.page, proposal.position as { x: number; y: number });
    await ui.page.mouse.click(point.x, point.y);
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(proposal.title);
    const quote = proposal.excerpts[0]?.quote as string;
    await expect(ui.page.locator(".quote blockquote").first().textContent()).resolves.toBe(quote);
    expect(new URL(ui.page.url()).searchParams.get("node")).toBe(proposal.id);
    const selectedMarks = ui.page.locator(".reader-text mark.hl-selected");
    await expect(selectedMarks.allTextContents().then((t) => t.join(""))).resolves.toContain(quote.slice(0, 40));
    await ui.page.waitForTimeout(700);
    const reader = await ui.page.getByTestId("reader").boundingBox();
    const mark = await selectedMarks.first().boundingBox();
    // The reader scrolled the quote's start into view.
    expect(mark && reader && mark.y >= reader.y && mark.y + 20 <= reader.y + reader.height).toBe(true);
    await screenshot(ui.page, "details-and-reader");
  });

  test("clicking a highlight in the reader selects the node it anchors", async () => {
    const graph = await fetchGraph(ui.server, GRID);
    const claim = graph.nodes.find((n) => n.kind === "claim" && n.excerpts.length > 0 && n.excerpts[0]!.quote.length > 30) as (typeof graph.nodes)[number];
    await openExplorer(ui.page, `${ui.server.url}/maps/${GRID}`);
    await ui.page.locator(`.reader-text mark[data-primary="${claim.id}"]`).first().click();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(claim.title);
  });

  test("search finds Nunn-Lugar from the keyboard, centres the graph on it and can focus its neighbourhood", async () => {
    const graph = await fetchGraph(ui.server, GRID);
    const proposal = nodeByTitle(graph, /Nunn-Lugar/);
    await openExplorer(ui.page, `${ui.server.url}/maps/${GRID}`);
    await searchAndOpen(ui.page, "nunn lugar");
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(proposal.title);
    await settle(ui.page);
    const centre = await modelAtCentre(ui.page);
    expect(Math.hypot(centre.x - (proposal.position?.x ?? 0), centre.y - (proposal.position?.y ?? 0))).toBeLessThan(3);
    await ui.page.getByRole("button", { name: "Both", exact: true }).click();
    await expect(ui.page.getByTestId("graph-status").textContent()).resolves.toContain(`Focus: 1 hop around “${proposal.title}”`);
    expect(new URL(ui.page.url()).searchParams.get("focus")).toBe(proposal.id);
    await screenshot(ui.page, "search-and-focus");
  });

  test("hiding actors in the legend takes them off the graph", async () => {
    const graph = await fetchGraph(ui.server, GRID);
    const russia = nodeByTitle(graph, /^Russia$/);
    await openExplorer(ui.page, `${ui.server.url}/maps/${GRID}`);
    await ui.page.getByRole("checkbox", { name: /Actors/ }).uncheck();
    await expect(ui.page.getByTestId("graph-status").textContent()).resolves.toContain("0 actors");
    expect(new URL(ui.page.url()).searchParams.get("hide")).toBe("actor,concerns");
    await fitAll(ui.page);
    const point = await screenPoint(ui.page, russia.position as { x: number; y: number });
    await ui.page.mouse.click(point.x, point.y);
    await expect(ui.page.locator("#details-heading").textContent()).resolves.not.toBe("Russia");
    await ui.page.getByRole("checkbox", { name: /Actors/ }).check();
    await ui.page.mouse.click(point.x, point.y);
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe("Russia");
    await screenshot(ui.page, "filters");
  });

  test("a deep link reopens the same view, and Back returns to the previous one", async () => {
    const graph = await fetchGraph(ui.server, GRID);
    const proposal = nodeByTitle(graph, /Nunn-Lugar/);
    const link = `${ui.server.url}/maps/${GRID}?node=${proposal.id}&focus=${proposal.id}&dir=rests-on&hide=actor`;
    await openExplorer(ui.page, link);
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(proposal.title);
    await expect(ui.page.getByTestId("graph-status").textContent()).resolves.toContain(`Focus: what “${proposal.title}” rests on`);
    expect(await ui.page.getByRole("checkbox", { name: /Actors/ }).isChecked()).toBe(false);
    expect(await ui.page.getByRole("checkbox", { name: /concerns/ }).isChecked()).toBe(true);
    await screenshot(ui.page, "deep-link");
    await searchAndOpen(ui.page, "Russia");
    await expect(detailsTitle(ui.page).textContent()).resolves.not.toBe(proposal.title);
    await ui.page.goBack();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(proposal.title);
    expect(ui.page.url()).toBe(link);
  });

  test("exports the current view as PNG and as SVG", async () => {
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    const [png] = await Promise.all([ui.page.waitForEvent("download"), ui.page.getByRole("button", { name: "PNG" }).click()]);
    expect(png.suggestedFilename()).toBe(`${TOLORAYA}.png`);
    const pngBytes = readFileSync((await png.path()) as string);
    expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const [svg] = await Promise.all([ui.page.waitForEvent("download"), ui.page.getByRole("button", { name: "SVG" }).click()]);
    expect(svg.suggestedFilename()).toBe(`${TOLORAYA}.svg`);
    const markup = readFileSync((await svg.path()) as string, "utf8");
    expect(markup).toContain("<svg");
    expect(markup).toContain("US-Russian");
  });

  test("an API error shows a readable message, not a blank page", async () => {
    await ui.page.goto(`${ui.server.url}/maps/no-such-map`);
    const alert = ui.page.getByTestId("error");
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("Could not open the map “no-such-map”");
    expect(text).toMatch(/no-such-map/);
    await expect(ui.page.locator(".app-header").isVisible()).resolves.toBe(true);
    await screenshot(ui.page, "api-error");
  });
});
