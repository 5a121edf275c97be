import type { GraphRelation } from "../../server/contract/relation";
import { incomingOf, outgoingOf, type GraphIndex } from "./graph-index";
import { neighbourhood, restsOn, type Subgraph } from "./neighbourhood";
import type { ViewState } from "./view-state";

/** What the graph shows: hidden elements are removed from view; faded ones stay as context around a focus. */
export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenRelations: Set<string>;
  /** Null when nothing is focused; otherwise everything visible outside it is faded. */
  focused: Subgraph | null;
}

type Filters = Pick<ViewState, "hiddenNodeKinds" | "hiddenRelations" | "actors" | "focus">;

/**
 * Applies the filters (node kinds, relation kinds, actors) and then the focus. A relation is hidden when its kind is
 * hidden or either end is hidden (for an undercut: the relation it attacks). The actor filter keeps the chosen actors
 * and the nodes directly linked to them. A focus walks only visible relations.
 */
export function computeVisibility(index: GraphIndex, view: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const kinds = new Set(view.hiddenNodeKinds);
  const linked = view.actors.length > 0 ? actorCircle(index, view.actors) : null;
  for (const node of index.graph.nodes) {
    if (kinds.has(node.kind) || (linked && !linked.has(node.id))) hiddenNodes.add(node.id);
  }
  const hiddenRelations = new Set<string>();
  const relationKinds = new Set(view.hiddenRelations);
  const isHidden = (r: GraphRelation, depth = 0): boolean => {
    if (relationKinds.has(r.relation) || hiddenNodes.has(r.source)) return true;
    if (r.targetType === "node") return hiddenNodes.has(r.target);
    const attacked = index.relations.get(r.target);
    return !attacked || depth > 8 || isHidden(attacked, depth + 1);
  };
  for (const r of index.graph.relations) if (isHidden(r)) hiddenRelations.add(r.id);
  const allowed = (r: GraphRelation) => !hiddenRelations.has(r.id);
  let focused: Subgraph | null = null;
  const focus = view.focus;
  if (focus && index.nodes.has(focus.node) && !hiddenNodes.has(focus.node)) {
    focused =
      focus.mode === "rests-on"
        ? restsOn(index, focus.node, allowed)
        : neighbourhood(index, focus.node, focus.mode, focus.depth, allowed);
  }
  return { hiddenNodes, hiddenRelations, focused };
}

/** The chosen actors and every node an endorses/opposes/proposes/concerns relation links directly to one of them. */
function actorCircle(index: GraphIndex, actors: string[]): Set<string> {
  const circle = new Set<string>();
  for (const actor of actors) {
    if (!index.nodes.has(actor)) continue;
    circle.add(actor);
    for (const r of outgoingOf(index, actor)) if (r.targetType === "node") circle.add(r.target);
    for (const r of incomingOf(index, actor)) circle.add(r.source);
  }
  return circle;
}

/** Counts of what is on screen, for the status line. */
export function countVisible(index: GraphIndex, visibility: Visibility): Record<"claim" | "proposal" | "actor" | "relations", number> {
  const counts = { claim: 0, proposal: 0, actor: 0, relations: 0 };
  for (const node of index.graph.nodes) if (!visibility.hiddenNodes.has(node.id)) counts[node.kind] += 1;
  counts.relations = index.graph.relations.length - visibility.hiddenRelations.size;
  return counts;
}
