import { EdgeList, buildCsr, type Csr } from "./csr";
import { LABELS, type AttackGraph } from "./grounded";
import { stronglyConnectedComponents } from "./scc";

const { UNDEC } = LABELS;

/**
 * One connected part of what the grounded labelling leaves UNDEC, renumbered 0..n-1. Every complete extension is
 * the grounded extension plus a complete extension of the UNDEC part (arguments OUT in grounded are attacked by it,
 * and no UNDEC argument attacks an IN one), and the complete extensions of a disjoint union are the unions of one
 * per part; so preferred and stable searches run on each part alone and the results are combined.
 */
export interface Residue {
  readonly size: number;
  /** Global index of each local argument. */
  readonly members: Int32Array;
  readonly attackers: Csr;
  readonly attacked: Csr;
  /** Local arguments in branching order: upstream strongly connected components first, then most attacks first. */
  readonly order: Int32Array;
}

/** The weakly connected parts of `graph` restricted to the arguments labelled 0 (UNDEC) in `labels`. */
export function buildResidues(graph: AttackGraph, labels: Uint8Array): Residue[] {
  const parent = new Int32Array(graph.size).fill(-1);
  const undecided: number[] = [];
  for (let v = 0; v < graph.size; v += 1) {
    if (labels[v] !== UNDEC) continue;
    parent[v] = v;
    undecided.push(v);
  }
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const { offsets, targets } = graph.attackers;
  for (const v of undecided) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) if (parent[targets[e]!]! >= 0) parent[find(targets[e]!)] = find(v);
  }
  const parts = new Map<number, number[]>();
  for (const v of undecided) {
    const root = find(v);
    const part = parts.get(root) ?? [];
    part.push(v);
    parts.set(root, part);
  }
  return [...parts.values()].map((members) => buildResidue(graph, members));
}

function buildResidue(graph: AttackGraph, memberList: readonly number[]): Residue {
  const local = new Map<number, number>(memberList.map((v, lv) => [v, lv]));
  const size = memberList.length;
  const edges = new EdgeList();
  const { offsets, targets } = graph.attackers;
  memberList.forEach((v, lv) => {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const lu = local.get(targets[e]!);
      if (lu !== undefined) edges.push(lu, lv);
    }
  });
  const attacked = buildCsr(size, edges, false);
  return {
    size,
    members: Int32Array.from(memberList),
    attackers: buildCsr(size, edges, true),
    attacked,
    order: branchingOrder(attacked),
  };
}

/**
 * Deciding upstream components first lets propagation settle what they attack (the idea behind SCC-recursive
 * semantics, Baroni, Giacomin & Guida, AIJ 168, 2005); within a component, arguments attacking more go first.
 */
function branchingOrder(attacked: Csr): Int32Array {
  const size = attacked.offsets.length - 1;
  const { component } = stronglyConnectedComponents(attacked);
  const order = Array.from({ length: size }, (_, v) => v);
  const outDegree = (v: number): number => attacked.offsets[v + 1]! - attacked.offsets[v]!;
  order.sort((a, b) => component[b]! - component[a]! || outDegree(b) - outDegree(a) || a - b);
  return Int32Array.from(order);
}
