import type { ApiClient } from "../api/api-client";
import { mapEventsPath, parseMapChange, type EventSourceLike } from "../api/events-api";
import type { MapChangeEvent } from "../../server/contract/events";
import { loadedMap, updateView, type App } from "./app-state";
import { selectNode, selectRelation } from "./view-actions";

/** Opens a map's event stream (injected: a browser EventSource, or a fake in tests). */
export type OpenEventSource = (path: string) => EventSourceLike;

export interface LiveSync {
  /** Fetches the graph again and swaps it in; the graph view keeps its viewport and the selection stays. */
  refreshGraph(): Promise<void>;
  /** Fetches the document list and the open document again (after a source was added or edited). */
  refreshDocuments(): Promise<void>;
  stop(): void;
}

/** Debounce for bursts of changes (an import, an undo that re-creates a node with its relations). */
const BURST_MS = 120;

const ENTITY_WORDS: Record<MapChangeEvent["entity"], string> = { map: "the map", document: "a source", node: "a node", relation: "a relation", excerpt: "a quote", case: "a case" };
const ACTION_WORDS: Record<MapChangeEvent["action"], string> = { create: "added", update: "changed", delete: "deleted", import: "imported" };

/**
 * Keeps every open browser in step (issue 6): subscribes to the open map's change events and fetches the graph again
 * when someone changed it. Events this browser has already caught up with (its own writes) are skipped by their
 * content version; a reconnect after a dropped stream fetches once, since events may have been missed meanwhile.
 */
export function startLiveSync({ store }: App, api: ApiClient, open: OpenEventSource | null): LiveSync {
  let source: EventSourceLike | null = null;
  let request = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let documentsToo = false;
  /** The last announcement of someone else's change: a newer one may replace it, a confirmation of the user's own may not. */
  let announced: string | null = null;

  async function refreshGraph(): Promise<void> {
    const slug = store.get().view.map;
    if (!slug) return;
    const mine = ++request;
    const graph = await api.getGraph(slug);
    const now = store.get();
    if (mine !== request || now.view.map !== slug || !now.loaded) return;
    if (now.loaded.graph.map.id === graph.map.id && graph.map.contentVersion < now.loaded.graph.map.contentVersion) return;
    store.set({ loaded: loadedMap(graph) });
    const { selected, selectedRelation } = store.get().view;
    if (selected && !graph.nodes.some((n) => n.id === selected)) updateView(store, selectNode(null));
    if (selectedRelation && !graph.relations.some((r) => r.id === selectedRelation)) updateView(store, selectRelation(null));
  }

  async function refreshDocuments(): Promise<void> {
    const slug = store.get().view.map;
    if (!slug) return;
    const documents = await api.listDocuments(slug);
    if (store.get().view.map !== slug) return;
    store.set({ documents });
    const open = store.get().document;
    const summary = open && documents.find((d) => d.id === open.id);
    if (open && summary && summary.version !== open.version) {
      const fresh = await api.getDocument(open.id);
      if (store.get().document?.id === fresh.id) store.set({ document: fresh });
    }
  }

  const report = (error: unknown) => console.warn("Crux could not catch up with a change", error);
  function schedule(change: MapChangeEvent | null): void {
    if (change?.entity === "document" || change === null) documentsToo = true;
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      const withDocuments = documentsToo;
      documentsToo = false;
      void refreshGraph().catch(report);
      if (withDocuments) void refreshDocuments().catch(report);
    }, BURST_MS);
  }

  function onChange(data: string | undefined): void {
    const change = data ? parseMapChange(data) : null;
    const loaded = store.get().loaded;
    if (change && loaded && change.contentVersion <= loaded.graph.map.contentVersion) return;
    schedule(change);
    // Someone else's change is announced, unless a confirmation of this user's own action is showing.
    const me = store.get().session.user?.username ?? "anonymous";
    const showing = store.get().notice;
    if (change && change.actor !== me && (showing === null || showing === announced)) {
      announced = `${change.actor} ${ACTION_WORDS[change.action]} ${ENTITY_WORDS[change.entity]}.`;
      store.set({ notice: announced });
    }
  }

  function follow(slug: string | null): void {
    source?.close();
    source = null;
    if (!slug || !open) return;
    let opened = 0;
    source = open(mapEventsPath(slug));
    source.addEventListener("change", (event) => onChange(event.data));
    source.addEventListener("open", () => {
      if (++opened > 1) schedule(null);
    });
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view.map !== previous.view.map) follow(state.view.map);
  });
  follow(store.get().view.map);
  return {
    refreshGraph,
    refreshDocuments,
    stop() {
      unsubscribe();
      source?.close();
      if (timer) clearTimeout(timer);
    },
  };
}
