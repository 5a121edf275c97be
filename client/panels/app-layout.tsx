import type { ComponentType } from "preact";
import { Component } from "preact";
import type { Controller } from "../app/controller";
import { GraphCanvas } from "../graph/graph-canvas";
import type { App } from "../state/app-state";
import { ActorFilterPanel } from "./actor-filter";
import { EditDialogs } from "./annotate/edit-dialogs";
import { EditToolsPanel } from "./annotate/edit-tools-panel";
import { AnalysisDrawer } from "./analysis/analysis-drawer";
import { AnalysisPanel } from "./analysis/analysis-panel";
import { AppContext, useAppState } from "./app-context";
import { CasesColumn } from "./cases/cases-column";
import { DetailsPanel } from "./details-panel";
import { Header } from "./header";
import { useGlobalKeys } from "./keyboard";
import { LegendPanel } from "./legend";
import { OutlineView } from "./outline-view";
import { EmptyState, ErrorBanner, Notice, ProgressOverlay } from "./overlays";
import { SourceReader } from "./source-reader";
import { GraphStatus, Toolbar } from "./toolbar";

/**
 * Where every panel is registered. Later features add theirs here (acceptance and "why" panels, the stance matrix,
 * annotation tools, the case builder): left for finding and filtering, right for reading and working on a node.
 */
export const LEFT_PANELS: ComponentType[] = [AnalysisPanel, EditToolsPanel, LegendPanel, ActorFilterPanel];
export const RIGHT_PANELS: ComponentType[] = [DetailsPanel, SourceReader];

export function AppLayout({ app, controller }: { app: App; controller: Controller }) {
  return (
    <AppContext.Provider value={{ app, controller }}>
      <PanelBoundary name="Crux">
        <Shell app={app} controller={controller} />
      </PanelBoundary>
    </AppContext.Provider>
  );
}

function Shell({ app, controller }: { app: App; controller: Controller }) {
  const mode = useAppState((s) => s.view.mode);
  useGlobalKeys();
  return (
    <div class={`app mode-${mode}`}>
      <Header />
      <ErrorBanner />
      <aside class="sidebar sidebar-left" aria-label="Legend and filters">
        {LEFT_PANELS.map((Panel, i) => (
          <PanelBoundary key={i} name={Panel.displayName ?? Panel.name}>
            <Panel />
          </PanelBoundary>
        ))}
      </aside>
      <main class="centre">
        {mode === "graph" && <Toolbar />}
        <div class="stage">
          <GraphCanvas app={app} savePositions={controller.savePositions} />
          <GraphStatus />
          {mode === "outline" && <OutlineView />}
          <EmptyState />
          <ProgressOverlay />
        </div>
        <PanelBoundary name="Analysis tables">
          <AnalysisDrawer />
        </PanelBoundary>
      </main>
      <PanelBoundary name="Case builder">
        <CasesColumn />
      </PanelBoundary>
      <aside class="sidebar sidebar-right" aria-label="Details and source">
        {RIGHT_PANELS.map((Panel, i) => (
          <PanelBoundary key={i} name={Panel.displayName ?? Panel.name}>
            <Panel />
          </PanelBoundary>
        ))}
      </aside>
      <Notice />
      <PanelBoundary name="Editing dialogs">
        <EditDialogs />
      </PanelBoundary>
    </div>
  );
}

/** A failing panel shows a message in its place instead of blanking the page. */
class PanelBoundary extends Component<{ name: string }, { error: Error | null }> {
  override state = { error: null as Error | null };
  override componentDidCatch(error: Error) {
    console.error(error);
    this.setState({ error });
  }
  override render() {
    if (this.state.error) {
      return (
        <div class="panel panel-error" role="alert">
          <strong>This part of the page failed ({this.props.name}).</strong> {this.state.error.message} Reload the page to try again.
        </div>
      );
    }
    return this.props.children;
  }
}
