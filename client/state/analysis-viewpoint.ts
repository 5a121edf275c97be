import type { AcceptanceLabelValue, AcceptanceResult, ActorView, StatedStance } from "../../server/contract/analysis";
import { nodeRef, type NodeRef } from "./analysis-explanation";
import { outgoingOf, type GraphIndex } from "./graph-index";
import type { ViewState } from "./view-state";

/**
 * An actor's point of view (issue 5's `GET /maps/:map/actors/:actor/view`) beside the neutral analysis: what the
 * actor states, and which claims and proposals change their label once that is assumed. Pure; the panels in
 * panels/analysis/viewpoint-panel.tsx show it.
 */

/** An actor the point-of-view selector offers, with how many claims and proposals it states a stance on. */
export interface ViewpointActor {
  id: string;
  title: string;
  /** 0: nothing is assumed from its point of view, which is then the neutral analysis. */
  stated: number;
}

/** One stated stance of an actor, as its point of view assumes it. */
export interface StatedPosition {
  node: NodeRef;
  stance: StatedStance;
  label: AcceptanceLabelValue;
}

/** A claim or proposal whose label from the actor's point of view differs from the neutral analysis. */
export interface ViewpointDifference {
  node: NodeRef;
  neutral: AcceptanceLabelValue;
  actor: AcceptanceLabelValue;
  /** The actor's own stance on the node (assumed), or null when the change follows from its other stances. */
  stated: StatedStance | null;
}

export interface ViewpointComparison {
  actor: NodeRef;
  /** Proposals by label from the actor's point of view. */
  proposals: Record<AcceptanceLabelValue, number>;
  /** Proposals first, then claims, each in the map's order. */
  differences: ViewpointDifference[];
  /** What the actor states (in the map's order); a what-if on the same node takes precedence over it. */
  stated: StatedPosition[];
  /** Nodes it both backs and opposes: left free, so they count as no stance. */
  conflicts: NodeRef[];
}

/** The actor's stated stance on each node it endorses, proposes or opposes (`proposes` before `endorses`), and the conflicts. */
export function statedStances(index: GraphIndex, actor: string): { stances: Map<string, StatedStance>; conflicts: string[] } {
  const backs = new Map<string, StatedStance>();
  const opposes = new Set<string>();
  for (const relation of outgoingOf(index, actor)) {
    if (relation.targetType !== "node") continue;
    if (relation.relation === "opposes") opposes.add(relation.target);
    else if (relation.relation === "proposes" || (relation.relation === "endorses" && !backs.has(relation.target))) backs.set(relation.target, relation.relation);
  }
  const conflicts = [...backs.keys()].filter((id) => opposes.has(id));
  const stances = new Map<string, StatedStance>([...backs].filter(([id]) => !opposes.has(id)));
  for (const id of opposes) if (!backs.has(id)) stances.set(id, "opposes");
  return { stances, conflicts };
}

/** The map's actors for the selector: those that state a stance first, each group by title. */
export function viewpointActors(index: GraphIndex): ViewpointActor[] {
  return index.graph.nodes
    .filter((node) => node.kind === "actor")
    .map((node) => ({ id: node.id, title: node.title, stated: statedStances(index, node.id).stances.size }))
    .sort((a, b) => Number(b.stated > 0) - Number(a.stated > 0) || a.title.localeCompare(b.title));
}

/** The point of view that applies: the chosen actor when the loaded map has it, else null (links outlive actors). */
export function effectivePointOfView(pointOfView: string | null, index: GraphIndex): string | null {
  return pointOfView && index.nodes.get(pointOfView)?.kind === "actor" ? pointOfView : null;
}

/** The actor whose point of view colours the graph: the effective one while the analysis is on. */
export function shownViewpoint(state: { view: Pick<ViewState, "semantics" | "pointOfView">; loaded: { index: GraphIndex } | null }): string | null {
  return state.view.semantics && state.loaded ? effectivePointOfView(state.view.pointOfView, state.loaded.index) : null;
}

/**
 * The actor's view beside the neutral analysis, or null while they do not answer the same question (one still
 * loading for another semantics or other what-ifs): comparing them then would report differences that are not the
 * actor's.
 *
 * @example
 * // neutral { p1: rejected, c1: rejected }, Russia's view { p1: accepted, c1: accepted } with c1 assumed
 * // (Russia endorses c1) → differences: p1 (follows from its stances), then c1 (stated: endorses)
 */
export function compareViewpoint(neutral: AcceptanceResult, view: ActorView, index: GraphIndex): ViewpointComparison | null {
  const sameWhatIfs = Object.entries(neutral.assumptions).every(([id, status]) => view.assumptions[id] === status);
  if (neutral.semantics !== view.semantics || !sameWhatIfs) return null;
  const { stances, conflicts } = statedStances(index, view.actor);
  const proposals = { accepted: 0, rejected: 0, undecided: 0 };
  const differences: ViewpointDifference[] = [];
  const stated: StatedPosition[] = [];
  for (const node of index.graph.nodes) {
    const label = view.labels[node.id];
    if (!label) continue;
    if (node.kind === "proposal") proposals[label] += 1;
    const stance = stances.get(node.id) ?? null;
    if (stance) stated.push({ node: nodeRef(index, node.id), stance, label });
    const before = neutral.labels[node.id];
    if (before && before !== label) differences.push({ node: nodeRef(index, node.id), neutral: before, actor: label, stated: stance });
  }
  differences.sort((a, b) => Number(b.node.kind === "proposal") - Number(a.node.kind === "proposal"));
  return { actor: nodeRef(index, view.actor), proposals, differences, stated, conflicts: conflicts.map((id) => nodeRef(index, id)) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The comparison in two sentences, e.g. "From Russia’s point of view: 19 proposals accepted, 2 rejected. 1 node
 * differs from the neutral analysis."
 */
export function viewpointSummary(comparison: ViewpointComparison): string {
  const { actor, proposals, differences, stated } = comparison;
  const counts = [`${plural(proposals.accepted, "proposal")} accepted`, `${proposals.rejected} rejected`];
  if (proposals.undecided > 0) counts.push(`${proposals.undecided} undecided`);
  const head = `From ${actor.title}’s point of view: ${counts.join(", ")}.`;
  if (stated.length === 0) return `${head} ${actor.title} states no stance in this map, so this is the neutral analysis.`;
  if (differences.length === 0) return `${head} Nothing differs from the neutral analysis.`;
  return `${head} ${plural(differences.length, "node differs", "nodes differ")} from the neutral analysis.`;
}
