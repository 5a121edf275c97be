import { assumeParam, type AnalysisApi, type Assumptions } from "../api/analysis-api";
import { ApiError } from "../api/api-error";
import { EMPTY_ANALYSIS, effectiveAssumptions, type AnalysisSlot, type AnalysisState } from "./analysis-state";
import { effectivePointOfView } from "./analysis-viewpoint";
import type { App, AppState, ErrorMessage } from "./app-state";

type Answer<S extends AnalysisSlot> = NonNullable<AnalysisState[S]["data"]>;

/** One answer the current view needs: which slot, what it answers, and how to ask for it. */
export interface AnalysisRequest<S extends AnalysisSlot = AnalysisSlot> {
  slot: S;
  key: string;
  fetch(api: AnalysisApi): Promise<Answer<S>>;
}

/**
 * What the analysis views need for this state, each with a key naming exactly what it answers (map, content version,
 * semantics, assumptions, point of view, node), so an answer is fetched once and a late answer to an old question is
 * dropped: acceptance and the selected node's explanation while analysis is on, the open table, and the warnings while
 * analysis is on (their count then labels the Warnings tab). With analysis off and no table open, nothing: opening a
 * map costs nothing extra for a reader who never analyses.
 *
 * From an actor's point of view, its view is asked for beside the neutral acceptance (the point-of-view table compares
 * them), and the explanation and cruxes are asked under the view's own assumptions (the actor's stances and the
 * what-ifs), so they agree with the colours; the server caches the view, so asking for it again to learn those
 * assumptions is cheap.
 */
export function analysisRequests(state: AppState): AnalysisRequest[] {
  const { view, loaded, analysis } = state;
  if (!view.map || !loaded || loaded.graph.map.slug !== view.map) return [];
  const map = view.map;
  const base = `${map}@${loaded.graph.map.contentVersion}`;
  const assumptions = effectiveAssumptions(view.assumptions, loaded.index);
  const assume = assumeParam(assumptions);
  const requests: AnalysisRequest[] = [];
  const add = <S extends AnalysisSlot>(request: AnalysisRequest<S>) => requests.push(request as unknown as AnalysisRequest);
  const semantics = view.semantics;
  const actor = semantics ? effectivePointOfView(view.pointOfView, loaded.index) : null;
  const pov = actor ? `|pov:${actor}` : "";
  /** Asks with the what-ifs, or from the point of view with the assumptions of the actor's view. */
  const viewAssuming = <T>(ask: (api: AnalysisApi, assumed: Assumptions) => Promise<T>) => (api: AnalysisApi) =>
    actor && semantics ? api.getActorView(map, actor, semantics, assumptions).then((v) => ask(api, v.assumptions)) : ask(api, assumptions);
  if (semantics) {
    add({ slot: "acceptance", key: `${base}|${semantics}|${assume}`, fetch: (api) => api.getAcceptance(map, semantics, assumptions) });
    if (actor) add({ slot: "actorView", key: `${base}|${semantics}|${assume}${pov}`, fetch: (api) => api.getActorView(map, actor, semantics, assumptions) });
    const node = view.selected ? loaded.index.nodes.get(view.selected) : undefined;
    if (node && node.kind !== "actor") {
      const fetch = viewAssuming((api, assumed) => api.explain(map, node.id, semantics, assumed));
      add({ slot: "explanation", key: `${base}|${semantics}|${assume}${pov}|${node.id}`, fetch });
    }
  }
  if (analysis.tab === "stances") {
    const used = semantics ?? "grounded";
    add({ slot: "stances", key: `${base}|${used}`, fetch: (api) => api.getStances(map, used) });
  }
  if (analysis.tab === "cruxes") add({ slot: "cruxes", key: `${base}|${assume}${pov}`, fetch: viewAssuming((api, assumed) => api.getCruxes(map, assumed)) });
  if (semantics || analysis.tab === "warnings") add({ slot: "warnings", key: base, fetch: (api) => api.getWarnings(map) });
  return requests;
}

/**
 * Keeps the analysis answers in step with the view: on every change, asks for what is needed and not yet asked
 * (or asked again after "Try again"), and forgets everything when another map opens. Returns the unsubscribe.
 */
export function startAnalysis({ store }: App, api: AnalysisApi): () => void {
  const setSlot = (slot: AnalysisSlot, value: AnalysisState[AnalysisSlot]) => store.set((s) => ({ analysis: { ...s.analysis, [slot]: value } }));
  const ask = (request: AnalysisRequest) => {
    const current = store.get().analysis[request.slot];
    if (current.key === request.key && current.status !== "idle") return;
    setSlot(request.slot, { key: request.key, status: "loading", data: current.data, error: null } as AnalysisState[AnalysisSlot]);
    const stillWanted = () => store.get().analysis[request.slot].key === request.key;
    request.fetch(api).then(
      (data) => {
        if (stillWanted()) setSlot(request.slot, { key: request.key, status: "ready", data, error: null } as AnalysisState[AnalysisSlot]);
      },
      (error: unknown) => {
        if (stillWanted()) setSlot(request.slot, { ...store.get().analysis[request.slot], status: "failed", error: readable(error) });
      },
    );
  };
  const sync = (state: AppState, previous: AppState | null) => {
    if (previous && state.view.map !== previous.view.map) {
      store.set({ analysis: { ...EMPTY_ANALYSIS, tab: state.analysis.tab } });
      return;
    }
    for (const request of analysisRequests(state)) ask(request);
  };
  const unsubscribe = store.subscribe(sync);
  sync(store.get(), null);
  return unsubscribe;
}

function readable(error: unknown): ErrorMessage {
  if (error instanceof ApiError) return { title: error.title, detail: error.message, canRetry: error.status === 0 || error.status >= 500 };
  return { title: "The analysis failed", detail: error instanceof Error ? error.message : String(error), canRetry: true };
}
