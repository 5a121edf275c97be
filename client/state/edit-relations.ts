import type { GraphNode } from "../../server/contract/node";
import { allowedRelations } from "../../server/contract/relation-rules";
import type { RelationKind } from "../../server/contract/vocabulary";
import type { GraphIndex } from "./graph-index";
import { searchNodes, type SearchIndex } from "./search";

/** One relation the user may draw between two nodes: its kind and direction, said as a sentence. */
export interface RelationChoice {
  relation: RelationKind;
  source: string;
  target: string;
  /** "supports", "is endorsed by", …: the verb read from the first node chosen. */
  verb: string;
  reversed: boolean;
}

const VERB: Record<RelationKind, [forward: string, backward: string]> = {
  supports: ["supports", "is supported by"],
  contradicts: ["contradicts", "is contradicted by"],
  qualifies: ["qualifies", "is qualified by"],
  endorses: ["endorses", "is endorsed by"],
  opposes: ["opposes", "is opposed by"],
  proposes: ["proposes", "is proposed by"],
  concerns: ["concerns", "is the subject of"],
  part_of: ["is part of", "has as a part"],
};

/**
 * The relations DESIGN.md's table allows between two nodes, from `from` to `to` first and then the other way round
 * (drawing from a claim to an actor offers "concerns", and also "is endorsed by"). Nothing for a node and itself.
 * @example relationChoices(claim, actor).map((c) => c.verb) // ["concerns", "is endorsed by", "is opposed by"]
 */
export function relationChoices(from: Pick<GraphNode, "id" | "kind">, to: Pick<GraphNode, "id" | "kind">): RelationChoice[] {
  if (from.id === to.id) return [];
  const forward = allowedRelations(from.kind, to.kind).map((relation) => ({ relation, source: from.id, target: to.id, verb: VERB[relation][0], reversed: false }));
  const backward = allowedRelations(to.kind, from.kind).map((relation) => ({ relation, source: to.id, target: from.id, verb: VERB[relation][1], reversed: true }));
  return [...forward, ...backward];
}

/** Whether any relation may join the two nodes, either way. */
export const canConnect = (a: Pick<GraphNode, "id" | "kind">, b: Pick<GraphNode, "id" | "kind">) => relationChoices(a, b).length > 0;

/**
 * Nodes the user may connect `source` to, for the searchable list: matches of the query (or, without one, the
 * nodes already near it and then the rest by title), never the node itself or nodes no relation can join.
 */
export function connectCandidates(index: GraphIndex, search: SearchIndex, source: GraphNode, query: string, limit = 30): GraphNode[] {
  const fits = (n: GraphNode) => canConnect(source, n);
  if (query.trim()) return searchNodes(search, query, limit * 3).map((h) => h.node).filter(fits).slice(0, limit);
  const near = new Set<string>();
  for (const r of index.graph.relations) {
    if (r.source === source.id && r.targetType === "node") near.add(r.target);
    if (r.target === source.id) near.add(r.source);
  }
  const byTitle = (a: GraphNode, b: GraphNode) => a.title.localeCompare(b.title);
  const all = index.graph.nodes.filter(fits);
  return [...all.filter((n) => near.has(n.id)).sort(byTitle), ...all.filter((n) => !near.has(n.id)).sort(byTitle)].slice(0, limit);
}
