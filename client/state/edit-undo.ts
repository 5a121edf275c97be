import type { SourceDocument } from "../../server/contract/document";
import type { Excerpt } from "../../server/contract/excerpt";
import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";

/**
 * Undo for one user in one browser session: each entry is a change this user made, with what is needed to take it
 * back through the API: delete what was created, restore what was edited, re-create what was deleted. Every entry
 * keeps the version its row had after the change (kept current as this user makes further changes), so undoing a
 * row that someone else changed since answers 409 and shows the conflict instead of overwriting their work.
 */
export type UndoEntry =
  | { type: "create-node"; node: GraphNode }
  | { type: "update-node"; before: GraphNode; after: GraphNode }
  /** The node, with the relations that went with it (and their undercuts), in an order they can be re-created in. */
  | { type: "delete-node"; node: GraphNode; relations: GraphRelation[] }
  | { type: "create-relation"; relation: GraphRelation }
  | { type: "update-relation"; before: GraphRelation; after: GraphRelation }
  | { type: "delete-relation"; relations: GraphRelation[] }
  | { type: "create-excerpt"; excerpt: Excerpt }
  | { type: "move-excerpt"; before: Excerpt; after: Excerpt }
  | { type: "delete-excerpt"; excerpt: Excerpt }
  | { type: "update-document"; before: SourceDocument; after: SourceDocument };

/** One API call that takes (part of) a change back. */
export type UndoStep =
  | { op: "delete"; entity: "node" | "relation" | "excerpt"; id: string; version: number; base: Record<string, unknown> }
  | { op: "update"; entity: "node" | "relation" | "document"; id: string; version: number; patch: Record<string, unknown>; base: Record<string, unknown> }
  | { op: "move-excerpt"; id: string; version: number; anchor: { start: number; end: number; quote: string }; base: Record<string, unknown> }
  | { op: "create-node"; node: GraphNode }
  | { op: "create-relation"; relation: GraphRelation }
  | { op: "create-excerpt"; excerpt: Excerpt };

export const UNDO_LIMIT = 50;

export const pushUndo = (stack: UndoEntry[], entry: UndoEntry): UndoEntry[] => [...stack, entry].slice(-UNDO_LIMIT);

const NODE_FIELDS = ["title", "text", "aliases", "tags"] as const;
const RELATION_FIELDS = ["relation", "strength", "note", "group"] as const;
const DOCUMENT_FIELDS = ["title", "text", "authors", "venue", "date", "url", "citation"] as const;

/** The fields of `before` that differ from `after`: the patch that restores `before`. */
export function restorePatch<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) patch[f] = before[f];
  return patch;
}

const row = (value: object) => value as Record<string, unknown>;

/** The API calls that undo an entry, in order. Re-created rows get new ids; the runner maps old ids to new ones. */
export function undoSteps(entry: UndoEntry): UndoStep[] {
  switch (entry.type) {
    case "create-node":
      return [{ op: "delete", entity: "node", id: entry.node.id, version: entry.node.version, base: row(entry.node) }];
    case "update-node":
      return [{ op: "update", entity: "node", id: entry.after.id, version: entry.after.version, patch: restorePatch(entry.before, entry.after, NODE_FIELDS), base: row(entry.after) }];
    case "delete-node":
      return [
        { op: "create-node", node: entry.node },
        ...entry.node.excerpts.filter((e) => !e.orphaned).map((excerpt) => ({ op: "create-excerpt" as const, excerpt })),
        ...recreateRelations(entry.relations),
      ];
    case "create-relation":
      return [{ op: "delete", entity: "relation", id: entry.relation.id, version: entry.relation.version, base: row(entry.relation) }];
    case "update-relation":
      return [{ op: "update", entity: "relation", id: entry.after.id, version: entry.after.version, patch: restorePatch(entry.before, entry.after, RELATION_FIELDS), base: row(entry.after) }];
    case "delete-relation":
      return recreateRelations(entry.relations);
    case "create-excerpt":
      return [{ op: "delete", entity: "excerpt", id: entry.excerpt.id, version: entry.excerpt.version, base: row(entry.excerpt) }];
    case "move-excerpt": {
      const { start, end, quote } = entry.before;
      return [{ op: "move-excerpt", id: entry.after.id, version: entry.after.version, anchor: { start, end, quote }, base: row(entry.after) }];
    }
    case "delete-excerpt":
      return [{ op: "create-excerpt", excerpt: entry.excerpt }];
    case "update-document":
      return [{ op: "update", entity: "document", id: entry.after.id, version: entry.after.version, patch: restorePatch(entry.before, entry.after, DOCUMENT_FIELDS), base: row(entry.after) }];
  }
}

