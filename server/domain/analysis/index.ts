/**
 * Argumentation analysis of a map (issue 5): the facade the use cases and routes call. Pure functions of an
 * {@link AnalysisInput} (the API graph fits it as is); results are contract shapes (server/contract/analysis.ts),
 * with ids in code-unit order so they are deterministic.
 *
 * - {@link computeAcceptance}: labels (and extensions or strengths) under grounded, preferred, stable or gradual
 *   semantics, optionally under what-if assumptions;
 * - {@link explain}: why one node has its label, as a justification tree;
 * - {@link evaluateActorView} and {@link stanceMatrix}: the map from actors' points of view;
 * - {@link findCruxes}: the claims that decide each proposal, the most contested and the most relied-on claims;
 * - {@link findWarnings}: problems an author may want to fix.
 *
 * How the map becomes an argumentation framework is documented at computeAcceptance (acceptance.ts), with the
 * definitions in derive-attacks.ts (supports), framework.ts (undercuts) and derive-attacks.ts again (assumptions).
 *
 * @example
 * const graph = await api.graph("toloraya-2009");
 * computeAcceptance(graph, { semantics: "preferred", budget: { maxMs: 500, now: () => performance.now() } });
 * explain(graph, nodeId, { semantics: "grounded", depth: 4 });
 * findCruxes(graph, { assumptions: { c12: "rejected" } });
 */
export type { AnalysisInput, AnalysisNode, AnalysisRelation, Assumptions, SupportReading, AcceptanceLabel } from "./analysis-input";
export type { Budget } from "./budget";
export type { AcceptanceOptions } from "./evaluation";
export type { AcceptanceResult, ActorView, CruxReport, Explanation, Semantics, StanceMatrix, WarningsReport } from "../../contract/analysis";
export { computeAcceptance } from "./acceptance";
export { explain, type ExplainOptions } from "./explain";
export { evaluateActorView, stanceMatrix } from "./stances";
export { findCruxes, type CruxOptions } from "./cruxes";
export { findWarnings } from "./warnings";
