import { useEffect, useRef, useState } from "preact/hooks";
import type { App, AppState } from "../state/app-state";
import { updateView } from "../state/app-state";
import { connectNodes, patchEdit } from "../state/edit-state";
import { selectNode, selectRelation } from "../state/view-actions";
import { nodeStatuses, shownAcceptance } from "../state/analysis-state";
import { caseMarks } from "../state/case-highlight";
import { computeVisibility } from "../state/visibility";
import { NODE_THEME } from "../theme";
import type { Viewport } from "./graph-events";
import { createGraphView, type GraphView } from "./graph-view";

export interface GraphCanvasProps {
  app: App;
  /** Saves the arrangement for everyone; rejects with a readable error. */
  savePositions(positions: { id: string; x: number; y: number }[]): Promise<void>;
}

/**
 * The graph's place in the page: creates the one GraphView and keeps it in step with the store (map, filters,
 * focus, selection, layout) and the command bus (export, fit, save layout). Its container publishes the view's
 * layout and viewport as data attributes, which the UI tests read.
 */
export function GraphCanvas({ app, savePositions }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ nodeId: string; x: number; y: number } | null>(null);
  const [hoverTitle, setHoverTitle] = useState<{ title: string; kind: string } | null>(null);

  useEffect(() => {
    const element = container.current as HTMLDivElement;
    const { store, commands } = app;
    let tapped = false;
    const publish = (viewport: Viewport) => {
      element.dataset.zoom = viewport.zoom.toFixed(4);
      element.dataset.panX = viewport.pan.x.toFixed(1);
      element.dataset.panY = viewport.pan.y.toFixed(1);
    };
    const view: GraphView = createGraphView(element, {
      onSelect(nodeId) {
        tapped = true;
        updateView(store, selectNode(nodeId));
        tapped = false;
      },
      onSelectRelation(relationId) {
        tapped = true;
        updateView(store, selectRelation(relationId));
        tapped = false;
      },
      onHover: setHover,
      onMoved: () => store.set({ layoutDirty: true }),
      onProgress: (progress) => store.set({ progress }),
      onViewport: publish,
      onConnect: (source, target) => connectNodes(store, source, target),
    });
    const applyFilters = (state: AppState, frame = false) => {
      if (!state.loaded) return;
      view.setVisibility(computeVisibility(state.loaded.index, state.view), state.view.focus?.node ?? null, frame);
    };
    // How many nodes the open case outlines, published for the UI tests.
    const markCase = (state: AppState) => void (element.dataset.caseNodes = String(view.markCase(caseMarks(state.cases.draft))));
    // Acceptance colours (issue 5); what is drawn is published for the UI tests.
    const statusOf = (state: AppState) => {
      const shown = shownAcceptance(state);
      return shown ? nodeStatuses(shown) : null;
    };
    const publishStatus = (state: AppState) => {
      const { counts, node } = view.describeStatus(state.view.selected);
      element.dataset.analysis = shownAcceptance(state)?.semantics ?? "off";
      element.dataset.statusCounts = Object.keys(counts).sort().map((k) => `${k}:${counts[k]}`).join(" ");
      element.dataset.selectedStatus = node?.status ?? "";
      element.dataset.selectedFill = node?.fill ?? "";
    };
    const markStatus = (state: AppState) => {
      view.setStatus(statusOf(state));
      publishStatus(state);
    };
    const showLayout = (used: string) => {
      element.dataset.layout = used;
      store.set({ activeLayout: used as AppState["activeLayout"] });
    };
    const load = async (state: AppState) => {
      if (!state.loaded) {
        view.clear();
        element.dataset.ready = "false";
        return;
      }
      element.dataset.ready = "false";
      // The filters go in with the map, so a layout computed on load arranges only what is shown.
      const used = await view.load(state.loaded.graph, state.view.layout, {
        visibility: computeVisibility(state.loaded.index, state.view),
        focusRoot: state.view.focus?.node ?? null,
        status: statusOf(state) ?? undefined,
      });
      if (store.get().loaded !== state.loaded) return;
      const now = store.get();
      showSelection(now, now.view.focus === null);
      // Filters may have changed while the map was loading; a focus from a deep link is brought into view.
      applyFilters(now, now.view.focus !== null);
      markCase(now);
      markStatus(now);
      showLayout(used);
      store.set({ layoutDirty: false });
      publishDrawn();
      element.dataset.ready = "true";
    };
    const publishDrawn = () => {
      const drawn = view.drawn();
      element.dataset.drawnNodes = String(drawn.nodes);
      element.dataset.drawnRelations = String(drawn.relations);
      element.dataset.drawnAnchors = String(drawn.anchors);
    };
    /** The selected node, or relation (published as drawn for the UI tests). */
    const showSelection = (state: AppState, centre: boolean) => {
      const relation = state.view.selectedRelation;
      if (relation) element.dataset.selectedRelation = view.selectRelation(relation, centre) ? relation : "";
      else {
        view.select(state.view.selected, centre);
        element.dataset.selectedRelation = "";
      }
    };
    /** A newer version of the map on screen (a live change, an edit): updated in place, viewport and selection kept. */
    const refresh = (state: AppState) => {
      if (!state.loaded) return;
      const placed = view.refresh(state.loaded.graph, { visibility: computeVisibility(state.loaded.index, state.view), focusRoot: state.view.focus?.node ?? null });
      if (placed.length > 0) patchEdit(store, { placed });
      showSelection(state, false);
      markCase(state);
      publishDrawn();
    };
    const sync = (state: AppState, previous: AppState) => {
      if (state.edit.drawRelations !== previous.edit.drawRelations) view.setDrawMode(state.edit.drawRelations);
      const sameMap = state.loaded && previous.loaded && state.loaded.graph.map.id === previous.loaded.graph.map.id && element.dataset.ready === "true";
      if (state.loaded !== previous.loaded) return sameMap ? refresh(state) : void load(state).catch(fail);
      const v = state.view;
      const p = previous.view;
      const focusChanged = v.focus !== p.focus && v.focus !== null && (v.focus.node !== p.focus?.node || v.focus.mode !== p.focus?.mode || v.focus.depth !== p.focus?.depth);
      if (v.selected !== p.selected || v.selectedRelation !== p.selectedRelation) showSelection(state, !tapped && !focusChanged);
      if (v.hiddenNodeKinds !== p.hiddenNodeKinds || v.hiddenRelations !== p.hiddenRelations || v.actors !== p.actors || v.focus !== p.focus) applyFilters(state, focusChanged);
      if (v.layout !== p.layout && v.layout && state.loaded) {
        void view.layout(v.layout).then((used) => {
          showLayout(used);
          store.set({ layoutDirty: used !== "saved" });
        }, fail);
      }
      if (v.mode !== p.mode && v.mode === "graph") requestAnimationFrame(() => view.resize());
      if (caseMarks(state.cases.draft) !== caseMarks(previous.cases.draft)) markCase(state);
      if (shownAcceptance(state) !== shownAcceptance(previous)) markStatus(state);
      else if (v.selected !== p.selected) publishStatus(state);
    };
    const fail = (error: unknown) => {
      if (error instanceof Error && error.message === "cancelled") return;
      store.set({ progress: null, error: { title: "Could not draw the map", detail: error instanceof Error ? error.message : String(error), canRetry: true } });
    };
    const unsubscribe = store.subscribe(sync);
    const offCommands = commands.on((command) => {
      if (command.type === "fit") view.fit();
      else if (command.type === "center") view.select(command.node, true);
      else if (command.type === "export") download(view.exportImage(command.format), `${store.get().view.map ?? "crux-map"}.${command.format}`);
      else if (command.type === "save-layout") {
        void savePositions(view.nodePositions()).then(() => {
          view.rememberSaved();
          showLayout("saved");
        }, () => undefined);
      }
    });
    void load(store.get()).catch(fail);
    return () => {
      unsubscribe();
      offCommands();
      view.destroy();
    };
  }, [app]);

  useEffect(() => {
    const node = hover ? app.store.get().loaded?.index.nodes.get(hover.nodeId) : undefined;
    setHoverTitle(node ? { title: node.title, kind: NODE_THEME[node.kind].label } : null);
  }, [hover, app]);

  return (
    <div class="graph-canvas-wrap">
      <div ref={container} class="graph-canvas" data-testid="graph" role="img" aria-label="Argument map. Use the outline view to read it with the keyboard or a screen reader." />
      {hover && hoverTitle && (
        <div class="graph-tooltip" role="tooltip" style={{ left: `${hover.x}px`, top: `${hover.y}px` }}>
          <span class="graph-tooltip-kind">{hoverTitle.kind}</span>
          {hoverTitle.title}
        </div>
      )}
    </div>
  );
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
