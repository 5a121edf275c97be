import search from "approx-string-match";
import { anchorAt, type TextAnchor } from "./anchoring";

/**
 * Finding excerpts again after a document's text was edited, in the order the W3C Web Annotation selectors and
 * Hypothesis's client use (https://github.com/hypothesis/client, `match-quote.ts`):
 * 1. **position**: the offsets carried through the edit (unchanged before the edited region, shifted by its change
 *    in length after it) still hold the quote;
 * 2. **quote**: the exact quote elsewhere; among several occurrences the one whose surroundings agree best with the
 *    stored prefix and suffix wins, then the one nearest to where the excerpt used to be;
 * 3. **approximate**: the quote with up to {@link APPROXIMATE_ERROR_RATE} errors per character (Myers' bit-parallel
 *    matcher, `approx-string-match`), chosen among candidates the same way.
 * An excerpt found by none of them, or only by a guess (a repeated quote whose context no longer agrees), is
 * **orphaned**: it is never moved to a guess and never dropped.
 * @example
 * reanchor("Russia wants peace.", "Today Russia wants peace.", anchorAt("Russia wants peace.", 0, 12))
 * // { status: "anchored", method: "position", anchor: { start: 6, end: 18, quote: "Russia wants", ... } }
 */

/** Errors allowed per quote character in the approximate step (0.2: one typo or changed word per 5 characters). */
export const APPROXIMATE_ERROR_RATE = 0.2;
/** Quotes shorter than this are never matched approximately: a short fuzzy match is a guess. */
export const MIN_APPROXIMATE_LENGTH = 8;
/** Share of the stored prefix and suffix that must surround a quote found elsewhere when it is not distinctive. */
export const MIN_CONTEXT_AGREEMENT = 0.25;
const MAX_CANDIDATES = 1_000;
/** Stands in for masked text: a character no prose contains. */
const MASK = "\u0000";

export type ReanchorMethod = "position" | "quote" | "approximate";

/** An excerpt's anchor as stored, with whether an earlier edit already orphaned it (its offsets are then stale). */
export interface StoredAnchor extends TextAnchor {
  orphaned?: boolean;
}

export type ReanchorOutcome = { status: "anchored"; anchor: TextAnchor; method: ReanchorMethod } | { status: "orphaned" };

/** The one region in which two texts differ: everything before `start` and after the ends is equal. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The smallest single region that explains the difference between two texts (common prefix and suffix).
 * @example findTextEdit("a cat sat", "a big cat sat") // { start: 2, oldEnd: 2, newEnd: 6 }
 */
export function findTextEdit(oldText: string, newText: string): TextEdit {
  const limit = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < limit && oldText.charCodeAt(start) === newText.charCodeAt(start)) start += 1;
  let tail = 0;
  while (tail < limit - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail += 1;
  return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/** Where `[start, end)` of the old text lies in the new one, or null when it overlaps the edited region. */
export function mapRange(edit: TextEdit, start: number, end: number): { start: number; end: number } | null {
  if (end <= edit.start) return { start, end };
  const shift = edit.newEnd - edit.oldEnd;
  if (start >= edit.oldEnd) return { start: start + shift, end: end + shift };
  return null;
}

/** Re-anchors one excerpt in the new text; see the module comment for the order of the steps. */
export function reanchor(oldText: string, newText: string, anchor: StoredAnchor, edit = findTextEdit(oldText, newText)): ReanchorOutcome {
  if (!anchor.orphaned) {
    const mapped = mapRange(edit, anchor.start, anchor.end);
    if (mapped && newText.slice(mapped.start, mapped.end) === anchor.quote) {
      return { status: "anchored", anchor: anchorAt(newText, mapped.start, mapped.end), method: "position" };
    }
  }
  const expected = anchor.orphaned || anchor.start <= edit.start ? anchor.start : anchor.start + edit.newEnd - edit.oldEnd;
  const exact = exactOccurrences(newText, anchor.quote);
  // A quote that was unique before and is unique now is the same passage, whatever happened around it; a repeated
  // one may have lost the very occurrence that was anchored, so context must say which one remains.
  const distinctive = exact.length === 1 && exactOccurrences(oldText, anchor.quote, 2).length <= 1;
  const found = choose(newText, anchor, exact, expected, distinctive);
  if (found) return { status: "anchored", anchor: anchorAt(newText, found.start, found.end), method: "quote" };
  const near = approximateOccurrences(newText, anchor.quote, exact);
  const approximate = choose(newText, anchor, near, expected, near.length === 1);
  if (approximate) return { status: "anchored", anchor: anchorAt(newText, approximate.start, approximate.end), method: "approximate" };
  return { status: "orphaned" };
}

/** Re-anchors every excerpt of a document at once (the edit is computed once). */
export function reanchorAll<A extends StoredAnchor>(oldText: string, newText: string, anchors: A[]): { anchor: A; outcome: ReanchorOutcome }[] {
  const edit = findTextEdit(oldText, newText);
  return anchors.map((anchor) => ({ anchor, outcome: reanchor(oldText, newText, anchor, edit) }));
}

interface Candidate {
  start: number;
  end: number;
}

function exactOccurrences(text: string, quote: string, limit = MAX_CANDIDATES): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < limit; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length });
  }
  return found;
}

