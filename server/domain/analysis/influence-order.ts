import type { BipolarGraph } from "./bipolar-graph";
import type { Framework } from "./framework";
import type { SupportReading } from "./analysis-input";

/**
 * The claims and proposals that can change one node's grounded label under assumptions, nearest first: the node's
 * attackers in the framework (every attack path to it), nodes linked to those by supports (support-ancestors derive
 * secondary attacks, and assuming one rejected attacks what it supports; under the deductive reading also
 * support-descendants, which derive mediated attacks), and the sources of undercuts on relations touching them.
 * The crux search takes its pair candidates from the front of this list.
 *
 * @example
 * // "a contradicts p", "b supports a", "x contradicts y": the order for p is p, a, b.
 */
export function influenceOrder(framework: Framework, support: SupportReading, root: number): number[] {
  const { graph } = framework;
  const seen = new Uint8Array(framework.size);
  const order: number[] = [];
  const queue = [root];
  seen[root] = 1;
  const visit = (u: number): void => {
    if (seen[u] === 1) return;
    seen[u] = 1;
    queue.push(u);
  };
  const supportLinks = support === "deductive" ? [graph.supportIn, graph.supportOut] : support === "general" ? [graph.supportIn] : [];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head]!;
    for (let e = framework.attackers.offsets[v]!; e < framework.attackers.offsets[v + 1]!; e += 1) visit(framework.attackers.targets[e]!);
    if (v >= graph.ids.length) continue;
    order.push(v);
    for (const csr of supportLinks) for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e += 1) visit(csr.targets[e]!);
    for (const csr of [graph.supportIn, graph.supportOut, graph.attackIn, graph.attackOut]) {
      for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e += 1) visitUndercutters(graph, csr.relations[e]!, visit, 0);
    }
  }
  return order;
}

function visitUndercutters(graph: BipolarGraph, relation: number, visit: (u: number) => void, depth: number): void {
  for (const undercut of graph.undercuts.get(relation) ?? []) {
    visit(undercut.source);
    if (depth < 8) visitUndercutters(graph, undercut.relation, visit, depth + 1);
  }
}
