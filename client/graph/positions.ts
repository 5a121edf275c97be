import type { Core, NodeSingular } from "cytoscape";
import type { LayoutInput, Positions } from "./layout-input";

/**
 * The graph as layouts see it: visible nodes only (hidden ones keep their place), and the visible edges, or with
 * `hiddenEdgesToo` every edge between visible nodes (grouping by actor uses `concerns` even when it is not drawn).
 */
export function layoutInputOf(cy: Core, hiddenEdgesToo = false): LayoutInput {
  const edges = hiddenEdgesToo ? cy.edges().filter((e) => e.source().visible() && e.target().visible()) : cy.edges(":visible");
  return {
    nodes: cy.nodes(":visible").map((n) => ({ id: n.id(), kind: String(n.data("kind") ?? "anchor"), width: n.width(), height: n.height() })),
    edges: edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), relation: e.data("relation") })),
  };
}

/**
 * Places nodes that have no saved position (added after the layout was saved): next to the mean of their positioned
 * neighbours when they have some, else in a row under the drawing.
 */
export function placeUnsaved(cy: Core, saved: ReadonlySet<string>): void {
  const unsaved = cy.nodes().filter((n) => !saved.has(n.id()) && !n.hasClass("anchor"));
  // Nothing to place: skip the bounding box, which would compute every node's style before the first draw.
  if (unsaved.empty()) return;
  const box = cy.nodes().filter((n) => saved.has(n.id())).boundingBox({ includeLabels: false });
  let x = box.x1;
  unsaved.forEach((n) => {
    const placed = n.neighborhood("node").filter((m) => saved.has(m.id())).nodes();
    if (placed.length > 0) {
      const mean = { x: 0, y: 0 };
      placed.forEach((m) => {
        mean.x += m.position("x") / placed.length;
        mean.y += m.position("y") / placed.length;
      });
      n.position({ x: mean.x + 40, y: mean.y + 60 });
    } else {
      n.position({ x: x + n.width() / 2, y: box.y2 + 120 });
      x += n.width() + 24;
    }
  });
}

/** Keeps each undercut anchor at the midpoint of the relation it stands for. */
export function centreAnchors(cy: Core, around?: NodeSingular): void {
  const anchors = around ? around.neighborhood("node.anchor") : cy.nodes("node.anchor");
  anchors.forEach((anchor) => {
    const out = anchor.outgoers("edge").edges().first();
    const into = cy.getElementById(`${out.id()}:in`);
    if (out.empty() || into.empty()) return;
    const a = into.source().position();
    const b = out.target().position();
    anchor.position({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  });
}

export function readPositions(cy: Core): Positions {
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = { ...n.position() };
  });
  return positions;
}
