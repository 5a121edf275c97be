import type { Revision } from "../../server/contract/revision";

const refersTo = (row: unknown, id: string): boolean => {
  if (!row || typeof row !== "object") return false;
  const r = row as Record<string, unknown>;
  return r.id === id || r.nodeId === id || r.relationId === id || r.source === id || r.target === id;
};

/**
 * A node's (or a relation's) history: the revisions of the row itself, and of the relations and quotes that name it
 * (added, changed or deleted; for a relation, its quotes and objections), newest first, each once.
 * @example revisionsAbout([nodeRevs, mapRevs].flat(), "n1") // node n1's edits, its relations' and its excerpts'
 */
export function revisionsAbout(revisions: readonly Revision[], id: string): Revision[] {
  const about = new Map<number, Revision>();
  for (const r of revisions) if (r.entityId === id || refersTo(r.before, id) || refersTo(r.after, id)) about.set(r.id, r);
  return [...about.values()].sort((a, b) => b.id - a.id);
}
