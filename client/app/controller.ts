import type { ApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";
import { loadedMap, type App, type AppState, type ErrorMessage } from "../state/app-state";

/** What panels may ask of the app beyond changing the view: API-backed actions. */
export interface Controller {
  savePositions(positions: { id: string; x: number; y: number }[]): Promise<void>;
  /** Loads the current map again (after an error). */
  reload(): void;
}

/** The preferred first map when the URL names none. */
const HOME_MAP = "toloraya-2009";

/**
 * Keeps data in step with the view: the map list once, the graph and its documents whenever the view's map
 * changes, the reader's document whenever the chosen one changes. API failures become readable error messages.
 */
export function startController({ store }: App, api: ApiClient): Controller {
  let mapRequest = 0;
  const fail = (error: unknown, fallbackTitle: string, canRetry = true) => store.set({ progress: null, error: { ...toMessage(error, fallbackTitle), canRetry } });

  async function loadMaps(): Promise<void> {
    try {
      const maps = await api.listMaps();
      store.set({ maps });
      const view = store.get().view;
      if (!view.map && maps.length > 0) {
        const home = maps.find((m) => m.slug === HOME_MAP) ?? maps[0];
        store.set({ view: { ...view, map: home?.slug ?? null } });
      }
    } catch (error) {
      fail(error, "Could not list the maps");
    }
  }

  async function loadMap(slug: string): Promise<void> {
    const request = ++mapRequest;
    store.set({ loaded: null, documents: [], document: null, error: null, progress: { label: `Loading the map “${slug}”…`, fraction: null } });
    try {
      const [graph, documents] = await Promise.all([api.getGraph(slug), api.listDocuments(slug)]);
      if (request !== mapRequest) return;
      store.set({ loaded: loadedMap(graph), documents, progress: null });
      if (typeof document !== "undefined") document.title = `${graph.map.title} · Crux`;
    } catch (error) {
      // The map's title, whichever of the two requests failed first (they race: the graph's or the sources').
      if (request === mapRequest) store.set({ progress: null, error: { ...toMessage(error, ""), title: `Could not open the map “${slug}”`, canRetry: true } });
    }
  }

  async function loadDocument(state: AppState): Promise<void> {
    const id = state.view.document ?? state.documents[0]?.id ?? null;
    if (!id || state.document?.id === id) return;
    try {
      const doc = await api.getDocument(id);
      if ((store.get().view.document ?? store.get().documents[0]?.id) === id) store.set({ document: doc });
    } catch (error) {
      fail(error, "Could not open the source document");
    }
  }

  store.subscribe((state, previous) => {
    if (state.view.map !== previous.view.map && state.view.map) void loadMap(state.view.map);
    if (state.view.document !== previous.view.document || state.documents !== previous.documents) void loadDocument(state);
  });
  void loadMaps();
  const initial = store.get().view.map;
  if (initial) void loadMap(initial);

  return {
    async savePositions(positions) {
      const slug = store.get().view.map;
      if (!slug || positions.length === 0) return;
      try {
        const saved = await api.savePositions(slug, positions);
        store.set({ layoutDirty: false, notice: `Layout saved for everyone (${saved} nodes).` });
      } catch (error) {
        fail(error, "Could not save the layout", false);
        throw error;
      }
    },
    reload() {
      const slug = store.get().view.map;
      store.set({ error: null });
      if (!store.get().maps) void loadMaps();
      if (slug) void loadMap(slug);
    },
  };
}

export function toMessage(error: unknown, fallbackTitle: string): ErrorMessage {
  if (error instanceof ApiError) return { title: error.title || fallbackTitle, detail: error.message };
  return { title: fallbackTitle, detail: error instanceof Error ? error.message : String(error) };
}
