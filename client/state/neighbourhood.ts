import type { GraphRelation } from "../../server/contract/relation";
import { incomingOf, outgoingOf, type GraphIndex } from "./graph-index";

/** A part of the map: node ids and relation ids. */
export interface Subgraph {
  nodes: Set<string>;
  relations: Set<string>;
}

/** Which relations may be walked (e.g. only those the filters leave visible). */
export type RelationFilter = (relation: GraphRelation) => boolean;
const everyRelation: RelationFilter = () => true;

/**
 * The node ids within `depth` hops of `start`, following relations forward ("out": what the node supports, attacks,
 * concerns), backward ("in": its reasons, objections, endorsers) or both. An undercut of a relation R is a hop forward
 * to both ends of R and backward from R's target, and brings R along: a focused claim shows the attacks on the
 * reasons for it, and a focused undercut shows the inference it attacks.
 *
 * Example: a → b → c (supports), focus on b, "in", depth 1 → { a, b } with relation a→b.
 */
export function neighbourhood(index: GraphIndex, start: string, mode: "in" | "out" | "both", depth: number, allowed = everyRelation): Subgraph {
  const result: Subgraph = { nodes: new Set([start]), relations: new Set() };
  if (!index.nodes.has(start)) return { nodes: new Set(), relations: new Set() };
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { relation, neighbour } of steps(index, id, mode)) {
        if (!allowed(relation)) continue;
        result.relations.add(relation.id);
        if (relation.targetType === "relation") result.relations.add(relation.target);
        if (!result.nodes.has(neighbour)) {
          result.nodes.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return result;
}

function* steps(index: GraphIndex, id: string, mode: "in" | "out" | "both"): Generator<{ relation: GraphRelation; neighbour: string }> {
  if (mode !== "in") {
    for (const r of outgoingOf(index, id)) {
      const attacked = r.targetType === "relation" ? index.relations.get(r.target) : undefined;
      const ends = attacked ? [attacked.source, attacked.target] : [r.target];
      for (const end of ends) if (index.nodes.has(end)) yield { relation: r, neighbour: end };
    }
  }
  if (mode !== "out") {
    for (const r of incomingOf(index, id)) {
      yield { relation: r, neighbour: r.source };
      for (const undercut of incomingOf(index, r.id)) yield { relation: undercut, neighbour: undercut.source };
    }
  }
}

/** The part a node plays in what a claim or proposal rests on. */
export type RestsOnRole = "root" | "reason" | "qualification" | "component" | "objection";

export interface RestsOn extends Subgraph {
  roles: Map<string, RestsOnRole>;
}

/**
 * What a proposal (or claim) rests on: its support tree (reasons, their reasons, and so on), the qualifications
 * and components (part_of) of everything in the tree, and the objections to it: every reason against, or undercut
 * of, a member of the tree. Objections are shown but not followed further, so the tree stays about the root.
 */
export function restsOn(index: GraphIndex, root: string, allowed = everyRelation): RestsOn {
  const roles = new Map<string, RestsOnRole>();
  const relations = new Set<string>();
  if (!index.nodes.has(root)) return { nodes: new Set(), relations, roles };
  roles.set(root, "root");
  const queue = [root];
  const treeRole = { supports: "reason", qualifies: "qualification", part_of: "component" } as const;
  const addObjection = (r: GraphRelation) => {
    relations.add(r.id);
    if (!roles.has(r.source)) roles.set(r.source, "objection");
  };
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const r of incomingOf(index, id)) {
      if (!allowed(r)) continue;
      if (r.relation === "contradicts") addObjection(r);
      const role = (treeRole as Record<string, RestsOnRole | undefined>)[r.relation];
      if (!role) continue;
      relations.add(r.id);
      for (const undercut of incomingOf(index, r.id)) if (allowed(undercut)) addObjection(undercut);
      const known = roles.get(r.source);
      if (known === undefined || known === "objection") {
        roles.set(r.source, role);
        queue.push(r.source);
      }
    }
  }
  return { nodes: new Set(roles.keys()), relations, roles };
}
