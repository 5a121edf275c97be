import { useMemo } from "preact/hooks";
import { assume, clearAssumptions, setPointOfView } from "../../state/analysis-actions";
import { nodeRef } from "../../state/analysis-explanation";
import { countLabels, effectiveAssumptions, SEMANTICS_TEXT, shownAcceptance } from "../../state/analysis-state";
import { effectivePointOfView, statedStances } from "../../state/analysis-viewpoint";
import { ACCEPTANCE_THEME, ASSUMED_MARK } from "../../theme";
import { useAppState, useViewUpdate } from "../app-context";
import { AcceptanceSwatch, BadgeIcon, NodeRefLink } from "./acceptance-marks";
import { AnalysisError } from "./analysis-feedback";
import "./analysis.css";

const LABELS = ["accepted", "rejected", "undecided"] as const;

/**
 * The analysis at a glance (left column, shown while analysis is on or something is assumed): the key to the
 * graph's acceptance marks with counts, whose point of view they show, and the what-if assumptions, each removable,
 * with "Clear all".
 */
export function AnalysisPanel() {
  const semantics = useAppState((s) => s.view.semantics);
  const assumptions = useAppState((s) => s.view.assumptions);
  const loaded = useAppState((s) => s.loaded);
  const acceptance = useAppState((s) => s.analysis.acceptance);
  const result = useAppState(shownAcceptance);
  const pointOfView = useAppState((s) => s.view.pointOfView);
  const update = useViewUpdate();
  const active = useMemo(() => (loaded ? Object.entries(effectiveAssumptions(assumptions, loaded.index)) : []), [assumptions, loaded]);
  if (!loaded || (!semantics && active.length === 0)) return null;
  const counts = result ? countLabels(result) : null;
  const actor = semantics ? effectivePointOfView(pointOfView, loaded.index) : null;
  // From a point of view, the actor's stances are assumed too (and drawn with the same mark).
  const assumedCount = result ? Object.keys(result.assumptions).length : active.length;
  return (
    <section class="panel analysis-panel" aria-labelledby="analysis-heading" data-testid="analysis-panel">
      <div class="panel-heading">
        <h2 id="analysis-heading">Analysis{semantics ? ` · ${SEMANTICS_TEXT[semantics].label}` : " · off"}</h2>
      </div>
      {semantics && <p class="panel-hint">{SEMANTICS_TEXT[semantics].description}.</p>}
      {actor && (
        <p class="viewpoint-line" data-testid="analysis-viewpoint">
          <span>
            From <strong>{nodeRef(loaded.index, actor).title}’s</strong> point of view: {stancesNote(statedStances(loaded.index, actor).stances, assumptions)}
          </span>
          <button type="button" class="link-button" onClick={() => update(setPointOfView(null))}>
            Back to neutral
          </button>
        </p>
      )}
      {semantics && (
        <ul class="acceptance-key" aria-label="Acceptance key">
          {LABELS.map((label) => (
            <li key={label} class="legend-row" title={ACCEPTANCE_THEME[label].description}>
              <AcceptanceSwatch label={label} />
              <span class="legend-label">{ACCEPTANCE_THEME[label].label}</span>
              <span class="legend-count" data-testid={`count-${label}`}>{counts ? counts[label] : "…"}</span>
            </li>
          ))}
          <li class="legend-row" title={actor ? `${ASSUMED_MARK.description}, or the actor states it` : ASSUMED_MARK.description}>
            <span class="assumed-key"><BadgeIcon badge={ASSUMED_MARK.badge} size={15} /></span>
            <span class="legend-label">{ASSUMED_MARK.label}</span>
            <span class="legend-count" data-testid="count-assumed">{assumedCount}</span>
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

/** "its 11 stances are assumed": what the actor adds to the assumed marks (a what-if on the same node wins). */
function stancesNote(stances: ReadonlyMap<string, unknown>, whatIfs: Readonly<Record<string, unknown>>): string {
  const count = [...stances.keys()].filter((id) => whatIfs[id] === undefined).length;
  if (stances.size === 0) return "it states no stance in this map";
  if (count === 0) return "your what-ifs override its stances";
  return count === 1 ? "its 1 stance is assumed" : `its ${count} stances are assumed`;
}
