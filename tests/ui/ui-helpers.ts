import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Graph } from "../../server/contract/graph";
import type { CruxJsonInput } from "../../server/contract/crux-json";
import { importMap } from "../../server/usecases/import-map";
import { waitForGraph } from "../support/browser";
import { ROOT, type TestServer } from "../support/test-server";

export const TOLORAYA = "toloraya-2009";
const TOLORAYA_FILE = join(ROOT, "data/maps/toloraya-2009.map.json");

/** The Toloraya map file as seeded from data/maps. */
export function tolorayaFile(): CruxJsonInput {
  if (!existsSync(TOLORAYA_FILE)) throw new Error(`The UI tests read ${TOLORAYA_FILE}, which is missing.`);
  return JSON.parse(readFileSync(TOLORAYA_FILE, "utf8")) as CruxJsonInput;
}

/**
 * Imports a copy of the Toloraya map under another slug with every node at a known grid position, so a test can
 * compute where a node is drawn and click it (the graph is a canvas).
 */
export async function importGridCopy(server: TestServer, slug: string): Promise<void> {
  const file = tolorayaFile();
  const nodes = file.nodes.map((n, i) => ({ ...n, position: { x: (i % 10) * 280, y: Math.floor(i / 10) * 170 } }));
  await importMap(server.ctx, "ui-test", { ...file, nodes, map: { ...file.map, slug, title: `${file.map.title} (grid)` } });
}

export async function fetchGraph(server: TestServer, slug: string): Promise<Graph> {
  const response = await fetch(`${server.url}/api/v1/maps/${slug}/graph`);
  return (await response.json()) as Graph;
}

export function nodeByTitle(graph: Graph, pattern: RegExp) {
  const node = graph.nodes.find((n) => pattern.test(n.title));
  if (!node) throw new Error(`No node matches ${pattern}`);
  return node;
}

/** Opens a URL of the explorer and waits until the graph is drawn and laid out. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForGraph(page);
}

/** The graph's viewport, as the graph container publishes it. */
export async function viewport(page: Page) {
  return page.$eval('[data-testid="graph"]', (el) => {
    const box = el.getBoundingClientRect();
    const d = (el as HTMLElement).dataset;
    return { left: box.left, top: box.top, width: box.width, height: box.height, zoom: Number(d.zoom), panX: Number(d.panX), panY: Number(d.panY) };
  });
}

/** Where on the page a model position is drawn. */
export async function screenPoint(page: Page, model: { x: number; y: number }) {
  const v = await viewport(page);
  return { x: v.left + model.x * v.zoom + v.panX, y: v.top + model.y * v.zoom + v.panY };
}

/** Where in the model the centre of the canvas is. */
export async function modelAtCentre(page: Page) {
  const v = await viewport(page);
  return { x: (v.width / 2 - v.panX) / v.zoom, y: (v.height / 2 - v.panY) / v.zoom };
}

/** Waits until the viewport stops moving (animations of centring and fitting take about 350 ms). */
export async function settle(page: Page): Promise<void> {
  let last = "";
  for (let i = 0; i < 40; i += 1) {
    const now = JSON.stringify(await viewport(page));
    if (now === last) return;
    last = now;
    await page.waitForTimeout(120);
  }
}

/** Shows the whole map ("Fit"), so every node has a place on screen that a click can reach. */
export async function fitAll(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Fit", exact: true }).click();
  await settle(page);
}

/** Types into the search box via the `/` shortcut and opens the first result with Enter. */
export async function searchAndOpen(page: Page, query: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("/");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(query);
  await page.waitForSelector('#search-results [role="option"]');
  await page.keyboard.press("Enter");
}

export const detailsTitle = (page: Page) => page.locator('[data-testid="details"] #details-heading');

/**
 * A generated map of `size` nodes shaped like an argument map (proposals, claims supporting or contradicting earlier
 * ones, actors endorsing), deterministic, optionally with saved positions on a grid.
 */
export function bigMapFile(slug: string, size: number, withPositions: boolean): CruxJsonInput {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const kindOf = (i: number) => (i % 20 === 0 ? "proposal" : i % 10 === 5 ? "actor" : "claim");
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `n${i}`,
    kind: kindOf(i),
    title: `${kindOf(i) === "actor" ? "Actor" : "Statement"} ${i}: ${["Russia", "China", "the US", "Japan"][i % 4]} and the talks`,
    position: withPositions ? { x: (i % 80) * 240, y: Math.floor(i / 80) * 150 } : null,
  }));
  const argument = nodes.filter((n) => n.kind !== "actor");
  const relations = argument.slice(1).map((n, i) => ({
    id: `r${i}`,
    source: n.id,
    target: (argument[Math.floor(random() * (i + 1))] as { id: string }).id,
    relation: random() < 0.8 ? "supports" : "contradicts",
  }));
  nodes.filter((n) => n.kind === "actor").forEach((a, i) => {
    relations.push({ id: `e${i}`, source: a.id, target: (argument[Math.floor(random() * argument.length)] as { id: string }).id, relation: "endorses" });
  });
  return { format: "crux-json", formatVersion: 1, map: { slug, title: `Generated map of ${size} nodes` }, nodes, relations } as CruxJsonInput;
}
