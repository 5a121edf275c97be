import type { ContentionInput } from "../../contract/case";
import type { ErrorCode } from "../../contract/problem";
import { DomainError } from "../errors";
import type { MapIndex } from "./case-graph";

/**
 * The code for a case that names something not in its map, or the wrong kind of node (422). The `errors` list says
 * exactly which reference is wrong.
 */
export const CASE_REFERENCE_ERROR: ErrorCode = "invalid_reference";

export interface ReferenceProblem {
  path: string;
  message: string;
}

/** What a write names: the case's target (checked when `checkTarget`: on create) and the contentions it sends. */
export interface CaseReferences {
  readonly targetId: string;
  readonly checkTarget: boolean;
  readonly contentions?: readonly ContentionInput[];
}

/**
 * Every reference of a case that is not a claim or proposal of its map (or, for excerpts, an excerpt of its map):
 * the target, and in each contention the claim, backing nodes, excerpts, objections, answers and caveats.
 * A contention cannot be the target itself. Empty when the case is sound.
 */
export function findReferenceProblems(index: MapIndex, input: CaseReferences): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const statement = (id: string, path: string, what: string) => {
    const node = index.node(id);
    if (!node) problems.push({ path, message: `The ${what} "${id}" is not a node of this map.` });
    else if (node.kind === "actor") problems.push({ path, message: `The ${what} "${node.title}" is an actor; it must be a claim or proposal.` });
  };
  if (input.checkTarget) statement(input.targetId, "targetId", "target");
  (input.contentions ?? []).forEach((contention, i) => {
    const at = `contentions.${i}`;
    statement(contention.claimId, `${at}.claimId`, "contention's claim");
    if (contention.claimId === input.targetId) {
      problems.push({ path: `${at}.claimId`, message: "A contention cannot be the target of the case itself." });
    }
    contention.evidence.nodeIds.forEach((id, j) => statement(id, `${at}.evidence.nodeIds.${j}`, "evidence node"));
    contention.evidence.excerptIds.forEach((id, j) => {
      if (!index.excerpt(id)) problems.push({ path: `${at}.evidence.excerptIds.${j}`, message: `The excerpt "${id}" is not in this map.` });
    });
    contention.objections.forEach((objection, j) => {
      statement(objection.nodeId, `${at}.objections.${j}.nodeId`, "objection");
      objection.answerIds.forEach((id, k) => statement(id, `${at}.objections.${j}.answerIds.${k}`, "answer"));
    });
    contention.caveatIds.forEach((id, j) => statement(id, `${at}.caveatIds.${j}`, "caveat"));
  });
  return problems;
}

/** Throws {@link CASE_REFERENCE_ERROR} listing every bad reference, or returns when the case is sound. */
export function assertReferencesInMap(index: MapIndex, input: CaseReferences): void {
  const problems = findReferenceProblems(index, input);
  if (problems.length === 0) return;
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : "";
  throw new DomainError(CASE_REFERENCE_ERROR, `${first.message}${more}`, {
    errors: problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
  });
}
