import type { CaseAnalysis, CaseRelation, MapIndex } from "./case-graph";

/**
 * A relation's stated strength; unset counts as full strength (1), as the gradual analysis reads it
 * (server/domain/analysis/gradual.ts), so an unrated reason is not ranked below a rated one.
 */
export function strengthOf(relation: CaseRelation): number {
  return relation.strength ?? 1;
}

/** Accepted arguments bite hardest, then undecided ones, then rejected ones (a missing label counts as undecided). */
const LABEL_RANK = { accepted: 0, undecided: 1, rejected: 2 } as const;

export function labelRank(analysis: CaseAnalysis, nodeId: string): number {
  return LABEL_RANK[analysis.labels[nodeId] ?? "undecided"];
}

function gradualOf(analysis: CaseAnalysis, nodeId: string): number {
  return analysis.strengths?.[nodeId] ?? 0;
}

/**
 * Orders the reasons of a case (its contentions): strongest relation first, then the higher gradual strength of the
 * reason, then map order. Deterministic: map order breaks every tie.
 *
 * @example
 * // a supports T (0.9), b supports T (unset = 1), c supports T (0.9, created before a) → b, c, a
 */
export function compareReasons(index: MapIndex, analysis: CaseAnalysis) {
  return (a: CaseRelation, b: CaseRelation): number =>
    strengthOf(b) - strengthOf(a) ||
    gradualOf(analysis, b.source) - gradualOf(analysis, a.source) ||
    index.orderOf(a.id) - index.orderOf(b.id);
}

/**
 * Orders attacks (objections, and answers to them) by how hard they bite: accepted under grounded semantics before
 * undecided before rejected, then relation strength, then gradual strength, then map order.
 */
export function compareAttacks(index: MapIndex, analysis: CaseAnalysis) {
  const reasons = compareReasons(index, analysis);
  return (a: CaseRelation, b: CaseRelation): number => labelRank(analysis, a.source) - labelRank(analysis, b.source) || reasons(a, b);
}

/** The sources of `relations`, each once (its first, i.e. best-ranked, occurrence). */
export function distinctSources(relations: readonly CaseRelation[]): string[] {
  return [...new Set(relations.map((relation) => relation.source))];
}
