import type { Contention, WeakPoint } from "../../contract/case";
import type { CaseAnalysis, MapIndex } from "./case-graph";

type Kind = WeakPoint["kind"];

function weakPoint(kind: Kind, message: string, at: { contentionId?: string; nodeId?: string; excerptId?: string; status?: WeakPoint["status"] }): WeakPoint {
  return {
    kind,
    contentionId: at.contentionId ?? null,
    nodeId: at.nodeId ?? null,
    excerptId: at.excerptId ?? null,
    ...(at.status ? { status: at.status } : {}),
    message,
  };
}

/**
 * The weak points of a case against the map as it is now (see WeakPointSchema): the target or anything a contention
 * names that is gone from the map; then, contention by contention, a claim that does not survive the analysis
 * (rejected or undecided under grounded semantics), a contention without a quote, and each objection without answer.
 *
 * @example
 * // contention a (rejected) with no excerpt and objection c that nothing answers →
 * // [contention_not_accepted a (status rejected), no_quoted_evidence a, unanswered_objection c]
 */
export function findWeakPoints(
  stored: { targetId: string; contentions: readonly Contention[] },
  index: MapIndex,
  analysis: CaseAnalysis,
): WeakPoint[] {
  const out: WeakPoint[] = [];
  if (!index.node(stored.targetId)) {
    out.push(weakPoint("missing_reference", "The case's target is no longer in the map.", { nodeId: stored.targetId }));
  }
  for (const contention of stored.contentions) out.push(...contentionWeakPoints(contention, index, analysis));
  return out;
}

function contentionWeakPoints(contention: Contention, index: MapIndex, analysis: CaseAnalysis): WeakPoint[] {
  const out: WeakPoint[] = [];
  const contentionId = contention.id;
  const named = [
    contention.claimId,
    ...contention.evidence.nodeIds,
    ...contention.objections.flatMap((o) => [o.nodeId, ...o.answerIds]),
    ...contention.caveatIds,
  ];
  for (const nodeId of new Set(named)) {
    if (!index.node(nodeId)) out.push(weakPoint("missing_reference", "A node this contention names is no longer in the map.", { contentionId, nodeId }));
  }
  for (const excerptId of contention.evidence.excerptIds) {
    if (!index.excerpt(excerptId)) out.push(weakPoint("missing_reference", "A quote of this contention is no longer in the map.", { contentionId, excerptId }));
  }
  const claim = index.node(contention.claimId);
  const status = analysis.labels[contention.claimId];
  if (claim && status && status !== "accepted") {
    const why = status === "rejected" ? "an accepted argument defeats it" : "the map leaves it open (undecided)";
    out.push(weakPoint("contention_not_accepted", `"${claim.title}" does not survive the analysis: ${why} under grounded semantics.`, { contentionId, nodeId: claim.id, status }));
  }
  const quoted = contention.evidence.excerptIds.some((id) => {
    const excerpt = index.excerpt(id);
    return excerpt !== undefined && !excerpt.orphaned;
  });
  if (claim && !quoted) {
    out.push(weakPoint("no_quoted_evidence", `"${claim.title}" has no quoted evidence: anchor a quote to it or its backing.`, { contentionId, nodeId: claim.id }));
  }
  for (const objection of contention.objections) {
    const node = index.node(objection.nodeId);
    if (node && !objection.answerIds.some((id) => index.node(id))) {
      out.push(weakPoint("unanswered_objection", `Nothing answers the objection "${node.title}".`, { contentionId, nodeId: node.id }));
    }
  }
  return out;
}
