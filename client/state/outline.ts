import type { GraphNode } from "../../server/contract/node";
import type { RelationKind } from "../../server/contract/vocabulary";
import { incomingOf, outgoingOf, type GraphIndex } from "./graph-index";

/** How an outline item relates to its parent. */
export type OutlineRole =
  | "group" | "proposal" | "claim" | "actor"
  | "reason-for" | "reason-against" | "qualification" | "component" | "undercut"
  | "proposed-by" | "endorsed-by" | "opposed-by" | "proposes" | "endorses" | "opposes";

export interface OutlineItem {
  /** Unique along the tree path, so the same claim under two proposals is two items. */
  key: string;
  nodeId: string | null;
  label: string;
  role: OutlineRole;
  /** Node ids from the root down to this item, for cycle checks. */
  path: string[];
  /** The node already appears above this item on its path: shown, but not expanded again. */
  repeated: boolean;
  hasChildren: boolean;
}

const INTO: Partial<Record<RelationKind, OutlineRole>> = {
  part_of: "component", supports: "reason-for", contradicts: "reason-against", qualifies: "qualification",
  proposes: "proposed-by", endorses: "endorsed-by", opposes: "opposed-by",
};
const FROM_ACTOR: Partial<Record<RelationKind, OutlineRole>> = { proposes: "proposes", endorses: "endorses", opposes: "opposes" };
const ARGUMENT = new Set<RelationKind>(["part_of", "supports", "contradicts", "qualifies"]);
const ORDER: OutlineRole[] = ["component", "reason-for", "reason-against", "qualification", "undercut", "proposed-by", "endorsed-by", "opposed-by"];

/** Reading order: by first anchor in the source, then title. */
export function byReadingOrder(a: GraphNode, b: GraphNode): number {
  const at = (n: GraphNode) => Math.min(Number.MAX_SAFE_INTEGER, ...n.excerpts.map((e) => e.start));
  return at(a) - at(b) || a.title.localeCompare(b.title);
}

type GroupKey = "proposals" | "claims" | "actors";
const GROUP_LABELS: Record<GroupKey, string> = { proposals: "Proposals", claims: "Other claims", actors: "Actors" };
const groupCache = new WeakMap<GraphIndex, Record<GroupKey, GraphNode[]>>();

/**
 * The outline's top groups: top-level proposals (those not part of another), the claims that no proposal's tree
 * reaches, and the actors, each in reading order.
 */
function outlineGroups(index: GraphIndex): Record<GroupKey, GraphNode[]> {
  const cached = groupCache.get(index);
  if (cached) return cached;
  const nodes = [...index.graph.nodes].sort(byReadingOrder);
  const proposals = nodes.filter((n) => n.kind === "proposal" && !outgoingOf(index, n.id).some((r) => r.relation === "part_of"));
  const reached = reachedFrom(index, proposals.map((p) => p.id));
  const groups = {
    proposals,
    claims: nodes.filter((n) => n.kind !== "actor" && !reached.has(n.id)),
    actors: nodes.filter((n) => n.kind === "actor"),
  };
  groupCache.set(index, groups);
  return groups;
}

/** The top items of the outline; children come from `outlineChildren`, lazily, as a dense map unfolds into a large tree. */
export function outlineRoots(index: GraphIndex): OutlineItem[] {
  const groups = outlineGroups(index);
  return (Object.keys(GROUP_LABELS) as GroupKey[])
    .filter((key) => groups[key].length > 0)
    .map((key) => ({
      key: `group:${key}`, nodeId: null, label: `${GROUP_LABELS[key]} (${groups[key].length})`, role: "group", path: [], repeated: false, hasChildren: true,
    }));
}

export function outlineChildren(index: GraphIndex, item: OutlineItem): OutlineItem[] {
  if (item.repeated || LEAF_ROLES.has(item.role)) return [];
  if (item.role === "group") {
    const members = outlineGroups(index)[item.key.slice("group:".length) as GroupKey] ?? [];
    return members.map((n) => childItem(index, item, n.id, n.kind, n.id));
  }
  const node = item.nodeId ? index.nodes.get(item.nodeId) : undefined;
  if (!node) return [];
  if (node.kind === "actor") {
    return outgoingOf(index, node.id).flatMap((r) => {
      const role = FROM_ACTOR[r.relation];
      return role && r.targetType === "node" ? [childItem(index, item, r.target, role, r.id)] : [];
    });
  }
  const children: OutlineItem[] = [];
  for (const r of incomingOf(index, node.id)) {
    const role = INTO[r.relation];
    if (!role) continue;
    children.push(childItem(index, item, r.source, role, r.id));
    for (const u of incomingOf(index, r.id)) children.push(childItem(index, item, u.source, "undercut", u.id));
  }
  return children.sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
}

function childItem(index: GraphIndex, parent: OutlineItem, nodeId: string, role: OutlineRole, via: string): OutlineItem {
  const node = index.nodes.get(nodeId);
  const repeated = parent.path.includes(nodeId);
  const probe: OutlineItem = { key: "", nodeId, label: "", role, path: [], repeated, hasChildren: false };
  return {
    key: `${parent.key}/${via}`,
    nodeId,
    label: node?.title ?? "(missing node)",
    role,
    path: [...parent.path, nodeId],
    repeated,
    hasChildren: !repeated && isExpandable(index, probe),
  };
}

/** Backers (proposed/endorsed/opposed by) are leaves under a claim; an actor unfolds only under the Actors group. */
const LEAF_ROLES = new Set<OutlineRole>(["proposed-by", "endorsed-by", "opposed-by"]);

function isExpandable(index: GraphIndex, item: OutlineItem): boolean {
  const node = item.nodeId ? index.nodes.get(item.nodeId) : undefined;
  if (!node || LEAF_ROLES.has(item.role)) return false;
  if (node.kind === "actor") return outgoingOf(index, node.id).some((r) => FROM_ACTOR[r.relation] !== undefined);
  return incomingOf(index, node.id).some((r) => INTO[r.relation] !== undefined);
}

/** Node ids reachable from the roots through reasons, objections, qualifications, components and undercuts. */
function reachedFrom(index: GraphIndex, roots: string[]): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const r of incomingOf(index, id)) {
      if (!ARGUMENT.has(r.relation)) continue;
      for (const s of [r.source, ...incomingOf(index, r.id).map((u) => u.source)]) {
        if (seen.has(s)) continue;
        seen.add(s);
        queue.push(s);
      }
    }
  }
  return seen;
}

/** A visible row of the outline tree, with what ARIA's tree pattern needs. */
export interface OutlineRow {
  item: OutlineItem;
  level: number;
  setSize: number;
  posInSet: number;
  parentKey: string | null;
  expanded: boolean;
}

/** The rows a reader sees, depth first, descending only into expanded items. */
export function flattenOutline(index: GraphIndex, expanded: ReadonlySet<string>): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const walk = (items: OutlineItem[], level: number, parentKey: string | null) => {
    items.forEach((item, i) => {
      const open = item.hasChildren && expanded.has(item.key);
      rows.push({ item, level, setSize: items.length, posInSet: i + 1, parentKey, expanded: open });
      if (open) walk(outlineChildren(index, item), level + 1, item.key);
    });
  };
  walk(outlineRoots(index), 1, null);
  return rows;
}
