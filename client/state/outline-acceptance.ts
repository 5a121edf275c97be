import type { AcceptanceLabelValue } from "../../server/contract/analysis";
import type { NodeStatus } from "./analysis-state";
import type { GraphIndex } from "./graph-index";
import { byReadingOrder, outlineChildren, type OutlineItem, type OutlineRow } from "./outline";

/**
 * The outline under analysis: each node's acceptance as the graph shows it (state/analysis-state.ts, `nodeStatuses`),
 * and a filter that lists only what does not survive, the rejected and undecided claims and proposals, each still
 * unfolding into the reasons that decide it.
 */

/** A node's mark in the outline: its label, whether a what-if (or the point of view's actor) forced it, and the words a screen reader says. */
export interface OutlineMark {
  label: AcceptanceLabelValue;
  assumed: boolean;
  text: string;
}

/**
 * The mark for a node's status, or null when it has none (analysis off, or an actor).
 *
 * @example
 * outlineMark("assumed-rejected") // → { label: "rejected", assumed: true, text: "assumed rejected" }
 */
export function outlineMark(status: NodeStatus | undefined): OutlineMark | null {
  if (!status) return null;
  const assumed = status.startsWith("assumed-");
  const label = (assumed ? status.slice("assumed-".length) : status) as AcceptanceLabelValue;
  return { label, assumed, text: assumed ? `assumed ${label}` : label };
}

/** What the outline lists: the whole map, or only the claims and proposals that are rejected or undecided. */
export type OutlineFilter = "all" | "unresolved";
export const UNRESOLVED_LABELS = ["rejected", "undecided"] as const;
type UnresolvedLabel = (typeof UNRESOLVED_LABELS)[number];
const GROUP_WORDS: Record<UnresolvedLabel, string> = { rejected: "Rejected", undecided: "Undecided" };

export const statusGroupKey = (label: UnresolvedLabel) => `status:${label}`;

/** The label a group of the filtered outline gathers ("status:rejected" → "rejected"), or null for any other item. */
export function statusOfGroup(item: OutlineItem): UnresolvedLabel | null {
  const label = item.role === "group" && item.key.startsWith("status:") ? item.key.slice("status:".length) : null;
  return UNRESOLVED_LABELS.find((l) => l === label) ?? null;
}

/** The claims and proposals with each unresolved label (assumed or not), in reading order. */
export function unresolvedNodes(index: GraphIndex, statuses: Record<string, NodeStatus>): Record<UnresolvedLabel, OutlineItem[]> {
  const groups: Record<UnresolvedLabel, OutlineItem[]> = { rejected: [], undecided: [] };
  const nodes = index.graph.nodes.filter((n) => n.kind !== "actor" && statuses[n.id] !== undefined).sort(byReadingOrder);
  for (const node of nodes) {
    const label = outlineMark(statuses[node.id])?.label;
    if (label !== "rejected" && label !== "undecided") continue;
    const key = `${statusGroupKey(label)}/${node.id}`;
    const item: OutlineItem = { key, nodeId: node.id, label: node.title, role: node.kind, path: [node.id], repeated: false, hasChildren: false };
    groups[label].push({ ...item, hasChildren: outlineChildren(index, item).length > 0 });
  }
  return groups;
}

/** The filtered outline's top items: "Rejected (n)" and "Undecided (n)", each present only when it has members. */
function unresolvedRoots(groups: Record<UnresolvedLabel, OutlineItem[]>): OutlineItem[] {
  return UNRESOLVED_LABELS.filter((label) => groups[label].length > 0).map((label) => ({
    key: statusGroupKey(label), nodeId: null, label: `${GROUP_WORDS[label]} (${groups[label].length})`, role: "group", path: [], repeated: false, hasChildren: true,
  }));
}

/**
 * The rows of the filtered outline, depth first through the expanded items (as `flattenOutline` walks the whole
 * map): the status groups, their nodes, and below each node its reasons and objections, whatever their status.
 */
export function flattenUnresolvedOutline(index: GraphIndex, statuses: Record<string, NodeStatus>, expanded: ReadonlySet<string>): OutlineRow[] {
  const groups = unresolvedNodes(index, statuses);
  const childrenOf = (item: OutlineItem) => {
    const label = statusOfGroup(item);
    return label ? groups[label] : outlineChildren(index, item);
  };
  const rows: OutlineRow[] = [];
  const walk = (items: OutlineItem[], level: number, parentKey: string | null) => {
    items.forEach((item, i) => {
      const open = item.hasChildren && expanded.has(item.key);
      rows.push({ item, level, setSize: items.length, posInSet: i + 1, parentKey, expanded: open });
      if (open) walk(childrenOf(item), level + 1, item.key);
    });
  };
  walk(unresolvedRoots(groups), 1, null);
  return rows;
}
