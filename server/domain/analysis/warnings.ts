import type { AnalysisWarning, WarningCode, WarningsReport } from "../../contract/analysis";
import type { AnalysisInput, AnalysisNode, AnalysisRelation } from "./analysis-input";
import { buildBipolarGraph, compareIds, type BipolarGraph } from "./bipolar-graph";
import { stronglyConnectedComponents } from "./scc";
import { collectStances } from "./stances";

const CODE_ORDER: readonly WarningCode[] = [
  "contradictory_endorsements", "endorses_and_opposes", "unsupported_proposal", "supports_and_contradicts", "support_cycle", "missing_excerpt",
];

/**
 * Problems an author may want to fix, none of which stops analysis:
 * - `contradictory_endorsements`: an actor endorses (or proposes) two nodes one of which contradicts the other;
 * - `endorses_and_opposes`: an actor both backs and opposes the same node;
 * - `unsupported_proposal`: a proposal that nothing supports (no reason is given for it);
 * - `supports_and_contradicts`: a node that both supports and contradicts the same target;
 * - `support_cycle`: nodes that support each other in a circle (circular reasoning);
 * - `missing_excerpt`: a claim or proposal with no excerpt, when the input says how many it has
 *   (`excerptCount` or `excerpts`; nodes that say neither are not checked).
 * Warnings come sorted by code, then by the ids involved.
 */
export function findWarnings(input: AnalysisInput): WarningsReport {
  const graph = buildBipolarGraph(input);
  const name = namer(input.nodes);
  const warnings = [
    ...actorWarnings(input, name),
    ...unsupportedProposals(graph, name),
    ...mixedRelations(input, name),
    ...supportCycles(graph, name),
    ...missingExcerpts(input.nodes, name),
  ];
  warnings.sort((a, b) => CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) || compareIds(a.nodeIds.join(" "), b.nodeIds.join(" ")));
  return { warnings };
}

type Namer = (id: string) => string;

function namer(nodes: readonly AnalysisNode[]): Namer {
  const titles = new Map(nodes.map((node) => [node.id, node.title] as const));
  return (id) => `"${titles.get(id) ?? id}"`;
}

function warning(code: WarningCode, message: string, nodeIds: string[], relationIds: string[]): AnalysisWarning {
  return { code, message, nodeIds: [...new Set(nodeIds)].sort(compareIds), relationIds: [...new Set(relationIds)].sort(compareIds) };
}

function actorWarnings(input: AnalysisInput, name: Namer): AnalysisWarning[] {
  const found: AnalysisWarning[] = [];
  const stanceRelations = (actor: string, target: string) =>
    input.relations.filter((r) => r.source === actor && r.target === target && ["endorses", "proposes", "opposes"].includes(r.relation)).map((r) => r.id);
  for (const [actor, stances] of collectStances(input)) {
    const backed = new Set([...stances.endorses, ...stances.proposes]);
    for (const relation of input.relations) {
      if (relation.relation !== "contradicts" || relation.targetType !== "node") continue;
      if (!backed.has(relation.source) || !backed.has(relation.target)) continue;
      const message = `${name(actor)} endorses both ${name(relation.source)} and ${name(relation.target)}, but the first contradicts the second.`;
      found.push(warning("contradictory_endorsements", message, [actor, relation.source, relation.target], [relation.id, ...stanceRelations(actor, relation.source), ...stanceRelations(actor, relation.target)]));
    }
    for (const id of [...backed].filter((id) => stances.opposes.has(id)).sort(compareIds)) {
      found.push(warning("endorses_and_opposes", `${name(actor)} both backs and opposes ${name(id)}.`, [actor, id], stanceRelations(actor, id)));
    }
  }
  return found;
}

function unsupportedProposals(graph: BipolarGraph, name: Namer): AnalysisWarning[] {
  return graph.ids
    .filter((id, v) => graph.isProposal[v] === 1 && graph.supportIn.offsets[v] === graph.supportIn.offsets[v + 1])
    .map((id) => warning("unsupported_proposal", `Proposal ${name(id)} has no reason for it: nothing supports it.`, [id], []));
}

function mixedRelations(input: AnalysisInput, name: Namer): AnalysisWarning[] {
  const byPair = new Map<string, AnalysisRelation[]>();
  for (const relation of input.relations) {
    if (relation.targetType !== "node" || (relation.relation !== "supports" && relation.relation !== "contradicts")) continue;
    const key = `${relation.source}\u0000${relation.target}`;
    byPair.set(key, [...(byPair.get(key) ?? []), relation]);
  }
  return [...byPair.values()]
    .filter((relations) => new Set(relations.map((r) => r.relation)).size === 2)
    .map(([first, ...rest]) =>
      warning("supports_and_contradicts", `${name(first!.source)} both supports and contradicts ${name(first!.target)}.`, [first!.source, first!.target], [first!, ...rest].map((r) => r.id)),
    );
}

function supportCycles(graph: BipolarGraph, name: Namer): AnalysisWarning[] {
  const { component, count } = stronglyConnectedComponents(graph.supportOut);
  const members: number[][] = Array.from({ length: count }, () => []);
  component.forEach((c, v) => members[c]!.push(v));
  const found: AnalysisWarning[] = [];
  for (const cycle of members) {
    const inCycle = new Set(cycle);
    const relations: string[] = [];
    for (const v of cycle) {
      for (let e = graph.supportOut.offsets[v]!; e < graph.supportOut.offsets[v + 1]!; e += 1) {
        if (inCycle.has(graph.supportOut.targets[e]!)) relations.push(graph.input.relations[graph.supportOut.relations[e]!]!.id);
      }
    }
    if (relations.length === 0) continue;
    const ids = cycle.map((v) => graph.ids[v]!).sort(compareIds);
    found.push(warning("support_cycle", `${ids.map(name).join(", ")} support each other in a circle (circular reasoning).`, ids, relations));
  }
  return found;
}

function missingExcerpts(nodes: readonly AnalysisNode[], name: Namer): AnalysisWarning[] {
  return nodes
    .filter((node) => node.kind !== "actor" && (node.excerptCount ?? node.excerpts?.length) === 0)
    .map((node) => warning("missing_excerpt", `${name(node.id)} has no excerpt: no passage of a source document backs it yet.`, [node.id], []));
}
