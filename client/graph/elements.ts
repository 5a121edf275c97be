import type { ElementDefinition } from "cytoscape";
import type { Graph } from "../../server/contract/graph";
import type { Visibility } from "../state/visibility";
import type { LayoutInput } from "./layout-input";
import { nodeBox, type MeasureText } from "./node-size";

/**
 * Element ids are prefixed so nodes, edges and undercut anchors can never collide in Cytoscape, whatever ids the
 * API hands out: `n:<node id>`, `r:<relation id>` and, for an attacked relation, `u:<relation id>` (its midpoint
 * anchor) with `r:<relation id>:in` (the half from its source to the anchor).
 */
export const nodeElementId = (nodeId: string) => `n:${nodeId}`;
export const relationElementId = (relationId: string) => `r:${relationId}`;
export const anchorElementId = (relationId: string) => `u:${relationId}`;
export const relationInElementId = (relationId: string) => `r:${relationId}:in`;

export interface ElementsOptions {
  /**
   * Extension point: a status per node id (e.g. acceptance "accepted" | "rejected" | "undecided"), added as the class
   * `status-<value>` so a stylesheet rule can colour it without rebuilding the builder.
   */
  status?: Readonly<Record<string, string>>;
  /**
   * What the filters and focus hide or fade: elements are built with those classes already, so a map is styled once
   * when it is first drawn rather than drawn and restyled (measured: restyling 5,000 nodes costs about a second).
   */
  visibility?: Visibility;
  focusRoot?: string | null;
  /** How label text is measured for wrapping and node sizes (the browser's metrics in the app; an estimate otherwise). */
  measure?: MeasureText;
}

/** The classes that filters and focus put on elements (graph/stylesheet.ts draws them). */
export const VISIBILITY_CLASSES = ["hidden", "faded", "focus-root"] as const;
export type VisibilityClass = (typeof VISIBILITY_CLASSES)[number];

/**
 * The visibility classes of one element, from its data: a map node (`nodeId`) or a relation's edge, half-edge or
 * undercut anchor (`relationId`). Hidden: filtered out. Faded: outside the focus. Focus-root: the focused node.
 */
export function visibilityClassesOf(data: { nodeId?: string; relationId?: string }, visibility: Visibility, focusRoot: string | null): VisibilityClass[] {
  const classes: VisibilityClass[] = [];
  const { focused } = visibility;
  if (data.nodeId !== undefined) {
    if (visibility.hiddenNodes.has(data.nodeId)) classes.push("hidden");
    if (focused && !focused.nodes.has(data.nodeId)) classes.push("faded");
    if (focused && data.nodeId === focusRoot) classes.push("focus-root");
  } else if (data.relationId !== undefined) {
    if (visibility.hiddenRelations.has(data.relationId)) classes.push("hidden");
    if (focused && !focused.relations.has(data.relationId)) classes.push("faded");
  }
  return classes;
}

/**
 * Map → Cytoscape elements, pure, nodes (and anchors) before edges. Nodes carry their size (the wrapped title fits inside) and kind; each relation is
 * an edge classed by its kind. A relation that something undercuts is split at a small anchor node, source → anchor
 * → target, and the undercut points at the anchor, so a reader sees which inference it attacks (and any layout
 * keeps the anchor between the two ends). Relations with a missing end are left out.
 */
