import type cytoscape from "cytoscape";
import type { Core, NodeSingular } from "cytoscape";

/** Below this zoom the 14 px labels shrink under about 11 px on screen and stop being comfortable to read. */
export const READABLE_ZOOM = 0.8;
/** A map of a few nodes opens no closer than this: fitted to the canvas, two cards would fill the screen. */
const OPENING_ZOOM_MAX = 1.25;
const PADDING = 30;

/**
 * The opening view of a map: the whole map, centred, when it fits at a readable zoom (and no closer than
 * OPENING_ZOOM_MAX); otherwise a readable zoom on the map's centre of gravity (the proposal with the most reasons
 * bearing on it), placed in the upper third, where the hierarchy puts proposals. "Fit" in the toolbar still shows
 * everything.
 */
export function frameReadable(cy: Core, animate: boolean): void {
  const visible = shownElements(cy.nodes());
  if (visible.empty()) return;
  const box = nodesBox(visible);
  const fitted = Math.min(cy.maxZoom(), OPENING_ZOOM_MAX, fitZoom(cy, box));
  if (fitted >= READABLE_ZOOM) {
    viewport(cy, { zoom: fitted, pan: centredOn(cy, box, fitted) }, animate);
    return;
  }
  const focal = focalNode(cy);
  if (!focal) return;
  const p = focal.position();
  const zoom = READABLE_ZOOM;
  const pan = { x: cy.width() / 2 - p.x * zoom, y: Math.min(cy.height() / 3, cy.height() / 2) - p.y * zoom };
  viewport(cy, { zoom, pan }, animate);
}

/**
 * The box around nodes from their positions and the sizes in their data (graph/node-size.ts), with no style
 * computed: on a first load Cytoscape's own boundingBox styles every element, and the first frame styles them again.
 */
function nodesBox(nodes: cytoscape.NodeCollection): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const w = Number(n.data("width") ?? 0) / 2;
    const h = Number(n.data("height") ?? 0) / 2;
    x1 = Math.min(x1, x - w);
    x2 = Math.max(x2, x + w);
    y1 = Math.min(y1, y - h);
    y2 = Math.max(y2, y + h);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

function fitZoom(cy: Core, box: { w: number; h: number }): number {
  return Math.min((cy.width() - 2 * PADDING) / Math.max(1, box.w), (cy.height() - 2 * PADDING) / Math.max(1, box.h));
}

/** The pan that puts the middle of `box` in the middle of the canvas at `zoom`. */
function centredOn(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }, zoom: number): { x: number; y: number } {
  return { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom };
}

function viewport(cy: Core, target: { zoom: number; pan: { x: number; y: number } }, animate: boolean): void {
  cy.stop();
  if (animate) cy.animate(target, { duration: 350 });
  else cy.viewport(target);
}

/**
 * The elements the filters leave on screen. Read from the `hidden` class rather than Cytoscape's `:visible`, which
 * computes every element's style to answer (measured: about a second for 5,000 nodes on first load). Relations with
 * a hidden end are hidden themselves (state/visibility.ts), so the class says it all.
 */
export function shownElements<T extends { not(selector: string): unknown }>(elements: T): T {
  return elements.not(".hidden") as T;
}

/** The visible proposal with the most visible relations coming in, else the best-connected visible node. */
export function focalNode(cy: Core): NodeSingular | null {
  // One pass over the edges rather than each node's incomers (measured: 0.7 s for 10,000 nodes).
  const incoming = new Map<string, number>();
  const degree = new Map<string, number>();
  const shown = new Set(shownElements(cy.edges()).map((e) => e.id()));
  cy.edges().forEach((e) => {
    const source = e.data("source") as string;
    const target = e.data("target") as string;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    if (shown.has(e.id())) incoming.set(target, (incoming.get(target) ?? 0) + 1);
  });
  let best: NodeSingular | null = null;
  let bestScore = -1;
  shownElements(cy.nodes("[nodeId]")).forEach((n) => {
    const id = n.id();
    const score = (incoming.get(id) ?? 0) * 2 + (degree.get(id) ?? 0) / 100 + (n.hasClass("proposal") ? 1000 : 0);
    if (score > bestScore) {
      best = n;
      bestScore = score;
    }
  });
  return best;
}

/** Brings a set of elements into view, no closer than `maxZoom` (a small neighbourhood should not fill the screen). */
export function frameElements(cy: Core, elements: cytoscape.CollectionReturnValue, maxZoom = 1.1): void {
  if (elements.empty()) return;
  const box = elements.boundingBox({ includeLabels: false });
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, fitZoom(cy, box)));
  viewport(cy, { zoom, pan: centredOn(cy, box, zoom) }, true);
}
