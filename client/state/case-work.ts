import type { Case, CaseSide, ContentionInput, UpdateCase } from "../../server/contract/case";
import type { CaseMapChange } from "./case-map-change";

/**
 * A contention being edited. `key` is stable on screen (the contention's id once saved, `new-<n>` before), so
 * reordering moves the right card and keeps keyboard focus on it; `id` is sent back to the server to keep the
 * contention, and left out for a new one (the server assigns it).
 */
export type EditableContention = Required<Omit<ContentionInput, "id">> & { key: string; id?: string };

/** The open case as the builder edits it: everything a PATCH can change, plus what it is about. */
export interface CaseDraft {
  caseId: string;
  targetId: string;
  side: CaseSide;
  title: string;
  notes: string;
  contentions: EditableContention[];
}

/** Someone saved the case after we read it: our edits, their version, and what they changed, in words. */
export interface CaseConflict {
  mine: CaseDraft;
  current: Case;
  changes: string[];
}

/** Everything the case builder shows; lives in the app store as `cases`. No DOM, no API here. */
export interface CaseWork {
  /** The case column is shown (also whenever the view names a case). */
  panelOpen: boolean;
  /** The cases of the current map, or null before they are loaded. */
  list: Case[] | null;
  /** The open case as the server last returned it (its version is the one a save sends in If-Match). */
  saved: Case | null;
  /** The open case with the reader's unsaved edits (equal to `saved` when there are none). */
  draft: CaseDraft | null;
  conflict: CaseConflict | null;
  /** A request under way, in words ("Saving…"), or null. */
  busy: string | null;
  /** The last failure, in words, shown inside the case column. */
  error: string | null;
  /** The reader asked to leave a case with unsaved edits (back to the list, or closing the column): asked to confirm. */
  leaving: "list" | "close" | null;
  /** What changes of the map (or someone else's save) did to the open case since the reader last dismissed the notice. */
  mapChange: CaseMapChange | null;
}

export function emptyCaseWork(): CaseWork {
  return { panelOpen: false, list: null, saved: null, draft: null, conflict: null, busy: null, error: null, leaving: null, mapChange: null };
}

/** A case from the server → the draft the builder edits. */
export function draftOf(found: Case): CaseDraft {
  return {
    caseId: found.id,
    targetId: found.targetId,
    side: found.side,
    title: found.title,
    notes: found.notes,
    contentions: found.contentions.map(({ id, ...rest }) => ({ ...rest, id, key: id })),
  };
}

/** The PATCH body for a draft: the whole ordered list of contentions (ids kept, keys dropped), title and notes. */
export function patchOf(draft: CaseDraft): Omit<UpdateCase, "expectedVersion"> {
  return {
    title: draft.title.trim() || "Untitled case",
    notes: draft.notes,
    contentions: draft.contentions.map(({ key: _key, id, ...rest }) => (id ? { id, ...rest } : rest)),
  };
}

/** The draft differs from what was saved: there is something to save (or to lose). */
export function isDirty(saved: Case | null, draft: CaseDraft | null): boolean {
  if (!saved || !draft) return false;
  return JSON.stringify(patchOf(draftOf(saved))) !== JSON.stringify(patchOf(draft));
}

/** The tag line as read out: the edited tag, or the claim's title when the tag is empty. */
export function tagLineOf(contention: Pick<EditableContention, "tag" | "claimId">, titleOf: (nodeId: string) => string | undefined): string {
  return contention.tag.trim() || titleOf(contention.claimId) || "(a node no longer in the map)";
}
