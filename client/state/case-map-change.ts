import type { AcceptanceLabelValue } from "../../server/contract/analysis";
import type { WeakPoint } from "../../server/contract/case";
import type { GraphRelation } from "../../server/contract/relation";
import { weakPointKey, weakPointLabel } from "./case-weak-points";
import type { CaseDraft, EditableContention } from "./case-work";
import { incomingOf, type GraphIndex } from "./graph-index";

/** What a change of the map did to one contention of the open case. */
export interface ContentionMapChange {
  /** Nodes that newly contradict the contention's claim, or undercut the relation that makes it a reason. */
  newObjections: string[];
  /** Nodes that newly contradict one of its objections (or undercut that objection's attack). */
  newAnswers: string[];
  /** The claim's title when it was deleted from the map, else null. */
  claimDeleted: string | null;
  claimRetitled: boolean;
  /** How the claim fares under the analysis, before and after (null: not known, e.g. the claim is gone). */
  standing: { from: AcceptanceLabelValue | null; to: AcceptanceLabelValue | null } | null;
  /** Weak points other than its standing that appeared, or went away. */
  addedWeakPoints: WeakPoint[];
  resolvedWeakPoints: WeakPoint[];
}

/** What changed for the open case since the reader last looked; shown in the builder until dismissed. */
export interface CaseMapChange {
  /** The target's title when it was deleted from the map, else null. */
  targetDeleted: string | null;
  targetRetitled: boolean;
  /** By contention key. */
  contentions: Record<string, ContentionMapChange>;
  /**
   * Someone else saved the case since we read it: its version now and what they changed, in words (from the version
   * we read, so the latest is complete). The builder keeps the version we read until the reader loads theirs or saves
   * (and then resolves the conflict), so nothing is merged behind the reader's back.
   */
  caseSaved: { version: number; changes: string[] } | null;
  /** Keys (weakPointKey) of the weak points that appeared: their badges are marked as new. */
  newWeakPoints: string[];
}

export interface MapChangeInput {
  before: GraphIndex;
  after: GraphIndex;
  /** The open case as the reader now has it (contention keys and claims). */
  draft: CaseDraft;
  /** The case's weak points before and after; `before` is null when the two reads are of different versions of the case. */
  weakPointsBefore: readonly WeakPoint[] | null;
  weakPointsAfter: readonly WeakPoint[];
}

