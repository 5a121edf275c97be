import type { ExplanationNode, ExplanationStep } from "../../contract/analysis";
import type { Forced } from "./assumptions";
import type { BipolarGraph, RelationCsr } from "./bipolar-graph";
import { labelOfStrength, type GradualResult } from "./gradual";
import type { TreeLimits } from "./justification-tree";

/**
 * A gradual explanation: each node with its DF-QuAD strength, and its stated attackers and supporters ordered by
 * how much they weigh (effective relation weight × their strength), each explained in turn.
 */
export function buildGradualTree(graph: BipolarGraph, gradual: GradualResult, forced: Forced, root: number, limits: TreeLimits): ExplanationNode {
  const expanded = new Set<number>();
  let budget = limits.maxNodes;
  const visit = (v: number, depth: number): ExplanationNode => {
    budget -= 1;
    const strength = gradual.strengths[v]!;
    const node = { id: graph.ids[v]!, label: labelOfStrength(strength), strength };
    if (forced[v]) return { ...node, reason: "assumed", steps: [] };
    const truncated = expanded.has(v) ? "repeat" : depth >= limits.depth ? "depth" : budget <= 0 ? "size" : undefined;
    if (truncated) return { ...node, reason: "gradual", truncated, steps: [] };
    expanded.add(v);
    const incoming = [...edgesInto(graph, gradual, graph.attackIn, v, "attack"), ...edgesInto(graph, gradual, graph.supportIn, v, "support")];
    incoming.sort((a, b) => b.pull - a.pull || a.source - b.source);
    const steps = incoming.map(({ step, source }) => ({ ...step, child: budget > 0 ? visit(source, depth + 1) : null }));
    return { ...node, reason: "gradual", steps };
  };
  return visit(root, 0);
}

function edgesInto(graph: BipolarGraph, gradual: GradualResult, csr: RelationCsr, v: number, role: "attack" | "support") {
  const found: { step: Omit<ExplanationStep, "child">; source: number; pull: number }[] = [];
  for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e += 1) {
    const source = csr.targets[e]!;
    const relation = csr.relations[e]!;
    const weight = gradual.weights[relation]!;
    const undercutBy = (graph.undercuts.get(relation) ?? []).map((u) => graph.ids[u.source]!).sort();
    const step = {
      role,
      from: graph.ids[source]!,
      kind: role === "attack" ? ("contradicts" as const) : ("supports" as const),
      relationIds: [graph.input.relations[relation]!.id],
      status: "contributes" as const,
      undercutBy,
      weight,
    };
    found.push({ step, source, pull: weight * gradual.strengths[source]! });
  }
  return found;
}