const recreateRelations = (relations: GraphRelation[]): UndoStep[] =>
  relations.flatMap((relation) => [
    { op: "create-relation" as const, relation },
    ...relation.excerpts.filter((e) => !e.orphaned).map((excerpt) => ({ op: "create-excerpt" as const, excerpt })),
  ]);

/**
 * What deleting a node takes with it: its relations, and the undercuts of those (transitively), ordered so that
 * every relation comes after the relation it undercuts, which is the order they can be re-created in.
 */
export function relationsDeletedWith(relations: readonly GraphRelation[], ids: { node?: string; relation?: string }): GraphRelation[] {
  const gone = new Set<string>();
  const ordered: GraphRelation[] = [];
  let frontier = relations.filter((r) => r.id === ids.relation || (ids.node !== undefined && (r.source === ids.node || (r.targetType === "node" && r.target === ids.node))));
  while (frontier.length > 0) {
    for (const r of frontier) {
      gone.add(r.id);
      ordered.push(r);
    }
    frontier = relations.filter((r) => !gone.has(r.id) && r.targetType === "relation" && gone.has(r.target));
  }
  return ordered;
}

/** The rows an entry refers to (and would send a version for). */
const idsOf = (entry: UndoEntry): string[] => {
  switch (entry.type) {
    case "create-node":
      return [entry.node.id];
    case "create-relation":
      return [entry.relation.id];
    case "create-excerpt":
      return [entry.excerpt.id];
    case "update-node":
    case "update-relation":
    case "update-document":
    case "move-excerpt":
      return [entry.after.id];
    default:
      return [];
  }
};

/** This user changed a row again (or an undo did): later undos of it must send its new version. */
export function noteVersion(stack: UndoEntry[], id: string, version: number): UndoEntry[] {
  return stack.map((entry) => {
    if (!idsOf(entry).includes(id)) return entry;
    switch (entry.type) {
      case "create-node":
        return { ...entry, node: { ...entry.node, version } };
      case "create-relation":
        return { ...entry, relation: { ...entry.relation, version } };
      case "create-excerpt":
        return { ...entry, excerpt: { ...entry.excerpt, version } };
      case "update-node":
        return { ...entry, after: { ...entry.after, version } };
      case "update-relation":
        return { ...entry, after: { ...entry.after, version } };
      case "update-document":
        return { ...entry, after: { ...entry.after, version } };
      case "move-excerpt":
        return { ...entry, after: { ...entry.after, version } };
      default:
        return entry;
    }
  });
}

/**
 * After an undo re-created deleted rows under new ids, earlier entries that name the old ids are rewritten to the
 * new ones (JSON round trip: entries are plain data, and ids are opaque strings that only ever appear as ids).
 */
export function remapIds(stack: UndoEntry[], remap: ReadonlyMap<string, string>): UndoEntry[] {
  if (remap.size === 0) return stack;
  return JSON.parse(JSON.stringify(stack), (key, value) =>
    typeof value === "string" && remap.has(value) && /^(id|nodeId|relationId|source|target)$/.test(key) ? remap.get(value) : value,
  ) as UndoEntry[];
}

/** "add the claim “Russia …”": what the Undo button would take back. */
export function describeUndo(entry: UndoEntry, max = 40): string {
  const q = (title: string) => `“${title.length > max ? `${title.slice(0, max - 1)}…` : title}”`;
  switch (entry.type) {
    case "create-node":
      return `add the ${entry.node.kind} ${q(entry.node.title)}`;
    case "update-node":
      return `edit of ${q(entry.after.title)}`;
    case "delete-node":
      return `delete the ${entry.node.kind} ${q(entry.node.title)}`;
    case "create-relation":
      return `add the “${entry.relation.relation.replace("_", " ")}” relation`;
    case "update-relation":
      return `edit of the “${entry.after.relation.replace("_", " ")}” relation`;
    case "delete-relation":
      return `delete the “${entry.relations[0]?.relation.replace("_", " ") ?? ""}” relation`;
    case "create-excerpt":
      return `attach the quote ${q(entry.excerpt.quote)}`;
    case "move-excerpt":
      return `re-anchor the quote ${q(entry.before.quote)}`;
    case "delete-excerpt":
      return `remove the quote ${q(entry.excerpt.quote)}`;
    case "update-document":
      return `edit of the source ${q(entry.after.title)}`;
  }
}
