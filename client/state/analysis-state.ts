import type { AcceptanceLabelValue, AcceptanceResult, ActorView, CruxReport, Explanation, Semantics, StanceMatrix, WarningsReport } from "../../server/contract/analysis";
import type { ErrorMessage } from "./app-state";
import type { GraphIndex } from "./graph-index";
import type { Assumptions, ViewState } from "./view-state";

/**
 * What the analysis views show (issue 5): answers of the analysis API for the current view, each in a slot that says
 * what it answers (`key`: map, content version, semantics, assumptions, node) and how far loading got. A slot keeps
 * its last answer while the next one loads, so the graph keeps its colours until the new ones arrive. Which semantics
 * and assumptions apply is view state (and so in the URL); this is only data. state/analysis-loader.ts fills it.
 */
export interface Remote<T> {
  key: string | null;
  status: "idle" | "loading" | "ready" | "failed";
  /** The last answer; while loading, the one for the previous key (or null). */
  data: T | null;
  error: ErrorMessage | null;
}

/** The tables below the graph. */
export type AnalysisTab = "viewpoint" | "stances" | "cruxes" | "warnings";
export const ANALYSIS_TABS: readonly AnalysisTab[] = ["viewpoint", "stances", "cruxes", "warnings"];

export interface AnalysisState {
  /** The neutral acceptance: nobody's stances assumed, only the what-ifs. */
  acceptance: Remote<AcceptanceResult>;
  /** The acceptance from the chosen actor's point of view (state/analysis-viewpoint.ts compares it with the neutral). */
  actorView: Remote<ActorView>;
  /** Why the selected node has its label. */
  explanation: Remote<Explanation>;
  stances: Remote<StanceMatrix>;
  cruxes: Remote<CruxReport>;
  warnings: Remote<WarningsReport>;
  /** The table open below the graph, or null (closed). */
  tab: AnalysisTab | null;
}

export type AnalysisSlot = Exclude<keyof AnalysisState, "tab">;
export const ANALYSIS_SLOTS: readonly AnalysisSlot[] = ["acceptance", "actorView", "explanation", "stances", "cruxes", "warnings"];

export const IDLE: Remote<never> = { key: null, status: "idle", data: null, error: null };
export const EMPTY_ANALYSIS: AnalysisState = { acceptance: IDLE, actorView: IDLE, explanation: IDLE, stances: IDLE, cruxes: IDLE, warnings: IDLE, tab: null };

/** Names and one-line descriptions of the semantics, for the controls and the legend. */
export const SEMANTICS_TEXT: Record<Semantics, { label: string; description: string }> = {
  grounded: { label: "Grounded", description: "Sceptical: accept only what survives every objection without doubt" },
  preferred: { label: "Preferred", description: "Accepted in every maximal consistent position; undecided if only in some" },
  stable: { label: "Stable", description: "Positions that take a side on everything; accepted if in all of them" },
  gradual: { label: "Gradual", description: "A strength from 0 to 1 for each claim (DF-QuAD); above 0.5 counts as accepted" },
};

/** A node's mark on the graph: its label, or `assumed-<status>` when a what-if forced it. */
export type NodeStatus = AcceptanceLabelValue | "assumed-accepted" | "assumed-rejected";

const statusCache = new WeakMap<AcceptanceResult, Record<string, NodeStatus>>();

/**
 * Acceptance → the status of each claim and proposal, which graph/elements.ts turns into the class `status-<value>`
 * (memoised per result, so the graph can compare answers by identity). Actors have none.
 *
 * @example
 * nodeStatuses({ labels: { c1: "accepted", c2: "rejected" }, assumptions: { c2: "rejected" }, ... })
 * // → { c1: "accepted", c2: "assumed-rejected" }
 */
export function nodeStatuses(result: AcceptanceResult): Record<string, NodeStatus> {
  const cached = statusCache.get(result);
  if (cached) return cached;
  const statuses: Record<string, NodeStatus> = {};
  for (const [id, label] of Object.entries(result.labels)) {
    const assumed = result.assumptions[id];
    statuses[id] = assumed ? `assumed-${assumed}` : label;
  }
  statusCache.set(result, statuses);
  return statuses;
}

/**
 * The acceptance the views show: the latest answer (the previous one while the next loads); none when analysis is
 * off or the last request failed, since old colours would then pass for the semantics now chosen. With a point of
 * view, the actor's view once it has arrived (until then the neutral one, never another actor's).
 */
export function shownAcceptance(state: { view: Pick<ViewState, "semantics" | "pointOfView">; analysis: AnalysisState }): AcceptanceResult | null {
  const { view, analysis } = state;
  const own = analysis.actorView;
  const slot = view.pointOfView && (own.data?.actor === view.pointOfView || own.status === "failed") ? own : analysis.acceptance;
  return view.semantics && slot.status !== "failed" ? slot.data : null;
}

export function countLabels(result: AcceptanceResult): Record<AcceptanceLabelValue, number> {
  const counts = { accepted: 0, rejected: 0, undecided: 0 };
  for (const label of Object.values(result.labels)) counts[label] += 1;
  return counts;
}

/**
 * The assumptions that name claims or proposals of the loaded map; a deep link can outlive a node, and the API
 * refuses unknown ids, so the rest are left out of requests (and of the list of assumptions).
 */
export function effectiveAssumptions(assumptions: Assumptions, index: GraphIndex): Assumptions {
  const kept: Record<string, "accepted" | "rejected"> = {};
  for (const [id, status] of Object.entries(assumptions)) {
    const node = index.nodes.get(id);
    if (node && node.kind !== "actor") kept[id] = status;
  }
  return Object.keys(kept).length === Object.keys(assumptions).length ? assumptions : kept;
}

/** True while any answer the analysis views need is on its way. */
export function isAnalysisBusy(analysis: AnalysisState): boolean {
  return ANALYSIS_SLOTS.some((slot) => analysis[slot].status === "loading");
}
