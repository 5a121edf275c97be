import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import { RELATION_THEME } from "../theme";
import { groupByActor } from "./actor-groups";
import { removeOverlaps, spreadToDensity } from "./overlap";
import { withSeededRandom } from "./seeded-random";
import type { ComputedLayoutName, LayoutEdge, LayoutInput, LayoutNode, Positions } from "./layout-input";

let registered = false;
function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(dagre);
  cytoscape.use(fcose);
  registered = true;
}

/**
 * Computes positions on a headless Cytoscape instance, so the same code runs on the main thread for small maps and
 * in the layout worker for big ones (cytoscape, dagre and fcose run without a DOM).
 * - hierarchy: dagre over the argument (supports, contradicts, qualifies, part_of), reasons below what they bear on
 *   and proposals on top; actors in a row above, each near the nodes it is linked to.
 * - force: fcose over everything, for an overview (seeded, so the same map gives the same picture), then overlaps
 *   removed.
 * - actors: clusters around actors (graph/actor-groups.ts).
 */
export function computeLayout(name: ComputedLayoutName, input: LayoutInput): Positions {
  if (name === "actors") return placeAnchors(groupByActor(input), input);
  registerLayouts();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...input.nodes.map((n) => ({ group: "nodes" as const, data: { ...n } })),
      ...input.edges.map((e) => ({ group: "edges" as const, data: { ...e } })),
    ],
    style: [{ selector: "node", style: { width: "data(width)", height: "data(height)" } }],
  });
  try {
    if (name === "hierarchy") {
      const argument = cy.elements().filter((el) => (el.isNode() ? el.data("kind") !== "actor" : RELATION_THEME[el.data("relation") as LayoutEdge["relation"]].argumentative));
      argument.layout({ name: "dagre", rankDir: "BT", nodeSep: 28, rankSep: 64, edgeSep: 12, animate: false, fit: false } as cytoscape.LayoutOptions).run();
    } else {
      withSeededRandom(input.nodes.length, () => cy.layout(fcoseOptions(input.nodes.length)).run());
    }
    const positions: Positions = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
    if (name === "hierarchy") return placeActorRow(positions, input);
    const boxes = input.nodes.filter((n) => n.kind !== "anchor");
    return placeAnchors(removeOverlaps(boxes, spreadToDensity(boxes, positions)), input);
  } finally {
    cy.destroy();
  }
}

function fcoseOptions(size: number): cytoscape.LayoutOptions {
  return {
    name: "fcose",
    quality: "default",
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 140,
    edgeElasticity: () => 0.3,
    nodeSeparation: 90,
    gravity: 0.2,
    numIter: size > 1500 ? 1500 : 2500,
  } as cytoscape.LayoutOptions;
}

/** Actors in a row above the hierarchy, ordered by the mean x of the nodes they are linked to, never overlapping. */
function placeActorRow(positions: Positions, input: LayoutInput): Positions {
  const actors = input.nodes.filter((n) => n.kind === "actor");
  const others = input.nodes.filter((n) => n.kind !== "actor" && positions[n.id]);
  if (actors.length === 0) return positions;
  const top = others.length > 0 ? Math.min(...others.map((n) => (positions[n.id]?.y ?? 0) - n.height / 2)) : 0;
  const linkedX = new Map<string, number[]>();
  for (const e of input.edges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      const x = positions[b]?.x;
      if (x !== undefined && actors.some((n) => n.id === a)) linkedX.set(a, [...(linkedX.get(a) ?? []), x]);
    }
  }
  const mean = (a: LayoutNode) => {
    const xs = linkedX.get(a.id) ?? [];
    return xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
  };
  const ordered = actors.map((a) => ({ a, x: mean(a) })).sort((p, q) => p.x - q.x);
  const tallest = Math.max(...actors.map((a) => a.height));
  let right = -Infinity;
  for (const { a, x } of ordered) {
    const cx = Math.max(x, right + a.width / 2 + 24);
    positions[a.id] = { x: cx, y: top - 120 - tallest / 2 };
    right = cx + a.width / 2;
  }
  return positions;
}

/** Puts each undercut anchor at the midpoint of the relation it stands for (nested anchors resolved in turn). */
export function placeAnchors(positions: Positions, input: LayoutInput): Positions {
  const anchors = input.nodes.filter((n) => n.kind === "anchor");
  for (let pass = 0; pass < 4; pass += 1) {
    for (const anchor of anchors) {
      const out = input.edges.find((e) => e.source === anchor.id);
      const into = out && input.edges.find((e) => e.id === `${out.id}:in`);
      const from = into && positions[into.source];
      const to = out && positions[out.target];
      if (from && to) positions[anchor.id] = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    }
  }
  return positions;
}
