import type { WeakPoint } from "../../server/contract/case";

/** A weak point as a badge on a contention: a short label, the server's message, and the node it is about. */
export interface WeakPointBadge {
  /** Which weak point this is (weakPointKey), stable across reads of the case. */
  key: string;
  kind: WeakPoint["kind"];
  label: string;
  message: string;
  nodeId: string | null;
  /** It appeared with the last change of the map (marked until the reader dismisses that notice). */
  isNew?: boolean;
}

export interface CaseBadges {
  /** Badges by contention id, in the order the server listed the weak points. */
  byContention: ReadonlyMap<string, WeakPointBadge[]>;
  /** Weak points of the case as a whole (its target is gone from the map). */
  general: WeakPointBadge[];
}

const LABELS: Record<WeakPoint["kind"], (w: WeakPoint) => string> = {
  contention_not_accepted: (w) => (w.status === "rejected" ? "Defeated" : "Undecided"),
  unanswered_objection: () => "Unanswered objection",
  no_quoted_evidence: () => "No quote",
  missing_reference: () => "Missing from the map",
};

/**
 * Weak points → badges: grouped by contention, labelled in a word or two (the full message goes in the badge's
 * tooltip and its accessible name). Weak points of a contention no longer in the list are dropped: the server
 * computed them for the saved case, and the reader removed that contention since. Those whose key is in `newKeys`
 * (they came with a change of the map) are marked `isNew`.
 *
 * Example: [{ kind: "no_quoted_evidence", contentionId: "c1", message: "…" }] → byContention c1: [{ label: "No quote" }].
 */
export function weakPointBadges(weakPoints: readonly WeakPoint[], contentionIds: readonly string[], newKeys: ReadonlySet<string> = new Set()): CaseBadges {
  const known = new Set(contentionIds);
  const byContention = new Map<string, WeakPointBadge[]>();
  const general: WeakPointBadge[] = [];
  for (const w of weakPoints) {
    const key = weakPointKey(w);
    const badge: WeakPointBadge = { key, kind: w.kind, label: weakPointLabel(w), message: w.message, nodeId: w.nodeId ?? null, ...(newKeys.has(key) ? { isNew: true } : {}) };
    if (w.contentionId === null) general.push(badge);
    else if (known.has(w.contentionId)) byContention.set(w.contentionId, [...(byContention.get(w.contentionId) ?? []), badge]);
  }
  return { byContention, general };
}

/** A weak point in a word or two, as its badge reads: "Defeated", "No quote". */
export function weakPointLabel(w: WeakPoint): string {
  return LABELS[w.kind](w);
}

/**
 * What identifies a weak point across two reads of the case: its kind, where it is, what it is about, and for a
 * contention that does not survive, whether it is defeated or undecided (a change between the two is a new weak point).
 */
export function weakPointKey(w: WeakPoint): string {
  return [w.kind, w.contentionId ?? "", w.nodeId ?? "", w.excerptId ?? "", w.status ?? ""].join("|");
}

/** One line for a case in the list: "2 weak points" or "no weak points". */
export function weakPointSummary(weakPoints: readonly WeakPoint[]): string {
  const n = weakPoints.length;
  return n === 0 ? "no weak points" : `${n} weak point${n === 1 ? "" : "s"}`;
}