export function buildElements(graph: Graph, options: ElementsOptions = {}): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  const drawn = drawableRelations(graph);
  const attacked = new Set(graph.relations.filter((r) => r.targetType === "relation" && drawn.has(r.id)).map((r) => r.target));
  const { visibility, focusRoot = null } = options;
  const shown = (data: { nodeId?: string; relationId?: string }) => (visibility ? visibilityClassesOf(data, visibility, focusRoot) : []);
  for (const node of graph.nodes) {
    const box = nodeBox(node.kind, node.title, options.measure);
    const status = options.status?.[node.id];
    elements.push({
      group: "nodes",
      data: { id: nodeElementId(node.id), nodeId: node.id, kind: node.kind, ...box },
      position: node.position ? { ...node.position } : undefined,
      classes: [node.kind, ...(status ? [`status-${status}`] : []), ...shown({ nodeId: node.id })],
    });
  }
  const relationById = new Map(graph.relations.map((r) => [r.id, r]));
  for (const id of attacked) {
    const r = relationById.get(id);
    if (r) elements.push({ group: "nodes", data: { id: anchorElementId(id), relationId: id, relation: r.relation, width: 14, height: 14 }, classes: ["anchor", ...shown({ relationId: id })] });
  }
  const endOf = (id: string, type: "node" | "relation") => (type === "node" ? nodeElementId(id) : anchorElementId(id));
  for (const r of graph.relations) {
    if (!drawn.has(r.id)) continue;
    const data = { relationId: r.id, relation: r.relation, undercut: r.targetType === "relation" };
    const source = nodeElementId(r.source);
    const target = endOf(r.target, r.targetType);
    const classes = [r.relation, ...shown({ relationId: r.id })];
    if (attacked.has(r.id)) {
      const anchor = anchorElementId(r.id);
      elements.push(
        { group: "edges", data: { id: relationInElementId(r.id), source, target: anchor, ...data }, classes: [...classes, "segment"] },
        { group: "edges", data: { id: relationElementId(r.id), source: anchor, target, ...data }, classes },
      );
    } else {
      elements.push({ group: "edges", data: { id: relationElementId(r.id), source, target, ...data }, classes });
    }
  }
  return elements;
}

/** Relations whose two ends exist: nodes of the map, or (for undercuts) relations that are themselves drawn. */
function drawableRelations(graph: Graph): Set<string> {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const byId = new Map(graph.relations.map((r) => [r.id, r]));
  const verdict = new Map<string, boolean>();
  const drawable = (id: string, seen: Set<string>): boolean => {
    const known = verdict.get(id);
    if (known !== undefined) return known;
    const r = byId.get(id);
    let ok = false;
    if (r && nodeIds.has(r.source) && !seen.has(id)) {
      ok = r.targetType === "node" ? nodeIds.has(r.target) : drawable(r.target, new Set([...seen, id]));
    }
    verdict.set(id, ok);
    return ok;
  };
  return new Set(graph.relations.filter((r) => drawable(r.id, new Set())).map((r) => r.id));
}

/** Which elements a layout should place: those the filters leave visible (by node id and relation id). */
export interface HiddenSets {
  hiddenNodes: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
}

/**
 * The layout input straight from built elements, before they are drawn, so a big map is laid out first and drawn
 * once in place. Hidden nodes and relations are left out; with `hiddenEdgesToo`, hidden relations between visible
 * nodes still count (grouping by actor uses `concerns` even when it is not drawn).
 */
export function layoutInputOfElements(elements: ElementDefinition[], hidden: HiddenSets, hiddenEdgesToo = false): LayoutInput {
  const nodes: LayoutInput["nodes"] = [];
  const shown = new Set<string>();
  for (const el of elements) {
    if (el.group !== "nodes") continue;
    const d = el.data;
    const isHidden = d.nodeId ? hidden.hiddenNodes.has(d.nodeId) : hidden.hiddenRelations.has(d.relationId);
    if (isHidden) continue;
    shown.add(d.id as string);
    nodes.push({ id: d.id as string, kind: d.kind ?? "anchor", width: d.width, height: d.height });
  }
  const edges: LayoutInput["edges"] = [];
  for (const el of elements) {
    const d = el.data;
    if (el.group !== "edges" || !shown.has(d.source) || !shown.has(d.target)) continue;
    if (!hiddenEdgesToo && hidden.hiddenRelations.has(d.relationId)) continue;
    edges.push({ id: d.id as string, source: d.source, target: d.target, relation: d.relation });
  }
  return { nodes, edges };
}
