import type { CaseDraft } from "./case-work";

/** The part a node plays in the open case, as the graph marks it (colours and outline styles in theme.ts). */
export type CaseRole = "target" | "contention" | "evidence" | "objection" | "answer" | "caveat";

/** Strongest first: a node with two roles is marked by the first (a contention that also backs another stays a contention). */
export const CASE_ROLES: readonly CaseRole[] = ["target", "contention", "objection", "answer", "evidence", "caveat"];

/** Every class the case marks add to graph nodes, so the graph can remove them all before marking a new case. */
export const CASE_CLASSES = ["case-node", ...CASE_ROLES.map((role) => `case-${role}`)].join(" ");

/**
 * Node id → its role in the case: the target, each contention's claim, its backing nodes (evidence), its objections,
 * their answers and its caveats. Ranked by CASE_ROLES when a node plays several parts.
 *
 * Example: target T, contention a (backed by b) with objection o answered by x →
 * { T: target, a: contention, b: evidence, o: objection, x: answer }.
 */
export function caseNodeRoles(draft: Pick<CaseDraft, "targetId" | "contentions">): Map<string, CaseRole> {
  const roles = new Map<string, CaseRole>();
  const mark = (id: string, role: CaseRole) => {
    const known = roles.get(id);
    if (known === undefined || CASE_ROLES.indexOf(role) < CASE_ROLES.indexOf(known)) roles.set(id, role);
  };
  mark(draft.targetId, "target");
  for (const c of draft.contentions) {
    mark(c.claimId, "contention");
    c.evidence.nodeIds.forEach((id) => mark(id, "evidence"));
    c.caveatIds.forEach((id) => mark(id, "caveat"));
    for (const o of c.objections) {
      mark(o.nodeId, "objection");
      o.answerIds.forEach((id) => mark(id, "answer"));
    }
  }
  return roles;
}

/** Node id → the classes the graph adds to it (`case-node case-<role>`). */
export type CaseMarks = ReadonlyMap<string, string>;

const NO_MARKS: CaseMarks = new Map();
const marksCache = new WeakMap<CaseDraft, CaseMarks>();

/**
 * The graph classes for the open case (none when no case is open). The same draft object always gives the same
 * marks object, so the graph re-marks only when the draft changed.
 */
export function caseMarks(draft: CaseDraft | null): CaseMarks {
  if (!draft) return NO_MARKS;
  const cached = marksCache.get(draft);
  if (cached) return cached;
  const marks = new Map([...caseNodeRoles(draft)].map(([id, role]) => [id, `case-node case-${role}`]));
  marksCache.set(draft, marks);
  return marks;
}

/** How many nodes play each role (for the key beside the outline). */
export function countRoles(roles: ReadonlyMap<string, CaseRole>): Record<CaseRole, number> {
  const counts = Object.fromEntries(CASE_ROLES.map((r) => [r, 0])) as Record<CaseRole, number>;
  roles.forEach((role) => (counts[role] += 1));
  return counts;
}
