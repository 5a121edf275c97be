import { useMemo } from "preact/hooks";
import { clearFocus } from "../state/view-actions";
import { computeVisibility, countVisible } from "../state/visibility";
import type { Focus, LayoutName } from "../state/view-state";
import { AnalysisControl, AnalysisStatus } from "./analysis/analysis-control";
import { useAppState, useServices, useViewUpdate } from "./app-context";

const LAYOUT_LABELS: Record<LayoutName, string> = {
  saved: "Saved",
  hierarchy: "Hierarchy",
  force: "Force",
  actors: "By actor",
};
const LAYOUT_HINTS: Record<LayoutName, string> = {
  saved: "The arrangement saved for everyone",
  hierarchy: "Reasons below what they bear on, proposals on top",
  force: "A force-directed overview",
  actors: "Claims and proposals around the actors behind them",
};

/** Above the graph: layout, save layout, fit, export. */
export function Toolbar() {
  const { app } = useServices();
  const loaded = useAppState((s) => s.loaded);
  const view = useAppState((s) => s.view);
  const active = useAppState((s) => s.activeLayout);
  const dirty = useAppState((s) => s.layoutDirty);
  const update = useViewUpdate();
  const hasSaved = active === "saved" || (loaded?.graph.nodes.some((n) => n.position) ?? false);
  const layouts = (Object.keys(LAYOUT_LABELS) as LayoutName[]).filter((l) => l !== "saved" || hasSaved);
  const emit = app.commands.emit;
  return (
    <div class="toolbar" role="toolbar" aria-label="Graph tools">
      <label class="toolbar-field">
        <span>Layout</span>
        <select value={view.layout ?? active ?? "hierarchy"} onChange={(e) => update(() => ({ layout: (e.currentTarget as HTMLSelectElement).value as LayoutName }))}>
          {layouts.map((l) => (
            <option key={l} value={l} title={LAYOUT_HINTS[l]}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!dirty} onClick={() => emit({ type: "save-layout" })} title="Save node positions so everyone sees this arrangement">
        Save layout
      </button>
      <button type="button" onClick={() => emit({ type: "fit" })} title="Fit the map to the window">
        Fit
      </button>
      <span class="toolbar-group" role="group" aria-label="Export the picture">
        <button type="button" onClick={() => emit({ type: "export", format: "png" })}>PNG</button>
        <button type="button" onClick={() => emit({ type: "export", format: "svg" })}>SVG</button>
      </span>
      <AnalysisControl />
    </div>
  );
}

/** "Focus: what “X” rests on", "Focus: 2 hops around “X”", … */
function describeFocus(focus: Focus, title: string): string {
  const hops = `${focus.depth} hop${focus.depth > 1 ? "s" : ""}`;
  if (focus.mode === "rests-on") return `what “${title}” rests on`;
  if (focus.mode === "in") return `what bears on “${title}” (${hops})`;
  if (focus.mode === "out") return `what “${title}” bears on (${hops})`;
  return `${hops} around “${title}”`;
}

/** Over the graph: what is focused (with a way out) and how much of the map is shown. */
export function GraphStatus() {
  const loaded = useAppState((s) => s.loaded);
  const view = useAppState((s) => s.view);
  const update = useViewUpdate();
  const counts = useMemo(() => (loaded ? countVisible(loaded.index, computeVisibility(loaded.index, view)) : null), [loaded, view]);
  const focusNode = view.focus && loaded?.index.nodes.get(view.focus.node);
  if (!loaded || view.mode !== "graph") return null;
  return (
    <div class="graph-status" role="status" aria-live="polite" data-testid="graph-status">
      {focusNode && view.focus && (
        <span class="focus-chip">
          <span class="focus-chip-text">
            Focus: {describeFocus(view.focus, focusNode.title)}
          </span>
          <button type="button" aria-label="Clear focus" onClick={() => update(clearFocus())}>
            ×
          </button>
        </span>
      )}
      <AnalysisStatus />
      {counts && (
        <span class="counts">
          {counts.proposal} proposals · {counts.claim} claims · {counts.actor} actors · {counts.relations} relations
        </span>
      )}
    </div>
  );
}
