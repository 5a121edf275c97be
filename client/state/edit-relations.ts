import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";
import { allowedRelations } from "../../server/contract/relation-rules";
import { NODE_KINDS, type NodeKind, type RelationKind } from "../../server/contract/vocabulary";
import { incomingOf, outgoingOf, type GraphIndex } from "./graph-index";
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
  return rankCandidates(index, search, { fits: (n) => canConnect(source, n), near: [source.id], query, limit });
}

/**
 * Nodes that fit, for a searchable list: matches of the query, or without one the neighbours of `near` first and
 * then the rest, each part by title.
 */
function rankCandidates(index: GraphIndex, search: SearchIndex, { fits, near, query, limit }: { fits: (n: GraphNode) => boolean; near: string[]; query: string; limit: number }): GraphNode[] {
  if (query.trim()) return searchNodes(search, query, limit * 3).map((h) => h.node).filter(fits).slice(0, limit);
  const neighbours = new Set<string>();
  for (const id of near) {
    for (const r of outgoingOf(index, id)) if (r.targetType === "node") neighbours.add(r.target);
    for (const r of incomingOf(index, id)) neighbours.add(r.source);
  }
  const byTitle = (a: GraphNode, b: GraphNode) => a.title.localeCompare(b.title);
  const all = index.graph.nodes.filter(fits);
  return [...all.filter((n) => neighbours.has(n.id)).sort(byTitle), ...all.filter((n) => !neighbours.has(n.id)).sort(byTitle)].slice(0, limit);
}

/**
 * The relation kinds a node may aim at a relation (an undercut), from the contract's table.
 * @example undercutKinds({ kind: "claim" }) // ["contradicts"]
 * @example undercutKinds({ kind: "actor" }) // []: actors endorse or oppose, they do not argue
 */
export const undercutKinds = (attacker: Pick<GraphNode, "kind">): RelationKind[] => allowedRelations(attacker.kind, "relation");

/** The kinds of node that may object to a relation, in the table's order (claims and proposals). */
export const undercutterKinds = (): NodeKind[] => NODE_KINDS.filter((kind) => undercutKinds({ kind }).length > 0);

/**
 * Nodes that may object to a relation (undercut it), for the searchable list: those the table lets aim a relation at
 * a relation, never the relation's own ends (a reason cannot object to its own inference) nor a node that already
 * objects to it. Without a query, the nodes linked to either end come first, then the rest by title.
 */
export function undercutCandidates(index: GraphIndex, search: SearchIndex, relation: GraphRelation, query: string, limit = 30): GraphNode[] {
  const ends = [relation.source, relation.target];
  const objecting = new Set(incomingOf(index, relation.id).map((r) => r.source));
  const fits = (n: GraphNode) => !ends.includes(n.id) && !objecting.has(n.id) && undercutKinds(n).length > 0;
  return rankCandidates(index, search, { fits, near: ends, query, limit });
}

const OBJECTION: Partial<Record<RelationKind, (source: string, target: string) => string>> = {
  supports: (s, t) => `even if “${s}” holds, it is no reason for “${t}”`,
  contradicts: (s, t) => `even if “${s}” holds, it is no reason against “${t}”`,
  qualifies: (s, t) => `“${s}” does not limit “${t}” after all`,
  part_of: (s, t) => `“${s}” is not really a part of “${t}”`,
};

/**
 * What objecting to a relation says, in words, for the undercut dialog: the reason does not carry.
 * @example objectionMeaning("supports", "Russia backs it", "Engage") // "even if “Russia backs it” holds, it is no reason for “Engage”"
 */
export function objectionMeaning(kind: RelationKind, source: string, target: string): string {
  return OBJECTION[kind]?.(source, target) ?? `the link from “${source}” to “${target}” does not hold`;
}
