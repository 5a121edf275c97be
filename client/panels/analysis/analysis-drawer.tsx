import type { ComponentType } from "preact";
import { useEffect } from "preact/hooks";
import { openAnalysisTab } from "../../state/analysis-actions";
import type { AnalysisTab } from "../../state/analysis-state";
import { useAppState, useServices } from "../app-context";
import { CruxList } from "./crux-list";
import { StanceMatrixView } from "./stance-matrix";
import { ViewpointView } from "./viewpoint-view";
import { WarningList } from "./warning-list";
import "./analysis.css";

const TABS: { tab: AnalysisTab; label: string; hint: string; View: ComponentType }[] = [
  { tab: "viewpoint", label: "Point of view", hint: "The map as one actor sees it, and what differs from the neutral analysis", View: ViewpointView },
  { tab: "stances", label: "Stance matrix", hint: "Actors × proposals: what each actor states, and what follows from its commitments", View: StanceMatrixView },
  { tab: "cruxes", label: "Cruxes", hint: "The claims whose acceptance or rejection flips each proposal", View: CruxList },
  { tab: "warnings", label: "Warnings", hint: "Structural problems an author may want to fix", View: WarningList },
];

/**
 * Analysis tables below the graph: a tab strip that is always there (so they are easy to find) and, when a tab is
 * open, its table in a drawer; the graph above shrinks to make room and stays usable, so a click in a table shows
 * its effect on the map at once. A point of view that appears (chosen elsewhere, or from a link, Back or Forward) opens
 * its table when none is open, so the colours of the graph come with their explanation.
 */
export function AnalysisDrawer() {
  const { app } = useServices();
  const loaded = useAppState((s) => s.loaded !== null);
  const tab = useAppState((s) => s.analysis.tab);
  const warnings = useAppState((s) => s.analysis.warnings.data?.warnings.length);
  const pointOfView = useAppState((s) => s.view.pointOfView);
  useEffect(() => {
    if (pointOfView && app.store.get().analysis.tab === null) openAnalysisTab(app.store, "viewpoint");
  }, [app, pointOfView]);
  if (!loaded) return null;
  const open = TABS.find((t) => t.tab === tab);
  const toggle = (next: AnalysisTab) => {
    openAnalysisTab(app.store, tab === next ? null : next);
    // The graph shrinks from below as the drawer opens; bring the selected node back into view once Cytoscape has
    // seen the new size (it debounces resizes by 100 ms).
    const selected = app.store.get().view.selected;
    if (!tab && selected) setTimeout(() => app.commands.emit({ type: "center", node: selected }), 250);
  };
  return (
    <section class={open ? "analysis-drawer open" : "analysis-drawer"} aria-label="Analysis tables" data-testid="analysis-drawer">
      <div class="drawer-tabs" role="tablist" aria-label="Analysis tables">
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            id={`tab-${t.tab}`}
            aria-selected={tab === t.tab}
            aria-controls="analysis-drawer-body"
            title={t.hint}
            onClick={() => toggle(t.tab)}
          >
            {t.label}
            {t.tab === "warnings" && warnings !== undefined && <span class={warnings > 0 ? "tab-count has-warnings" : "tab-count"}>{warnings}</span>}
          </button>
        ))}
        {open && (
          <button type="button" class="drawer-close" aria-label="Close the table" title="Close" onClick={() => openAnalysisTab(app.store, null)}>
            ×
          </button>
        )}
      </div>
      {open && (
        <div class="drawer-body" id="analysis-drawer-body" role="tabpanel" aria-labelledby={`tab-${open.tab}`}>
          <open.View />
        </div>
      )}
    </section>
  );
}
