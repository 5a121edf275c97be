import type { BipolarGraph } from "./bipolar-graph";

/**
 * Claims and proposals ordered by how contested they are: most stated `contradicts` aimed at them first, then most
 * they aim at others, then id. Nodes in no contradiction are left out.
 */
export function mostContested(graph: BipolarGraph): { node: string; attackers: number; attacks: number }[] {
  const degree = (csr: BipolarGraph["attackIn"], v: number): number => csr.offsets[v + 1]! - csr.offsets[v]!;
  return graph.ids
    .map((node, v) => ({ node, attackers: degree(graph.attackIn, v), attacks: degree(graph.attackOut, v) }))
    .filter((entry) => entry.attackers + entry.attacks > 0)
    .sort((a, b) => b.attackers - a.attackers || b.attacks - a.attacks || (a.node < b.node ? -1 : 1));
}

/**
 * Claims ordered by how much rests on them: most proposals reachable through chains of `supports` first, then most
 * nodes reachable that way (support descendants), then id. Claims that support nothing are left out.
 *
 * @example
 * // "a supports b", "b supports p", "a supports q" (p, q proposals): a reaches 2 proposals, 3 descendants.
 */
export function mostReliedOn(graph: BipolarGraph): { claim: string; proposals: number; descendants: number }[] {
  const { supportOut } = graph;
  const seen = new Int32Array(graph.ids.length).fill(-1);
  const queue = new Int32Array(graph.ids.length);
  const found: { claim: string; proposals: number; descendants: number }[] = [];
  for (let start = 0; start < graph.ids.length; start += 1) {
    if (graph.isProposal[start] === 1) continue;
    let tail = 0;
    let proposals = 0;
    queue[tail++] = start;
    seen[start] = start;
    for (let head = 0; head < tail; head += 1) {
      const v = queue[head]!;
      for (let e = supportOut.offsets[v]!; e < supportOut.offsets[v + 1]!; e += 1) {
        const w = supportOut.targets[e]!;
        if (seen[w] === start) continue;
        seen[w] = start;
        queue[tail++] = w;
        proposals += graph.isProposal[w]!;
      }
    }
    if (tail > 1) found.push({ claim: graph.ids[start]!, proposals, descendants: tail - 1 });
  }
  return found.sort((a, b) => b.proposals - a.proposals || b.descendants - a.descendants || (a.claim < b.claim ? -1 : 1));
}
