/**
 * A write that answered 409: someone else changed the row after this user read it. Nothing is overwritten silently:
 * the user sees their version beside the other person's, field by field, and chooses.
 */

export type ConflictEntity = "node" | "relation" | "document" | "excerpt";

export interface Conflict {
  entity: ConflictEntity;
  id: string;
  /** What this user tried: change some fields, or delete the row. */
  action: "update" | "delete";
  /** The row as this user last saw it (the version their change was based on). */
  base: Record<string, unknown>;
  /** The row as it is now (from the 409's problem body), with its new version. */
  theirs: Record<string, unknown>;
  /** The fields this user changed (for an update). */
  mine: Record<string, unknown>;
  /** The conflict came from undoing a change: resolving it in the user's favour completes the undo. */
  undo: boolean;
  /** Who made the other change and when, once the history has answered. */
  by: { actor: string; at: string } | null;
}

/** One row of the conflict table. */
export interface FieldConflict {
  field: string;
  label: string;
  /** As this user read it. */
  base: string;
  theirs: string;
  /** This user's value; null when they did not change the field. */
  mine: string | null;
  /** The other person changed this field. */
  changedByThem: boolean;
  /** Both changed it, to different values: applying "mine" replaces theirs. */
  clash: boolean;
}

/** Bookkeeping fields that are not content: never shown as someone's change. */
const IGNORED = new Set(["id", "mapId", "version", "createdAt", "updatedAt", "excerpts", "position", "length"]);

const LABELS: Record<string, string> = {
  title: "Title",
  text: "Text",
  aliases: "Also called",
  tags: "Tags",
  relation: "Relation",
  note: "Note",
  strength: "Strength",
  group: "Linked group",
  authors: "Authors",
  venue: "Venue",
  date: "Date",
  url: "Link",
  citation: "Citation",
  quote: "Quote",
  start: "Start",
  end: "End",
  orphaned: "Lost its place",
  reanchored: "Quotes",
};

/** A value as the conflict table shows it: lists joined, nothing as a dash, long texts kept whole. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(formatValue).join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (isReanchorReport(value)) return `${value.unchanged} in place, ${value.moved.length} moved, ${value.orphaned.length} lost their place`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** What re-anchoring did after a text edit (contract/reanchor.ts), as a document's revision records it. */
function isReanchorReport(value: unknown): value is { unchanged: number; moved: unknown[]; orphaned: unknown[] } {
  const v = value as Record<string, unknown> | null;
  return typeof v === "object" && v !== null && typeof v.unchanged === "number" && Array.isArray(v.moved) && Array.isArray(v.orphaned);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields to show: every field the other person changed, and every field this user changed, in a stable order
 * (this user's first). A field both changed to the same value is no clash.
 * @example conflictFields({ title: "A", text: "x" }, { title: "B", text: "x" }, { text: "y" })
 *   // [{ field: "text", mine: "y", changedByThem: false, clash: false, … }, { field: "title", theirs: "B", changedByThem: true, … }]
 */
export function conflictFields(base: Record<string, unknown>, theirs: Record<string, unknown>, mine: Record<string, unknown>): FieldConflict[] {
  const fields = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !(k in mine))].filter((k) => !IGNORED.has(k));
  return fields
    .map((field) => {
      const changedByThem = !same(base[field], theirs[field]);
      const minePresent = field in mine;
      return {
        field,
        label: LABELS[field] ?? field,
        base: formatValue(base[field]),
        theirs: formatValue(theirs[field]),
        mine: minePresent ? formatValue(mine[field]) : null,
        changedByThem,
        clash: minePresent && changedByThem && !same(mine[field], theirs[field]),
      };
    })
    .filter((f) => f.mine !== null || f.changedByThem);
}

/** The fields that differ between two states of a row (for history entries): before and after, formatted. */
export function changedFields(before: unknown, after: unknown): { field: string; label: string; before: string; after: string }[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k) && !same(b[k], a[k]));
  return keys.map((field) => ({ field, label: LABELS[field] ?? field, before: formatValue(b[field]), after: formatValue(a[field]) }));
}

/** The version the other person's row is at: what "apply mine on top" sends as If-Match. */
export function versionOf(row: Record<string, unknown>): number | null {
  return typeof row.version === "number" ? row.version : null;
}
