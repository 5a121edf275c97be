import { useMemo } from "preact/hooks";
import { assume, clearAssumptions } from "../../state/analysis-actions";
import { nodeRef } from "../../state/analysis-explanation";
import { countLabels, effectiveAssumptions, SEMANTICS_TEXT, shownAcceptance } from "../../state/analysis-state";
import { ACCEPTANCE_THEME, ASSUMED_MARK } from "../../theme";
import { useAppState, useViewUpdate } from "../app-context";
import { AcceptanceSwatch, BadgeIcon, NodeRefLink } from "./acceptance-marks";
import { AnalysisError } from "./analysis-feedback";
import "./analysis.css";

const LABELS = ["accepted", "rejected", "undecided"] as const;

/**
 * The analysis at a glance (left column, shown while analysis is on or something is assumed): the key to the
 * graph's acceptance marks with counts, and the what-if assumptions, each removable, with "Clear all".
 */
export function AnalysisPanel() {
  const semantics = useAppState((s) => s.view.semantics);
  const assumptions = useAppState((s) => s.view.assumptions);
  const loaded = useAppState((s) => s.loaded);
  const acceptance = useAppState((s) => s.analysis.acceptance);
  const result = useAppState(shownAcceptance);
  const update = useViewUpdate();
  const active = useMemo(() => (loaded ? Object.entries(effectiveAssumptions(assumptions, loaded.index)) : []), [assumptions, loaded]);
  if (!loaded || (!semantics && active.length === 0)) return null;
  const counts = result ? countLabels(result) : null;
  return (
    <section class="panel analysis-panel" aria-labelledby="analysis-heading" data-testid="analysis-panel">
      <div class="panel-heading">
        <h2 id="analysis-heading">Analysis{semantics ? ` · ${SEMANTICS_TEXT[semantics].label}` : " · off"}</h2>
      </div>
      {semantics && <p class="panel-hint">{SEMANTICS_TEXT[semantics].description}.</p>}
      {semantics && (
        <ul class="acceptance-key" aria-label="Acceptance key">
          {LABELS.map((label) => (
            <li key={label} class="legend-row" title={ACCEPTANCE_THEME[label].description}>
              <AcceptanceSwatch label={label} />
              <span class="legend-label">{ACCEPTANCE_THEME[label].label}</span>
              <span class="legend-count" data-testid={`count-${label}`}>{counts ? counts[label] : "…"}</span>
            </li>
          ))}
          <li class="legend-row" title={ASSUMED_MARK.description}>
            <span class="assumed-key"><BadgeIcon badge={ASSUMED_MARK.badge} size={15} /></span>
            <span class="legend-label">{ASSUMED_MARK.label}</span>
            <span class="legend-count">{active.length}</span>
          </li>
        </ul>
      )}
      {result?.note && <p class="panel-hint">{result.note}</p>}
      {semantics && acceptance.status === "failed" && acceptance.error && <AnalysisError error={acceptance.error} />}
      <div class="panel-heading assumptions-heading">
        <h3>Assumptions</h3>
        {active.length > 0 && (
          <button type="button" class="link-button" onClick={() => update(clearAssumptions())}>
            Clear all
          </button>
        )}
      </div>
      {active.length === 0 ? (
        <p class="panel-hint">None. Select a claim and choose “Assume rejected” (or accepted) in its details to see what changes.</p>
      ) : (
        <ul class="assumption-list" data-testid="assumptions">
          {active.map(([id, status]) => (
            <li key={id}>
              <NodeRefLink node={nodeRef(loaded.index, id)} label={status} />
              <button type="button" class="icon-button" aria-label={`Stop assuming “${nodeRef(loaded.index, id).title}” ${status}`} onClick={() => update(assume(id, null))}>
                ×
              </button>
              <span class="assumption-status">assumed {status}</span>
            </li>
          ))}
        </ul>
      )}
      {!semantics && <p class="panel-hint">Turn the analysis on in the toolbar to see their effect.</p>}
    </section>
  );
}
