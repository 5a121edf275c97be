import { SemanticsSchema, type Semantics } from "../../../server/contract/analysis";
import { retryAnalysis, setPointOfView, setSemantics } from "../../state/analysis-actions";
import { SEMANTICS_TEXT } from "../../state/analysis-state";
import { shownViewpoint } from "../../state/analysis-viewpoint";
import { useAppState, useServices, useViewUpdate } from "../app-context";
import { Working } from "./analysis-feedback";
import "./analysis.css";

/** The toolbar's "Analysis" switch: off, or the semantics that colours the graph by acceptance. */
export function AnalysisControl() {
  const semantics = useAppState((s) => s.view.semantics);
  const update = useViewUpdate();
  return (
    <label class="toolbar-field analysis-control" title="Colour the map by what survives its objections">
      <span>Analysis</span>
      <select
        name="analysis"
        value={semantics ?? "off"}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          update(setSemantics(value === "off" ? null : (value as Semantics)));
        }}
      >
        <option value="off">Off</option>
        {SemanticsSchema.options.map((s) => (
          <option key={s} value={s} title={SEMANTICS_TEXT[s].description}>
            {SEMANTICS_TEXT[s].label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Over the graph, beside the counts (so nothing above the graph moves): whose point of view colours it, and whether
 * the acceptance is on its way, incomplete (a search semantics ran out of time, or gradual strengths did not settle)
 * or failed.
 */
export function AnalysisStatus() {
  return (
    <>
      <ViewpointChip />
      <AcceptanceStatus />
    </>
  );
}

/** "From Russia’s point of view ×": the graph's colours are not the neutral analysis; × goes back to it. */
function ViewpointChip() {
  const title = useAppState((s) => {
    const actor = shownViewpoint(s);
    return actor ? (s.loaded?.index.nodes.get(actor)?.title ?? actor) : null;
  });
  const update = useViewUpdate();
  if (!title) return null;
  return (
    <span class="focus-chip viewpoint-chip" data-testid="viewpoint-chip">
      <span class="focus-chip-text">From {title}’s point of view</span>
      <button type="button" aria-label="Back to the neutral analysis" title="Back to the neutral analysis" onClick={() => update(setPointOfView(null))}>
        ×
      </button>
    </span>
  );
}

function AcceptanceStatus() {
  const { app } = useServices();
  const semantics = useAppState((s) => s.view.semantics);
  const slot = useAppState((s) => (s.view.pointOfView && s.analysis.actorView.status !== "idle" ? s.analysis.actorView : s.analysis.acceptance));
  if (!semantics) return null;
  const name = SEMANTICS_TEXT[semantics].label;
  if (slot.status === "loading") {
    return (
      <span class="counts analysis-status">
        <Working text={`Working out what is accepted (${name.toLowerCase()})…`} />
      </span>
    );
  }
  if (slot.status === "failed") {
    return (
      <span class="counts analysis-status analysis-failed" title={slot.error?.detail}>
        {name} analysis failed (details on the left).{" "}
        {slot.error?.canRetry !== false && (
          <button type="button" class="link-button" onClick={() => retryAnalysis(app.store)}>
            Try again
          </button>
        )}
      </span>
    );
  }
  if (slot.status === "ready" && slot.data?.complete === false) {
    return (
      <span class="counts analysis-status analysis-incomplete" title="The search stopped at its time budget; the colours show what it found.">
        {name}: incomplete (time budget reached)
      </span>
    );
  }
  return null;
}
