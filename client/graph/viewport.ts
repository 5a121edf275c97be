import type cytoscape from "cytoscape";
import type { Core, NodeSingular } from "cytoscape";

/** Below this zoom the 14 px labels shrink under about 11 px on screen and stop being comfortable to read. */
export const READABLE_ZOOM = 0.8;
const PADDING = 30;

/**
 * The opening view of a map: the whole map when it fits at a readable zoom; otherwise a readable zoom on the map's
 * centre of gravity (the proposal with the most reasons bearing on it), placed in the upper third, where the
 * hierarchy puts proposals. "Fit" in the toolbar still shows everything.
 */
export function frameReadable(cy: Core, animate: boolean): void {
  const visible = cy.elements(":visible");
  if (visible.empty()) return;
  const fitted = fitZoom(cy, visible.boundingBox({ includeLabels: false }));
  if (fitted >= READABLE_ZOOM) {
    viewport(cy, { fit: { eles: visible, padding: PADDING } }, animate);
    return;
  }
  const focal = focalNode(cy);
  if (!focal) return;
  const p = focal.position();
  const zoom = READABLE_ZOOM;
  const pan = { x: cy.width() / 2 - p.x * zoom, y: Math.min(cy.height() / 3, cy.height() / 2) - p.y * zoom };
  viewport(cy, { zoom, pan }, animate);
}

function fitZoom(cy: Core, box: { w: number; h: number }): number {
  return Math.min((cy.width() - 2 * PADDING) / Math.max(1, box.w), (cy.height() - 2 * PADDING) / Math.max(1, box.h));
}

function viewport(cy: Core, target: object, animate: boolean): void {
  cy.stop();
  if (animate) cy.animate(target, { duration: 350 });
  else if ("fit" in target) cy.fit((target as { fit: { eles: never } }).fit.eles, PADDING);
  else cy.viewport(target as { zoom: number; pan: { x: number; y: number } });
}

/** The visible proposal with the most visible relations coming in, else the best-connected visible node. */
export function focalNode(cy: Core): NodeSingular | null {
  let best: NodeSingular | null = null;
  let bestScore = -1;
  cy.nodes("[nodeId]:visible").forEach((n) => {
    const score = n.incomers("edge:visible").length * 2 + n.degree(false) / 100 + (n.hasClass("proposal") ? 1000 : 0);
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
  const pan = { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom };
  viewport(cy, { zoom, pan }, true);
}
