import type { BoundingBox12, Core, ElementDefinition, NodeCollection, NodeSingular } from "cytoscape";
import { centreAnchors } from "./positions";

/** Where a node without a saved position was put, by node id (model coordinates). */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * Shows a newer version of the same map in place (a live change, or this user's own edit): removes what is gone,
 * adds what is new, updates labels and sizes, and keeps every node where it is and the viewport where it was, so a
 * reader is never thrown out of the part of the map they are working on. Edges whose ends or kind changed are
 * replaced. New nodes go to their saved position, else to free space beside the nodes they are related to, else near
 * the middle of the screen, where the user sees them appear. A node placed so that later gets a saved position (its
 * author saved where it went) moves there. Returns where nodes without a saved position were put.
 */
export function refreshElements(cy: Core, elements: ElementDefinition[]): Placed[] {
  const wanted = new Map(elements.map((el) => [el.data.id as string, el]));
  const placed: Placed[] = [];
  cy.batch(() => {
    // Elements of a drawing gesture (cytoscape-edgehandles) carry no ids of ours and are left alone.
    cy.elements()
      .filter((el) => !el.hasClass("eh-ghost") && !el.hasClass("eh-preview"))
      .filter((el) => {
        const next = wanted.get(el.id());
        if (!next) return true;
        return el.isEdge() && (el.data("source") !== next.data.source || el.data("target") !== next.data.target || el.data("relation") !== next.data.relation);
      })
      .remove();
    const fresh: ElementDefinition[] = [];
    for (const def of elements) {
      const existing = cy.getElementById(def.data.id as string);
      if (existing.empty()) {
        fresh.push(def);
        continue;
      }
      existing.data(def.data);
      if (def.position && existing.scratch("crux-unsaved")) {
        existing.position(def.position);
        existing.removeScratch("crux-unsaved");
      }
    }
    const added = cy.add(fresh).nodes().filter((n) => !n.hasClass("anchor") && !wanted.get(n.id())?.position);
    added.forEach((n) => {
      n.scratch("crux-unsaved", true);
      n.position(freeSpot(cy, n, near(cy, n, added)));
      placed.push({ id: String(n.data("nodeId")), x: Math.round(n.position("x")), y: Math.round(n.position("y")) });
    });
    centreAnchors(cy);
  });
  return placed;
}

/** The mean position of a new node's placed neighbours, a little below them; else the middle of the screen. */
function near(cy: Core, node: NodeSingular, unplaced: NodeCollection): { x: number; y: number } {
  const placed = node.neighborhood("node").difference(unplaced);
  if (placed.empty()) {
    const e = cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }
  let x = 0;
  let y = 0;
  placed.forEach((m) => {
    x += m.position("x") / placed.length;
    y += m.position("y") / placed.length;
  });
  return { x, y: y + node.height() + 40 };
}

const GAP = 16;
const overlaps = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** The first spot on rings around `around` where the node's box overlaps no other node (Cytoscape model units). */
function freeSpot(cy: Core, node: NodeSingular, around: { x: number; y: number }): { x: number; y: number } {
  const w = node.width();
  const h = node.height();
  const others = cy.nodes().not(node).map((n) => n.boundingBox({ includeLabels: false }));
  const fits = (x: number, y: number) => others.every((b) => !overlaps({ x1: x - w / 2, x2: x + w / 2, y1: y - h / 2, y2: y + h / 2 }, b));
  if (fits(around.x, around.y)) return around;
  for (let ring = 1; ring <= 12; ring += 1) {
    const steps = 8 * ring;
    for (let i = 0; i < steps; i += 1) {
      const angle = (2 * Math.PI * i) / steps;
      const spot = { x: around.x + Math.cos(angle) * ring * (w * 0.6), y: around.y + Math.sin(angle) * ring * (h + GAP) };
      if (fits(spot.x, spot.y)) return spot;
    }
  }
  return around;
}
