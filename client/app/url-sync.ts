import type { AppState } from "../state/app-state";
import type { Store } from "../state/store";
import { viewFromUrl, viewToUrl } from "../state/url-state";

/**
 * Browser history ⇄ view state. Every view change pushes an entry (so Back undoes a filter or a selection), except
 * the automatic choice of the first map, which replaces the bare `/`. Back and Forward restore the view from the URL.
 */
export function syncWithUrl(store: Store<AppState>, win: Window = window): () => void {
  let restoring = false;
  const here = () => win.location.pathname + win.location.search;
  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring || state.view === previous.view) return;
    const url = viewToUrl(state.view);
    if (url === here()) return;
    const replace = previous.view.map === null;
    win.history[replace ? "replaceState" : "pushState"](null, "", url);
  });
  const onPop = () => {
    restoring = true;
    try {
      store.set({ view: viewFromUrl(win.location.pathname, win.location.search) });
    } finally {
      restoring = false;
    }
  };
  win.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}
