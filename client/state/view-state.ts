import type { Semantics } from "../../server/contract/analysis";
import type { NodeKind, RelationKind } from "../../server/contract/vocabulary";

/** How the graph is arranged: saved positions, hierarchical (dagre), force-directed (fcose) or grouped by actor. */
export type LayoutName = "saved" | "hierarchy" | "force" | "actors";
export const LAYOUT_NAMES: readonly LayoutName[] = ["saved", "hierarchy", "force", "actors"];

/** Which neighbours a focus follows: reasons into the node, what it points to, both, or its support tree. */
export type FocusMode = "in" | "out" | "both" | "rests-on";
export const FOCUS_MODES: readonly FocusMode[] = ["in", "out", "both", "rests-on"];

export interface Focus {
  node: string;
  mode: FocusMode;
  /** Hops for in/out/both; ignored by rests-on, which follows the whole tree. */
  depth: number;
}

export type ViewMode = "graph" | "outline";

/** Everything a deep link reopens. Kept in the URL (state/url-state.ts) and in the app store. */
export interface ViewState {
  /** Map slug. */
  map: string | null;
  /** The selected node, or null. */
  selected: string | null;
  /** The selected relation (an edge of the graph), or null; a node and a relation are never both selected. */
  selectedRelation: string | null;
  focus: Focus | null;
  hiddenNodeKinds: NodeKind[];
  hiddenRelations: RelationKind[];
  /** When non-empty, show only the listed actors and the nodes directly linked to them. */
  actors: string[];
  mode: ViewMode;
  /** null: automatic (saved positions when the map has them, else hierarchical). */
  layout: LayoutName | null;
  /** The source document open in the reader, or null for the map's first. */
  document: string | null;
  /** Acceptance analysis drawn on the graph, or null when off (see state/analysis-state.ts). */
  semantics: Semantics | null;
  /** What-if assumptions: node id → the status forced on it (kept while analysis is off). */
  assumptions: Assumptions;
  /**
   * The actor whose point of view the analysis shows (what it endorses or proposes assumed accepted, what it opposes
   * rejected, the what-ifs on top), or null for the neutral analysis.
   */
  pointOfView: string | null;
  /** The debate case open in the case builder (issue 7), or null. */
  case: string | null;
}

export type AssumedStatus = "accepted" | "rejected";
export type Assumptions = Readonly<Record<string, AssumedStatus>>;

export const MAX_FOCUS_DEPTH = 6;

/**
 * `concerns` ("this claim is about Russia") is hidden by default: it links most claims to a few actors, and drawn it
 * buries the argument under edges. It stays one click away in the legend and is listed in every node's details.
 */
export const DEFAULT_HIDDEN_RELATIONS: RelationKind[] = ["concerns"];

export const DEFAULT_VIEW: ViewState = {
  map: null,
  selected: null,
  selectedRelation: null,
  focus: null,
  hiddenNodeKinds: [],
  hiddenRelations: DEFAULT_HIDDEN_RELATIONS,
  actors: [],
  mode: "graph",
  layout: null,
  document: null,
  semantics: null,
  assumptions: {},
  pointOfView: null,
  case: null,
};

/** A fresh view of another map: filters and selection do not carry over between maps. */
export function viewOfMap(map: string | null): ViewState {
  return { ...DEFAULT_VIEW, map };
}

export function clampDepth(depth: number): number {
  return Number.isFinite(depth) ? Math.min(MAX_FOCUS_DEPTH, Math.max(1, Math.round(depth))) : 1;
}
