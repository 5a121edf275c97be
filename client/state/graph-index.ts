import type { Graph } from "../../server/contract/graph";
import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";

/** A map's graph with lookups by id and by endpoint, built once per loaded graph. */
export interface GraphIndex {
  graph: Graph;
  nodes: ReadonlyMap<string, GraphNode>;
  relations: ReadonlyMap<string, GraphRelation>;
  /** Relations by their source node id. */
  outgoing: ReadonlyMap<string, GraphRelation[]>;
  /** Relations by their target id (a node id, or a relation id for undercuts). */
  incoming: ReadonlyMap<string, GraphRelation[]>;
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const relations = new Map(graph.relations.map((r) => [r.id, r]));
  const outgoing = new Map<string, GraphRelation[]>();
  const incoming = new Map<string, GraphRelation[]>();
  const push = (into: Map<string, GraphRelation[]>, key: string, r: GraphRelation) => {
    const list = into.get(key);
    if (list) list.push(r);
    else into.set(key, [r]);
  };
  for (const r of graph.relations) {
    push(outgoing, r.source, r);
    push(incoming, r.target, r);
  }
  return { graph, nodes, relations, outgoing, incoming };
}

export const outgoingOf = (index: GraphIndex, id: string): GraphRelation[] => index.outgoing.get(id) ?? [];
export const incomingOf = (index: GraphIndex, id: string): GraphRelation[] => index.incoming.get(id) ?? [];

/** The node at the end of a relation's target, or for an undercut the node its attacked relation points to. */
export function targetNodeOf(index: GraphIndex, relation: GraphRelation): GraphNode | undefined {
  if (relation.targetType === "node") return index.nodes.get(relation.target);
  const attacked = index.relations.get(relation.target);
  return attacked ? index.nodes.get(attacked.target) : undefined;
}

/** A short readable name for a relation: "A supports B". */
export function describeRelation(index: GraphIndex, relation: GraphRelation, depth = 0): string {
  const source = index.nodes.get(relation.source)?.title ?? "?";
  const attacked = relation.targetType === "relation" ? index.relations.get(relation.target) : undefined;
  const target = attacked && depth < 3 ? `(${describeRelation(index, attacked, depth + 1)})` : (index.nodes.get(relation.target)?.title ?? "?");
  return `${source} ${relation.relation.replace("_", " ")} ${target}`;
}
