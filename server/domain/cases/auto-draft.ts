import type { CaseSide, ContentionInput } from "../../contract/case";
import { indexMap, isStatement, quotableExcerpts, type CaseAnalysis, type CaseGraph, type CaseRelation, type MapIndex } from "./case-graph";
import { compareAttacks, compareReasons, distinctSources } from "./ranking";

/** A drafted contention: everything but the id, which the case assigns when it is saved. */
export type DraftedContention = Required<Omit<ContentionInput, "id">>;

export interface DraftOptions {
  /** How many objections each contention keeps, strongest first (default 3). */
  readonly maxObjections?: number;
}

/**
 * Drafts a case from the map alone.
 *
 * - Contentions: for side `for`, the nodes that `supports` the target; for `against`, the nodes that `contradicts` it.
 *   Ranked by {@link compareReasons} (relation strength, gradual strength, map order).
 * - Evidence: the contention's backing is its support chain (its supporters, their supporters, ..., breadth first,
 *   never the target or the claim itself); its quotes are the excerpts of the claim, of the relation that makes it a
 *   reason, then of each backing node and the support relation that brought it in.
 * - Objections: nodes that `contradicts` the claim, or undercut (contradict) the relation that makes it a reason;
 *   ranked by {@link compareAttacks} (accepted first), the strongest `maxObjections` kept. Their answers: nodes that
 *   contradict the objection or undercut its attack (never the contention itself), all, ranked the same way.
 * - Caveats: nodes that `qualifies` the claim, in map order.
 *
 * @example
 * // map: a supports T, b supports a, c contradicts a, d contradicts c, q qualifies a
 * draftContentions(map, { targetId: "T", side: "for" }, analysis)
 * // → [{ claimId: "a", evidence: { nodeIds: ["b"], excerptIds: [...] },
 * //      objections: [{ nodeId: "c", answerIds: ["d"] }], caveatIds: ["q"], tag: "", notes: "" }]
 */
export function draftContentions(
  graph: CaseGraph,
  target: { targetId: string; side: CaseSide },
  analysis: CaseAnalysis,
  options: DraftOptions = {},
): DraftedContention[] {
  const index = indexMap(graph);
  const links = [...index.incoming(target.targetId, target.side === "for" ? "supports" : "contradicts")]
    .filter((link) => link.targetType === "node" && isStatement(index.node(link.source)) && link.source !== target.targetId)
    .sort(compareReasons(index, analysis));
  return links.map((link) => draftContention(index, analysis, link, target.targetId, options.maxObjections ?? 3));
}

function draftContention(index: MapIndex, analysis: CaseAnalysis, link: CaseRelation, targetId: string, maxObjections: number): DraftedContention {
  const claim = index.node(link.source)!;
  const backing = supportChain(index, claim.id, new Set([targetId, claim.id]));
  const quotes = [
    ...quotableExcerpts(claim),
    ...quotableExcerpts(link),
    ...backing.flatMap(({ node, via }) => [...quotableExcerpts(index.node(node)!), ...quotableExcerpts(via)]),
  ];
  const attacks = [...index.incoming(claim.id, "contradicts"), ...index.incoming(link.id, "contradicts")].filter((r) => isStatement(index.node(r.source)));
  const objections = bestFirst(index, analysis, attacks).slice(0, maxObjections);
  return {
    claimId: claim.id,
    tag: "",
    evidence: { nodeIds: backing.map((entry) => entry.node), excerptIds: [...new Set(quotes.map((excerpt) => excerpt.id))] },
    objections: objections.map((attack) => ({ nodeId: attack.source, answerIds: answersTo(index, analysis, attack, claim.id), notes: "" })),
    caveatIds: distinctSources(index.incoming(claim.id, "qualifies").filter((r) => isStatement(index.node(r.source)))),
    notes: "",
  };
}

/** The support chain below `start`, breadth first, each node once with the `supports` relation that reached it. */
export function supportChain(index: MapIndex, start: string, exclude: ReadonlySet<string>): { node: string; via: CaseRelation }[] {
  const seen = new Set(exclude);
  const chain: { node: string; via: CaseRelation }[] = [];
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    for (const via of index.incoming(queue[head]!, "supports")) {
      if (seen.has(via.source) || !isStatement(index.node(via.source))) continue;
      seen.add(via.source);
      chain.push({ node: via.source, via });
      queue.push(via.source);
    }
  }
  return chain;
}

/** Attacks ranked strongest first, one per attacking node (its best-ranked attack). */
function bestFirst(index: MapIndex, analysis: CaseAnalysis, attacks: readonly CaseRelation[]): CaseRelation[] {
  const seen = new Set<string>();
  return [...attacks].sort(compareAttacks(index, analysis)).filter((attack) => !seen.has(attack.source) && seen.add(attack.source));
}

/**
 * The map's answers to an objection: nodes that contradict it, or undercut its attack; strongest first. The
 * contention itself is no answer (in a mutual attack that would be arguing in a circle).
 */
function answersTo(index: MapIndex, analysis: CaseAnalysis, attack: CaseRelation, claimId: string): string[] {
  const answers = [...index.incoming(attack.source, "contradicts"), ...index.incoming(attack.id, "contradicts")].filter(
    (r) => r.source !== claimId && isStatement(index.node(r.source)),
  );
  return bestFirst(index, analysis, answers).map((answer) => answer.source);
}
