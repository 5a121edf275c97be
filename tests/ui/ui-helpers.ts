import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Graph } from "../../server/contract/graph";
import type { CruxJsonInput } from "../../server/contract/crux-json";
import { importMap } from "../../server/usecases/import-map";
import { waitForGraph } from "../support/browser";
import { ROOT, type TestServer, type TestUser } from "../support/test-server";

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

/** Signs in from the header's form and waits until the header names the user. */
export async function signInAs(page: Page, user: TestUser): Promise<void> {
  await page.getByTestId("account").getByRole("button", { name: "Sign in" }).click();
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Username").fill(user.username);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.locator(".account-name", { hasText: user.username }).waitFor();
}

/**
 * Opens a URL of the explorer and, given a user, signs in unless the browser's session already is (the tabs of one
 * browser share its cookies). Returns whether it signed in.
 */
export async function openExplorerAs(page: Page, url: string, user: TestUser | null): Promise<boolean> {
  await openExplorer(page, url);
  await page.getByTestId("account").waitFor();
  if (!user || (await page.locator(".account-name").count()) > 0) return false;
  await signInAs(page, user);
  return true;
}

/** The graph container's box on the page and the data attributes it publishes (zoom, pan, drawn counts, ...). */
function readGraphContainer(page: Page) {
  return page.$eval('[data-testid="graph"]', (el) => {
    const { left, top, width, height } = el.getBoundingClientRect();
    return { left, top, width, height, data: { ...(el as HTMLElement).dataset } };
  });
}

/** The graph's viewport, as the graph container publishes it. */
export async function viewport(page: Page) {
  const { left, top, width, height, data } = await readGraphContainer(page);
  return { left, top, width, height, zoom: Number(data.zoom), panX: Number(data.panX), panY: Number(data.panY) };
}

/** The graph container's published count of drawn nodes, relations and undercut anchors (diamonds on attacked relations). */
export async function drawnCounts(page: Page): Promise<{ nodes: number; relations: number; anchors: number }> {
  const { data } = await readGraphContainer(page);
  return { nodes: Number(data.drawnNodes), relations: Number(data.drawnRelations), anchors: Number(data.drawnAnchors) };
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
 * Selects a phrase of the reader's text with the mouse, as a user would: the phrase is scrolled into view and dragged
 * over from its first character to its last. The phrase must lie in one run of text (not across highlights).
 */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const points = await page.evaluate((wanted) => {
    const box = document.querySelector('[data-testid="reader"]') as HTMLElement;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? "").indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      // Plain text runs are children of the scrolling box itself: scroll the box so the phrase is in its upper third.
      box.scrollTop += range.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!points) throw new Error(`“${phrase}” is not in one run of the reader's text`);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
}

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

/** What the graph container publishes about the acceptance marks Cytoscape actually drew (graph/graph-canvas.tsx). */
export const drawnMarks = (page: Page) =>
  page.getByTestId("graph").evaluate((el) => {
    const d = (el as HTMLElement).dataset;
    return { analysis: d.analysis, counts: d.statusCounts ?? "", selected: d.selectedStatus ?? "", fill: d.selectedFill ?? "" };
  });

export type DrawnMarks = Awaited<ReturnType<typeof drawnMarks>>;

/** Waits (up to 15 s) until the drawn marks pass `check`, and returns them. */
export async function waitForMarks(page: Page, check: (marks: DrawnMarks) => boolean): Promise<DrawnMarks> {
  for (let i = 0; i < 150; i += 1) {
    const now = await drawnMarks(page);
    if (check(now)) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`The graph never showed the expected marks: ${JSON.stringify(await drawnMarks(page))}`);
}
