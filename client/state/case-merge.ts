import type { Case } from "../../server/contract/case";
import { draftOf, tagLineOf, type CaseDraft, type EditableContention } from "./case-work";

type TitleOf = (nodeId: string) => string | undefined;
const FIELDS = ["tag", "notes", "evidence", "objections", "caveatIds"] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byId = (list: EditableContention[]) => new Map(list.flatMap((c) => (c.id ? [[c.id, c] as const] : [])));

/**
 * What someone else changed between the version we read (`base`) and the one saved now (`current`), in words:
 * title, notes, contentions added, removed, reordered, and edits inside a contention.
 *
 * Example: base [a, b], current [b, a] with a's tag changed → ["Reordered the contentions: 1. b, 2. a", "Changed the tag line of “a” …"].
 */
export function describeChanges(base: Case, current: Case, titleOf: TitleOf): string[] {
  const changes: string[] = [];
  const was = draftOf(base);
  const now = draftOf(current);
  const label = (c: EditableContention) => `“${tagLineOf(c, titleOf)}”`;
  if (was.title !== now.title) changes.push(`Renamed the case from “${was.title}” to “${now.title}”.`);
  if (was.notes !== now.notes) changes.push("Changed the case's notes.");
  const before = byId(was.contentions);
  const after = byId(now.contentions);
  for (const c of now.contentions) if (c.id && !before.has(c.id)) changes.push(`Added the contention ${label(c)}.`);
  for (const c of was.contentions) if (c.id && !after.has(c.id)) changes.push(`Removed the contention ${label(c)}.`);
  const kept = (list: EditableContention[], other: Map<string, EditableContention>) => list.filter((c) => c.id && other.has(c.id)).map((c) => c.id);
  if (!same(kept(was.contentions, after), kept(now.contentions, before))) {
    const order = now.contentions.map((c, i) => `${i + 1}. ${tagLineOf(c, titleOf)}`).join(", ");
    changes.push(`Reordered the contentions: ${order}.`);
  }
  for (const c of now.contentions) {
    const old = c.id ? before.get(c.id) : undefined;
    if (!old) continue;
    if (old.tag !== c.tag) changes.push(`Changed the tag line of ${label(old)} to ${label(c)}.`);
    if (old.notes !== c.notes) changes.push(`Changed the notes of ${label(c)}.`);
    if (!same([old.evidence, old.objections, old.caveatIds], [c.evidence, c.objections, c.caveatIds])) {
      changes.push(`Changed the evidence, objections or caveats of ${label(c)}.`);
    }
  }
  if (changes.length === 0 && base.version !== current.version) changes.push("Saved it again without visible changes.");
  return changes;
}

/**
 * Our edits re-applied on top of someone else's save (a three-way merge): from `base` (what we read) to `mine` (our
 * draft), applied to `theirs` (the version saved now). A field we changed takes our value, any other field theirs;
 * contentions we removed stay removed, ours that are new are inserted where we put them, theirs that are new are
 * kept; if we reordered, our order wins (their new contentions go last), else theirs. A contention they removed is
 * gone even if we edited it.
 */
export function reapplyEdits(base: CaseDraft, mine: CaseDraft, theirs: Case): CaseDraft {
  const current = draftOf(theirs);
  const baseById = byId(base.contentions);
  const theirsById = byId(current.contentions);
  const mineById = byId(mine.contentions);
  const merge = (id: string): EditableContention => {
    const ours = mineById.get(id);
    const was = baseById.get(id);
    const result = { ...(theirsById.get(id) as EditableContention) };
    if (!ours || !was) return result;
    for (const f of FIELDS) if (!same(ours[f], was[f])) Object.assign(result, { [f]: ours[f] });
    return result;
  };
  const keptOrder = (list: EditableContention[]) => list.filter((c) => c.id && baseById.has(c.id) && mineById.has(c.id)).map((c) => c.id);
  const reordered = !same(keptOrder(mine.contentions), keptOrder(base.contentions));
  let contentions: EditableContention[];
  if (reordered) {
    contentions = mine.contentions.flatMap((c) => (!c.id || !baseById.has(c.id) ? [c] : theirsById.has(c.id) ? [merge(c.id)] : []));
    contentions.push(...current.contentions.filter((c) => c.id && !baseById.has(c.id)));
  } else {
    contentions = current.contentions.filter((c) => !c.id || !baseById.has(c.id) || mineById.has(c.id)).map((c) => (c.id && mineById.has(c.id) ? merge(c.id) : c));
    mine.contentions.forEach((c, at) => {
      if (!c.id || !baseById.has(c.id)) contentions.splice(Math.min(at, contentions.length), 0, c);
    });
  }
  return {
    ...current,
    title: mine.title !== base.title ? mine.title : current.title,
    notes: mine.notes !== base.notes ? mine.notes : current.notes,
    contentions,
  };
}
