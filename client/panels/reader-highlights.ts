import type { Graph } from "../../server/contract/graph";
import type { Highlight } from "../state/text-segments";

/** What a click on a highlight in the source reader selects: the node or the relation its excerpt anchors. */
export type HighlightTarget = { type: "node"; id: string } | { type: "relation"; id: string };

/** What is selected in the view: at most one of a node and a relation. */
export interface ReaderSelection {
  node: string | null;
  relation: string | null;
}

/** Every excerpt of one document that is still in place: the nodes' own, and the relations'. */
export function highlightsOf(graph: Graph, documentId: string): Highlight[] {
  const highlights: Highlight[] = [];
  for (const node of graph.nodes) {
    for (const e of node.excerpts) if (e.documentId === documentId && !e.orphaned) highlights.push({ excerptId: e.id, nodeId: node.id, relationId: null, start: e.start, end: e.end });
  }
  for (const r of graph.relations) {
    for (const e of r.excerpts) if (e.documentId === documentId && !e.orphaned) highlights.push({ excerptId: e.id, nodeId: null, relationId: r.id, start: e.start, end: e.end });
  }
  return highlights;
}

/**
 * What a click on a run of text covered by these highlights selects: the owner of the shortest (innermost) excerpt,
 * since the wider ones stay reachable from their other words. Where a node's excerpt and a relation's are equally
 * long, the node wins (a claim is what a reader most often looks for); among equals, the first listed.
 *
 * Example: the words "leverage" inside a node's sentence and a relation's shorter phrase select the relation.
 */
export function primaryTarget(highlights: readonly Highlight[]): HighlightTarget | null {
  const length = (h: Highlight) => h.end - h.start + (h.nodeId ? 0 : 0.5);
  const best = [...highlights].sort((a, b) => length(a) - length(b))[0];
  if (best?.nodeId) return { type: "node", id: best.nodeId };
  if (best?.relationId) return { type: "relation", id: best.relationId };
  return null;
}

/** True when one of these highlights is a quote of the selected node or of the selected relation. */
export function quotesSelection(highlights: readonly Highlight[], selection: ReaderSelection): boolean {
  return highlights.some((h) => (selection.node !== null && h.nodeId === selection.node) || (selection.relation !== null && h.relationId === selection.relation));
}

/** The distinct owners of these highlights, nodes and relations apart, in the order they come. */
export function ownersOf(highlights: readonly Highlight[]): { nodes: string[]; relations: string[] } {
  const nodes = new Set<string>();
  const relations = new Set<string>();
  for (const h of highlights) {
    if (h.nodeId) nodes.add(h.nodeId);
    if (h.relationId) relations.add(h.relationId);
  }
  return { nodes: [...nodes], relations: [...relations] };
}
