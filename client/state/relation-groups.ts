import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";
import type { RelationKind } from "../../server/contract/vocabulary";
import { describeRelation, incomingOf, outgoingOf, type GraphIndex } from "./graph-index";

/** One line in a details panel group: the relation and the node at its other end. */
export interface RelationEntry {
  relation: GraphRelation;
  other: GraphNode;
  /** For an undercut: the attacked relation in words ("A supports B"). */
  attacked?: string;
  /** Undercuts attacking this relation (the reason does not carry). */
  undercutBy: { relation: GraphRelation; other: GraphNode }[];
}

export interface RelationGroup {
  key: string;
  label: string;
  relation: RelationKind;
  direction: "in" | "out" | "undercut";
  entries: RelationEntry[];
}

/** Headings in reading order: first what bears on the node, then what the node bears on. */
const GROUPS: { direction: RelationGroup["direction"]; relation: RelationKind; label: string }[] = [
  { direction: "in", relation: "supports", label: "Reasons for" },
  { direction: "in", relation: "contradicts", label: "Reasons against" },
  { direction: "in", relation: "qualifies", label: "Qualifications" },
  { direction: "in", relation: "part_of", label: "Components" },
  { direction: "in", relation: "proposes", label: "Proposed by" },
  { direction: "in", relation: "endorses", label: "Endorsed by" },
  { direction: "in", relation: "opposes", label: "Opposed by" },
  { direction: "out", relation: "supports", label: "Supports" },
  { direction: "out", relation: "contradicts", label: "Argues against" },
  { direction: "undercut", relation: "contradicts", label: "Undercuts" },
  { direction: "out", relation: "qualifies", label: "Qualifies" },
  { direction: "out", relation: "part_of", label: "Part of" },
  { direction: "out", relation: "proposes", label: "Proposes" },
  { direction: "out", relation: "endorses", label: "Endorses" },
  { direction: "out", relation: "opposes", label: "Opposes" },
  { direction: "out", relation: "concerns", label: "Concerns" },
  { direction: "in", relation: "concerns", label: "Claims and proposals about this actor" },
];

/**
 * A node's relations grouped the way an analyst reads them: reasons for, reasons against, qualifications,
 * components, who proposes, endorses or opposes it, then what it supports, attacks, undercuts, qualifies, and so on.
 * Empty groups are left out. Each entry carries the undercuts of its relation.
 */
export function groupRelations(index: GraphIndex, nodeId: string): RelationGroup[] {
  const entry = (relation: GraphRelation, otherId: string | undefined): RelationEntry | null => {
    const other = otherId ? index.nodes.get(otherId) : undefined;
    if (!other) return null;
    const undercutBy = incomingOf(index, relation.id).flatMap((u) => {
      const source = index.nodes.get(u.source);
      return source ? [{ relation: u, other: source }] : [];
    });
    return { relation, other, undercutBy };
  };
  const pick = (direction: RelationGroup["direction"], kind: RelationKind): RelationEntry[] => {
    if (direction === "in") return incomingOf(index, nodeId).filter((r) => r.relation === kind).flatMap((r) => entry(r, r.source) ?? []);
    const out = outgoingOf(index, nodeId).filter((r) => r.relation === kind && (direction === "undercut") === (r.targetType === "relation"));
    if (direction === "out") return out.flatMap((r) => entry(r, r.target) ?? []);
    return out.flatMap((r) => {
      const attacked = index.relations.get(r.target);
      const found = attacked ? entry(r, attacked.target) : null;
      return found && attacked ? [{ ...found, attacked: describeRelation(index, attacked) }] : [];
    });
  };
  return GROUPS.flatMap(({ direction, relation, label }) => {
    const entries = pick(direction, relation);
    return entries.length > 0 ? [{ key: `${direction}:${relation}`, label, relation, direction, entries }] : [];
  });
}
