import type { AcceptanceResult } from "../../contract/analysis";
import type { AnalysisInput } from "./analysis-input";
import { evaluate, prepareMap, type AcceptanceOptions } from "./evaluation";

/**
 * The acceptance of every claim and proposal of a map under a semantics (default grounded), optionally under
 * what-if assumptions. Mapping of the map to an argumentation framework:
 * - claims and proposals are arguments; actors are not (they get no label);
 * - `contradicts` between two arguments is an attack; `contradicts` aimed at a relation is an undercut: the attack
 *   or support it targets does not carry while the undercutter is accepted (flattened with auxiliary arguments,
 *   see framework.ts);
 * - `supports` adds derived attacks by the support reading (default `general`: supported and secondary attacks,
 *   see derive-attacks.ts); for gradual semantics supports count directly (DF-QuAD);
 * - `qualifies`, `part_of`, `concerns`, `endorses`, `opposes` and `proposes` are not attacks.
 * Assumptions settle nodes: attacks on an assumed node (and attacks derived from them) are ignored; an
 * assumed-accepted node is IN and attacks its targets; an assumed-rejected node is OUT, so it attacks nothing, and it
 * counts as defeated by an unattacked attacker, so under the general reading what it supports is attacked too
 * (secondary attacks; under the deductive reading, its reasons: mediated attacks). See derive-attacks.ts.
 * Results: labels for claims and proposals only (actors are omitted), in id order; for preferred and stable also
 * the extensions, labelled accepted when in all (sceptical), rejected when in none, undecided otherwise (credulous);
 * for gradual the strengths, labelled by their distance from 0.5.
 *
 * @example
 * computeAcceptance(map, { semantics: "preferred", assumptions: { c1: "rejected" }, budget: { maxSteps: 1e6 } });
 * // { semantics: "preferred", labels: { c1: "rejected", ... }, extensions: [[...]], complete: true, assumptions: {...} }
 */
export function computeAcceptance(input: AnalysisInput, options: AcceptanceOptions = {}): AcceptanceResult {
  return evaluate(prepareMap(input, options.support), options).result;
}
