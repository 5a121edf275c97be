import type { CruxJson } from "../../contract/crux-json";
import type { Position } from "../../contract/node";
import { NodeKindSchema, RelationKindSchema, type RelationKind } from "../../contract/vocabulary";
import type { MapBuilder } from "./map-builder";

/**
 * The shared element view for graph formats (GraphML, Cytoscape): nodes and edges only, because edges cannot
 * point at edges there. An undercut (a contradicts whose target is a relation) points instead at an anchor node
 * standing for the attacked relation (`kind: "relation-anchor"`, `relation: <relation id>`), and the undercut
 * edge also names the relation in `targetRelation`. Anchor ids are `anchor:<relation id>`, made unique.
 */
export interface GraphElements {
  /** Anchors sit halfway along the attacked relation when both its ends have positions. */
  anchors: { id: string; relationId: string; position: Position | null }[];
  /** The node id each relation's edge points at: its target, or the anchor of the relation it attacks. */
  edgeTarget: Map<string, string>;
}

/** The `kind` of anchor nodes standing for attacked relations. */
export const ANCHOR_KIND = "relation-anchor";

/** Plans the anchor nodes and each relation's edge target for a graph export. */
export function buildGraphElements(map: CruxJson): GraphElements {
  const taken = new Set([...map.nodes.map((n) => n.id), ...map.relations.map((r) => r.id)]);
  const relations = new Map(map.relations.map((r) => [r.id, r]));
  const positions = new Map(map.nodes.map((n) => [n.id, n.position]));
  const relationIds = new Set(relations.keys());
  const anchorOf = new Map<string, string>();
  const anchors: GraphElements["anchors"] = [];
  const edgeTarget = new Map<string, string>();
  for (const r of map.relations) {
    if (!relationIds.has(r.target)) {
      edgeTarget.set(r.id, r.target);
      continue;
    }
    let anchor = anchorOf.get(r.target);
    if (!anchor) {
      anchor = `anchor:${r.target}`;
      while (taken.has(anchor)) anchor = `${anchor}_`;
      taken.add(anchor);
      anchorOf.set(r.target, anchor);
      const attacked = relations.get(r.target)!;
      const [from, to] = [positions.get(attacked.source), positions.get(attacked.target)];
      const position = from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : null;
      anchors.push({ id: anchor, relationId: r.target, position });
    }
    edgeTarget.set(r.id, anchor);
  }
  return { anchors, edgeTarget };
}

/** A node as graph formats describe it, before it becomes a Crux node (or an anchor). */
export interface ElementNode {
  id: string;
  kind?: string;
  title?: string;
  text?: string;
  aliases?: string[];
  tags?: string[];
  position?: Position | null;
  /** For anchors: the id of the edge (relation) they stand for. */
  relationId?: string;
}

/** An edge as graph formats describe it; `targetRelation` names the edge an undercut attacks. */
export interface ElementEdge {
  id: string;
  source: string;
  target: string;
  relation?: string;
  strength?: number | null;
  note?: string;
  group?: string | null;
  targetRelation?: string;
}

/**
 * Adds graph elements to a map being imported: anchors are resolved back into undercuts (edges whose target is
 * an anchor, or which name a `targetRelation`, attack that relation); an edge without a relation kind reads as
 * `supports`; unknown node kinds read as claims; what cannot be read is reported in the builder's warnings.
 */
export function addGraphElements(builder: MapBuilder, nodes: ElementNode[], edges: ElementEdge[]): void {
  const ids = new Map<string, string>(); // element node id → Crux node id
  const relationIds = new Map<string, string>(); // element edge id → Crux relation id ("" when left out)
  const anchors = new Map<string, string>();
  for (const node of nodes) {
    if (node.kind === ANCHOR_KIND) {
      anchors.set(node.id, node.relationId ?? "");
      continue;
    }
    const kind = NodeKindSchema.safeParse(node.kind);
    if (!kind.success && node.kind) builder.warnings.add(`Nodes of kind "${node.kind}" were read as claims`);
    const { title, text, aliases, tags, position } = node;
    ids.set(node.id, builder.addNode({ kind: kind.success ? kind.data : "claim", title: title || node.id, text, aliases, tags, position }));
  }
  let pending: { edge: ElementEdge; relation: RelationKind; attacked: string }[] = [];
  for (const edge of edges) {
    const relation = edge.relation ? RelationKindSchema.safeParse(edge.relation) : { success: true as const, data: "supports" as const };
    if (!edge.relation) builder.warnings.add("Edges without a relation kind were read as supports");
    if (!relation.success) {
      builder.warnings.add(`Edges of kind "${edge.relation}" have no Crux equivalent and were left out`);
      continue;
    }
    const attacked = edge.targetRelation ?? anchors.get(edge.target);
    if (attacked !== undefined) pending.push({ edge, relation: relation.data, attacked });
    else relationIds.set(edge.id, addEdge(builder, edge, relation.data, ids.get(edge.target)) ?? "");
  }
  // Undercuts wait for the relation they attack, which may itself be an undercut.
  for (let before = Infinity; pending.length > 0 && pending.length < before; ) {
    before = pending.length;
    pending = pending.filter(({ edge, relation, attacked }) => {
      if (!relationIds.has(attacked)) return true;
      relationIds.set(edge.id, addEdge(builder, edge, relation, relationIds.get(attacked) || undefined) ?? "");
      return false;
    });
  }
  pending.forEach(() => builder.warnings.add("Undercuts of relations that are not in the file were left out"));

  function addEdge(b: MapBuilder, edge: ElementEdge, relation: RelationKind, target: string | undefined): string | null {
    const strength = typeof edge.strength === "number" && edge.strength >= 0 && edge.strength <= 1 ? edge.strength : null;
    return b.addRelation({ source: ids.get(edge.source) ?? "", target: target ?? "", relation, strength, note: edge.note, group: edge.group });
  }
}
