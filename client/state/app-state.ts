import type { DocumentSummary, SourceDocument } from "../../server/contract/document";
import type { Graph } from "../../server/contract/graph";
import type { CruxMap } from "../../server/contract/map";
import { EMPTY_ANALYSIS, type AnalysisState } from "./analysis-state";
import { indexGraph, type GraphIndex } from "./graph-index";
import { emptyCaseWork, type CaseWork } from "./case-work";
import { buildSearchIndex, type SearchIndex } from "./search";
import { NO_EDITS, type EditState } from "./edit-state";
import { NO_SESSION, type AppSession } from "./session-state";
import { createCommandBus, createStore, type CommandBus, type Store } from "./store";
import { DEFAULT_VIEW, type LayoutName, type ViewState } from "./view-state";

/** A long task under way: a label and a fraction done (null when unknown). */
export interface Progress {
  label: string;
  fraction: number | null;
}

/** A failure the reader should see: what failed and why, in words. */
export interface ErrorMessage {
  title: string;
  detail: string;
  /** Loading again may help (a failed load); false when retrying would lose work (a failed save). */
  canRetry?: boolean;
}

/** The loaded map, with the lookups every panel shares. */
export interface LoadedMap {
  graph: Graph;
  index: GraphIndex;
  search: SearchIndex;
}

export interface AppState {
  view: ViewState;
  maps: CruxMap[] | null;
  loaded: LoadedMap | null;
  documents: DocumentSummary[];
  /** The document open in the reader, with its text. */
  document: SourceDocument | null;
  /** The excerpt the reader should scroll to ("Show in source"); otherwise it follows the selected node. */
  readerExcerpt: string | null;
  progress: Progress | null;
  error: ErrorMessage | null;
  /** A short confirmation ("Layout saved for everyone"). */
  notice: string | null;
  /** The user moved nodes or ran a layout since the positions were last saved. */
  layoutDirty: boolean;
  /** The layout actually on screen (the view's choice, or the automatic one). */
  activeLayout: LayoutName | null;
  /** Acceptance, explanations, stances, cruxes and warnings for the current view (issue 5). */
  analysis: AnalysisState;
  /** The case builder (issue 7): the map's cases, the open case and its unsaved edits. */
  cases: CaseWork;
  /** Who is signed in (issue 6): editors and admins see the annotation tools. */
  session: AppSession;
  /** Annotation and editing (issue 6): the selected passage, the open dialog, conflicts, this session's undo. */
  edit: EditState;
}

/** What panels ask of the graph view, which alone owns the canvas. */
export type GraphCommand =
  | { type: "export"; format: "png" | "svg" }
  | { type: "fit" }
  | { type: "save-layout" }
  | { type: "center"; node: string };

export interface App {
  store: Store<AppState>;
  commands: CommandBus<GraphCommand>;
}

export function createApp(view: ViewState = DEFAULT_VIEW): App {
  const store = createStore<AppState>({
    view,
    maps: null,
    loaded: null,
    documents: [],
    document: null,
    readerExcerpt: null,
    progress: null,
    error: null,
    notice: null,
    layoutDirty: false,
    activeLayout: null,
    analysis: EMPTY_ANALYSIS,
    cases: emptyCaseWork(),
    session: NO_SESSION,
    edit: NO_EDITS,
  });
  return { store, commands: createCommandBus<GraphCommand>() };
}

export function loadedMap(graph: Graph): LoadedMap {
  return { graph, index: indexGraph(graph), search: buildSearchIndex(graph.nodes) };
}

/** Changes the view (and so the URL): `update` receives the current view and returns the parts that change. */
export function updateView(store: Store<AppState>, update: (view: ViewState) => Partial<ViewState>): void {
  store.set((s) => ({ view: { ...s.view, ...update(s.view) } }));
}
