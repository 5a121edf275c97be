import { computeAcceptance } from "../analysis";
import type { CaseAnalysis, CaseGraph } from "./case-graph";

/**
 * What a case needs from the acceptance analysis (server/domain/analysis): grounded labels, the sceptical verdict
 * that decides whether a contention "survives", and DF-QuAD gradual strengths to rank reasons and objections
 * that grounded semantics leaves tied.
 */
export function analyseForCases(graph: CaseGraph): CaseAnalysis {
  const grounded = computeAcceptance(graph, { semantics: "grounded" });
  const gradual = computeAcceptance(graph, { semantics: "gradual" });
  return { labels: grounded.labels, strengths: gradual.strengths ?? {} };
}
