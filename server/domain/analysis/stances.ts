import type { ActorView, StanceMatrix, StatedStance } from "../../contract/analysis";
import { DomainError } from "../errors";
import type { AnalysisInput, Assumptions } from "./analysis-input";
import { compareIds } from "./bipolar-graph";
import { evaluate, prepareMap, type AcceptanceOptions, type PreparedMap } from "./evaluation";

/** What one actor states in the map: node ids it endorses, proposes and opposes. */
export interface ActorStances {
  readonly endorses: ReadonlySet<string>;
  readonly proposes: ReadonlySet<string>;
  readonly opposes: ReadonlySet<string>;
}

/** The stated stances of every actor, from `endorses`, `proposes` and `opposes` relations. */
export function collectStances(input: AnalysisInput): Map<string, ActorStances> {
  const stances = new Map<string, { endorses: Set<string>; proposes: Set<string>; opposes: Set<string> }>();
  for (const node of input.nodes) {
    if (node.kind === "actor") stances.set(node.id, { endorses: new Set(), proposes: new Set(), opposes: new Set() });
  }
  for (const relation of input.relations) {
    const actor = stances.get(relation.source);
    if (!actor || relation.targetType !== "node") continue;
    if (relation.relation === "endorses" || relation.relation === "proposes" || relation.relation === "opposes") {
      actor[relation.relation].add(relation.target);
    }
  }
  return stances;
}

/**
 * An actor's stance as assumptions: what it endorses or proposes is assumed accepted, what it opposes rejected.
 * A node it both endorses and opposes is left free and listed in `conflicts`.
 *
 * @example
 * // "russia endorses a", "russia proposes p", "russia opposes b" → { a: "accepted", b: "rejected", p: "accepted" }
 */
export function actorAssumptions(stances: ActorStances): { assumptions: Record<string, "accepted" | "rejected">; conflicts: string[] } {
  const assumptions: Record<string, "accepted" | "rejected"> = {};
  const conflicts: string[] = [];
  const backed = new Set([...stances.endorses, ...stances.proposes]);
  for (const id of [...backed, ...stances.opposes].sort(compareIds)) {
    if (backed.has(id) && stances.opposes.has(id)) {
      if (!conflicts.includes(id)) conflicts.push(id);
    } else assumptions[id] = backed.has(id) ? "accepted" : "rejected";
  }
  return { assumptions, conflicts };
}

/**
 * The map from one actor's point of view: acceptance under the actor's stance as assumptions (explicit
 * `options.assumptions` take precedence). Throws `not_found` when `actorId` is not an actor of the map.
 */
export function evaluateActorView(input: AnalysisInput, actorId: string, options: AcceptanceOptions = {}): ActorView {
  const stances = collectStances(input).get(actorId);
  if (!stances) throw new DomainError("not_found", `No actor has the id "${actorId}".`);
  const { assumptions } = actorAssumptions(stances);
  return { ...evaluateWith(prepareMap(input, options.support), options, assumptions), actor: actorId };
}

/**
 * Actors × proposals: for each cell the stance the actor states towards the proposal (`proposes` before `endorses`;
 * null when none, or when it both backs and opposes it) and the proposal's label under the actor's assumptions.
 *
 * @example
 * // "proposal p", "a contradicts p", "x endorses a", "y opposes a", "y proposes p":
 * // row x: p stated null, derived rejected (a is assumed accepted and attacks p);
 * // row y: p stated "proposes", derived accepted.
 */
export function stanceMatrix(input: AnalysisInput, options: AcceptanceOptions = {}): StanceMatrix {
  const prepared = prepareMap(input, options.support);
  const stances = collectStances(input);
  const actors = [...stances.keys()].sort(compareIds);
  const proposals = input.nodes.filter((node) => node.kind === "proposal").map((node) => node.id).sort(compareIds);
  let complete = true;
  const rows = actors.map((actor) => {
    const { assumptions, conflicts } = actorAssumptions(stances.get(actor)!);
    const result = evaluateWith(prepared, options, assumptions);
    complete &&= result.complete;
    const cells = proposals.map((proposal) => ({
      proposal,
      stated: statedStance(stances.get(actor)!, proposal),
      derived: result.labels[proposal]!,
    }));
    return { actor, cells, conflicts };
  });
  return { semantics: options.semantics ?? "grounded", actors, proposals, rows, complete };
}

function evaluateWith(prepared: PreparedMap, options: AcceptanceOptions, assumptions: Assumptions) {
  return evaluate(prepared, { ...options, assumptions: { ...assumptions, ...options.assumptions } }).result;
}

function statedStance(stances: ActorStances, proposal: string): StatedStance | null {
  const backs = stances.proposes.has(proposal) || stances.endorses.has(proposal);
  if (backs && stances.opposes.has(proposal)) return null;
  if (stances.proposes.has(proposal)) return "proposes";
  if (stances.endorses.has(proposal)) return "endorses";
  return stances.opposes.has(proposal) ? "opposes" : null;
}
