import type { Semantics } from "../../server/contract/analysis";
import type { AnalysisTab, Remote } from "./analysis-state";
import type { AppState } from "./app-state";
import type { Store } from "./store";
import type { AssumedStatus, Assumptions, ViewState } from "./view-state";

/** Pure view transitions of the analysis, named for the analyst's intent; panels call them through `updateView`. */

export const setSemantics = (semantics: Semantics | null) => (): Partial<ViewState> => ({ semantics });

/**
 * Assume a node accepted or rejected (null: drop the assumption). Assuming turns the analysis on (grounded) when it
 * was off, since an assumption is only seen through it.
 */
export const assume = (node: string, status: AssumedStatus | null) => (view: ViewState): Partial<ViewState> => {
  const rest = Object.fromEntries(Object.entries(view.assumptions).filter(([id]) => id !== node));
  const assumptions: Assumptions = status ? { ...rest, [node]: status } : rest;
  return status && !view.semantics ? { assumptions, semantics: "grounded" } : { assumptions };
};

export const clearAssumptions = () => (): Partial<ViewState> => ({ assumptions: {} });

/**
 * See the map from an actor's point of view (null: the neutral analysis again). Like assuming, choosing an actor
 * turns the analysis on (grounded) when it was off, since a point of view is only seen through it.
 */
export const setPointOfView = (actor: string | null) => (view: ViewState): Partial<ViewState> =>
  actor && !view.semantics ? { pointOfView: actor, semantics: "grounded" } : { pointOfView: actor };

/**
 * Apply a crux: add its assumptions to the current ones and select the proposal, so the analyst sees it flip. Cruxes
 * are computed under grounded semantics, so the graph switches to grounded to show the same flip.
 */
export const applyCrux = (proposal: string, assumptions: Assumptions) => (view: ViewState): Partial<ViewState> => ({
  assumptions: { ...view.assumptions, ...assumptions },
  semantics: "grounded",
  selected: proposal,
});

/** Opens a table below the graph (or closes it with null). Not part of the URL: a table is a tool, not a view. */
export function openAnalysisTab(store: Store<AppState>, tab: AnalysisTab | null): void {
  store.set((s) => ({ analysis: { ...s.analysis, tab } }));
}

/** Asks again for every answer that failed (the loader sees the idle slots and fetches them). */
export function retryAnalysis(store: Store<AppState>): void {
  const again = <T>(slot: Remote<T>): Remote<T> => (slot.status === "failed" ? { ...slot, status: "idle" } : slot);
  store.set(({ analysis: a }) => ({
    analysis: {
      ...a,
      acceptance: again(a.acceptance),
      actorView: again(a.actorView),
      explanation: again(a.explanation),
      stances: again(a.stances),
      cruxes: again(a.cruxes),
      warnings: again(a.warnings),
    },
  }));
}