/** A change that tells nothing yet (a base to add someone else's save to). */
export function emptyMapChange(): CaseMapChange {
  return { targetDeleted: null, targetRetitled: false, contentions: {}, caseSaved: null, newWeakPoints: [] };
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * What a change of the map means for the open case: per contention, new objections and new answers to its objections
 * (relations that were not in the map before), a claim deleted or retitled, and from the server's weak points, a
 * changed standing under the analysis and weak points that appeared or went away; the target deleted or retitled.
 * Weak points are compared only between two reads of the same version of the case, so that what changed is the map.
 *
 * Example: before, a supports T; after, also x contradicts a (and a is now rejected) →
 * contentions[a's key] = { newObjections: ["x"], standing: { from: "accepted", to: "rejected" }, … }.
 */
export function findMapChange({ before, after, draft, weakPointsBefore, weakPointsAfter }: MapChangeInput): CaseMapChange {
  const reasonKind = draft.side === "for" ? "supports" : "contradicts";
  const isNew = (r: GraphRelation) => !before.relations.has(r.id);
  const contradicting = (targetId: string) => incomingOf(after, targetId).filter((r) => r.relation === "contradicts");
  const contentions: Record<string, ContentionMapChange> = {};
  for (const c of draft.contentions) {
    // The claim is attacked directly, or through the relation that makes it a reason for (or against) the target.
    const reasons = incomingOf(after, draft.targetId).filter((r) => r.source === c.claimId && r.relation === reasonKind);
    const attacks = [c.claimId, ...reasons.map((r) => r.id)].flatMap(contradicting);
    const listed = new Set(c.objections.map((o) => o.nodeId));
    const answers = [...listed, ...attacks.filter((a) => listed.has(a.source)).map((a) => a.id)].flatMap(contradicting).filter((r) => r.source !== c.claimId);
    const weak = c.id && weakPointsBefore ? compareWeakPoints({ id: c.id, claimId: c.claimId }, weakPointsBefore, weakPointsAfter) : null;
    const change: ContentionMapChange = {
      newObjections: union([], attacks.filter(isNew).map((r) => r.source)),
      newAnswers: union([], answers.filter(isNew).map((r) => r.source)),
      claimDeleted: deletedTitle(before, after, c.claimId),
      claimRetitled: retitled(before, after, c.claimId),
      standing: weak?.standing ?? null,
      addedWeakPoints: weak?.added ?? [],
      resolvedWeakPoints: weak?.resolved ?? [],
    };
    if (!isQuiet(change)) contentions[c.key] = change;
  }
  const seen = new Set(weakPointsBefore?.map(weakPointKey));
  const newWeakPoints = weakPointsBefore ? weakPointsAfter.map(weakPointKey).filter((key) => !seen.has(key)) : [];
  return { targetDeleted: deletedTitle(before, after, draft.targetId), targetRetitled: retitled(before, after, draft.targetId), contentions, caseSaved: null, newWeakPoints };
}

function deletedTitle(before: GraphIndex, after: GraphIndex, id: string): string | null {
  return after.nodes.has(id) ? null : (before.nodes.get(id)?.title ?? null);
}

function retitled(before: GraphIndex, after: GraphIndex, id: string): boolean {
  const was = before.nodes.get(id);
  const now = after.nodes.get(id);
  return was !== undefined && now !== undefined && was.title !== now.title;
}

/** A contention's standing from the weak points: gone with its claim, not accepted when flagged so, else accepted. */
function standingOf(c: { id: string; claimId: string }, weakPoints: readonly WeakPoint[]): AcceptanceLabelValue | null {
  const mine = weakPoints.filter((w) => w.contentionId === c.id);
  if (mine.some((w) => w.kind === "missing_reference" && w.nodeId === c.claimId)) return null;
  const flagged = mine.find((w) => w.kind === "contention_not_accepted");
  return flagged ? (flagged.status ?? "undecided") : "accepted";
}

function compareWeakPoints(c: { id: string; claimId: string }, before: readonly WeakPoint[], after: readonly WeakPoint[]) {
  const others = (list: readonly WeakPoint[]) => list.filter((w) => w.contentionId === c.id && w.kind !== "contention_not_accepted");
  const was = new Map(others(before).map((w) => [weakPointKey(w), w]));
  const now = new Map(others(after).map((w) => [weakPointKey(w), w]));
  const from = standingOf(c, before);
  const to = standingOf(c, after);
  return {
    standing: from !== to ? { from, to } : null,
    added: [...now].filter(([key]) => !was.has(key)).map(([, w]) => w),
    resolved: [...was].filter(([key]) => !now.has(key)).map(([, w]) => w),
  };
}

function isQuiet(c: ContentionMapChange): boolean {
  return !c.newObjections.length && !c.newAnswers.length && c.claimDeleted === null && !c.claimRetitled && !c.standing && !c.addedWeakPoints.length && !c.resolvedWeakPoints.length;
}

/** Nothing to tell the reader. */
export function isQuietChange(change: CaseMapChange): boolean {
  return change.targetDeleted === null && !change.targetRetitled && !change.caseSaved && Object.values(change.contentions).every(isQuiet);
}

/**
 * Two changes one after the other as one: new objections and answers add up, a standing goes from the first `from` to
 * the last `to`, a weak point that appeared and went away again (or the reverse) is left out, and the later news of
 * someone else's save replaces the earlier.
 */
export function mergeMapChanges(older: CaseMapChange, newer: CaseMapChange): CaseMapChange {
  const contentions: Record<string, ContentionMapChange> = {};
  for (const key of new Set([...Object.keys(older.contentions), ...Object.keys(newer.contentions)])) {
    const a = older.contentions[key];
    const b = newer.contentions[key];
    const merged = a && b ? mergeContention(a, b) : (a ?? b)!;
    if (!isQuiet(merged)) contentions[key] = merged;
  }
  const resolved = new Set(Object.values(newer.contentions).flatMap((c) => c.resolvedWeakPoints.map(weakPointKey)));
  return {
    targetDeleted: older.targetDeleted ?? newer.targetDeleted,
    targetRetitled: older.targetRetitled || newer.targetRetitled,
    contentions,
    caseSaved: newer.caseSaved ?? older.caseSaved,
    newWeakPoints: union(older.newWeakPoints.filter((key) => !resolved.has(key)), newer.newWeakPoints),
  };
}

function mergeContention(a: ContentionMapChange, b: ContentionMapChange): ContentionMapChange {
  const from = a.standing ? a.standing.from : (b.standing?.from ?? null);
  const to = b.standing ? b.standing.to : (a.standing?.to ?? null);
  const keys = (list: WeakPoint[]) => new Set(list.map(weakPointKey));
  const [aAdded, aResolved, bAdded, bResolved] = [keys(a.addedWeakPoints), keys(a.resolvedWeakPoints), keys(b.addedWeakPoints), keys(b.resolvedWeakPoints)];
  return {
    newObjections: union(a.newObjections, b.newObjections),
    newAnswers: union(a.newAnswers, b.newAnswers),
    claimDeleted: a.claimDeleted ?? b.claimDeleted,
    claimRetitled: a.claimRetitled || b.claimRetitled,
    standing: from !== to ? { from, to } : null,
    addedWeakPoints: [...a.addedWeakPoints.filter((w) => !bResolved.has(weakPointKey(w))), ...b.addedWeakPoints.filter((w) => !aResolved.has(weakPointKey(w)))],
    resolvedWeakPoints: [...a.resolvedWeakPoints.filter((w) => !bAdded.has(weakPointKey(w))), ...b.resolvedWeakPoints.filter((w) => !aAdded.has(weakPointKey(w)))],
  };
}

const STANDING_WORDS: Record<AcceptanceLabelValue, string> = { accepted: "now survives the analysis", rejected: "now defeated", undecided: "now undecided" };

const counted = (ids: readonly string[], one: string, many: string, titleOf: (id: string) => string) =>
  ids.length === 1 ? `${one}, “${titleOf(ids[0]!)}”` : `${ids.length} ${many}`;

/**
 * The change in words, one line per contention in the draft's order, numbered as on screen.
 *
 * Example: ["Contention 2: a new objection, “Moscow fears a US presence”; now defeated."]
 */
export function mapChangeLines(change: CaseMapChange, draft: CaseDraft, titleOf: (nodeId: string) => string): string[] {
  const lines: string[] = [];
  if (change.caseSaved) {
    lines.push(`Someone else saved this case (now version ${change.caseSaved.version}).`, ...change.caseSaved.changes);
  }
  if (change.targetDeleted !== null) lines.push(`The case's target, “${change.targetDeleted}”, was deleted from the map.`);
  else if (change.targetRetitled) lines.push(`The case's target is now titled “${titleOf(draft.targetId)}”.`);
  draft.contentions.forEach((c, i) => {
    const found = change.contentions[c.key];
    const parts = found ? contentionParts(found, c, titleOf) : [];
    if (parts.length) lines.push(`Contention ${i + 1}: ${parts.join("; ")}.`);
  });
  return lines;
}

function contentionParts(change: ContentionMapChange, c: EditableContention, titleOf: (nodeId: string) => string): string[] {
  if (change.claimDeleted !== null) return [`its claim, “${change.claimDeleted}”, was deleted from the map`];
  const labels = (list: WeakPoint[]) => [...new Set(list.map(weakPointLabel))].join(", ");
  return [
    ...(change.claimRetitled ? [`its claim is now titled “${titleOf(c.claimId)}”`] : []),
    ...(change.newObjections.length ? [counted(change.newObjections, "a new objection", "new objections", titleOf)] : []),
    ...(change.newAnswers.length ? [counted(change.newAnswers, "a new answer to one of its objections", "new answers to its objections", titleOf)] : []),
    ...(change.standing?.to ? [STANDING_WORDS[change.standing.to]] : []),
    ...(change.addedWeakPoints.length ? [`new weak point${change.addedWeakPoints.length === 1 ? "" : "s"}: ${labels(change.addedWeakPoints)}`] : []),
    ...(change.resolvedWeakPoints.length ? [`resolved: ${labels(change.resolvedWeakPoints)}`] : []),
  ];
}