/**
 * Places where the quote occurs with few errors. The matcher reports only the best matches, so exact occurrences
 * (already judged by the quote step) are masked out first; otherwise they would hide the edited passage.
 */
function approximateOccurrences(text: string, quote: string, exact: Candidate[]): Candidate[] {
  if (quote.length < MIN_APPROXIMATE_LENGTH) return [];
  const maxErrors = Math.floor(quote.length * APPROXIMATE_ERROR_RATE);
  const pieces: string[] = [];
  let from = 0;
  for (const c of exact) {
    const start = Math.max(c.start, from);
    pieces.push(text.slice(from, start), MASK.repeat(c.end - start));
    from = c.end;
  }
  const masked = pieces.join("") + text.slice(from);
  // The matcher reports every end position of a best match; overlapping matches are one place in the text.
  const matches = search(masked, quote, maxErrors).sort((a, b) => a.start - b.start || a.end - b.end);
  const places: Candidate[] = [];
  for (const match of matches.slice(0, MAX_CANDIDATES)) {
    const last = places[places.length - 1];
    if (last && match.start < last.end) continue;
    places.push({ start: match.start, end: match.end });
  }
  return places;
}

/**
 * Picks the candidate whose surroundings agree best with the stored context, then the one nearest to `expected`.
 * A sole candidate is taken when `soleIsEnough`; otherwise the winner's context must agree at least
 * {@link MIN_CONTEXT_AGREEMENT}, else the choice would be a guess and the excerpt is better orphaned.
 */
function choose(text: string, anchor: TextAnchor, candidates: Candidate[], expected: number, soleIsEnough: boolean): Candidate | null {
  if (candidates.length === 1 && soleIsEnough) return candidates[0] ?? null;
  const scored = candidates.map((c) => ({ c, context: contextAgreement(text, c, anchor), distance: Math.abs(c.start - expected) }));
  scored.sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = scored[0];
  return best && best.context >= MIN_CONTEXT_AGREEMENT ? best.c : null;
}

/**
 * The share (0..1) of the stored context found next to a candidate: the prefix read backwards from the candidate's
 * start plus the suffix read forwards from its end. An empty stored prefix (the quote began the text) agrees when
 * the candidate begins the text too; likewise an empty suffix at the end.
 * @example contextAgreement("a cat sat", { start: 2, end: 5 }, { prefix: "a ", suffix: " mat" }) // (2 + 1) / 6 = 0.5
 */
export function contextAgreement(text: string, at: Candidate, anchor: Pick<TextAnchor, "prefix" | "suffix">): number {
  const { prefix, suffix } = anchor;
  let before = 0;
  while (before < prefix.length && at.start - 1 - before >= 0 && text[at.start - 1 - before] === prefix[prefix.length - 1 - before]) before += 1;
  let after = 0;
  while (after < suffix.length && at.end + after < text.length && text[at.end + after] === suffix[after]) after += 1;
  const edges = (prefix === "" && at.start === 0 ? 1 : 0) + (suffix === "" && at.end === text.length ? 1 : 0);
  const available = prefix.length + suffix.length + (prefix === "" ? 1 : 0) + (suffix === "" ? 1 : 0);
  return (before + after + edges) / available;
}
