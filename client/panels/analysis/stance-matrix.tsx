import { useMemo, useState } from "preact/hooks";
import type { StatedStance } from "../../../server/contract/analysis";
import { openAnalysisTab, setPointOfView } from "../../state/analysis-actions";
import { stanceTable, type StanceCell } from "../../state/analysis-stances";
import { SEMANTICS_TEXT } from "../../state/analysis-state";
import { focusOn, selectNode } from "../../state/view-actions";
import { ACCEPTANCE_THEME } from "../../theme";
import { useAppState, useServices, useViewUpdate } from "../app-context";
import { BadgeIcon, LabelChip } from "./acceptance-marks";
import { AnalysisError, Working } from "./analysis-feedback";

/** Stated stances as glyphs that read without colour: ★ proposes, + endorses, − opposes. */
const STANCE_GLYPH: Record<StatedStance, string> = { proposes: "★", endorses: "+", opposes: "−" };

/**
 * The stance matrix as a heat map: a row per proposal, a column per actor. Each cell shows the actor's stated
 * stance (a glyph) and the proposal's label once the actor's commitments are assumed (tint, border style and badge,
 * as on the graph), outlined where that differs from the map's own label. A cell selects its proposal; a column
 * heading focuses the graph on its actor, and the eye below it shows the map from that actor's point of view.
 */
export function StanceMatrixView() {
  const slot = useAppState((s) => s.analysis.stances);
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const pointOfView = useAppState((s) => s.view.pointOfView);
  const [all, setAll] = useState(false);
  const { app } = useServices();
  const update = useViewUpdate();
  const showViewpoint = (actor: string) => {
    update(setPointOfView(actor));
    openAnalysisTab(app.store, "viewpoint");
  };
  const table = useMemo(() => (slot.data && loaded ? stanceTable(slot.data, loaded.index, all) : null), [slot.data, loaded, all]);
  if (slot.status === "failed" && slot.error) return <AnalysisError error={slot.error} />;
  if (!table || !slot.data) return <Working text="Working out the stance matrix…" />;
  const hasBaseline = table.rows.some((r) => r.baseline !== null);
  return (
    <div class={slot.status === "loading" ? "stance-matrix stale" : "stance-matrix"}>
      <div class="drawer-help">
        <span>
          Each cell: the actor’s stated stance (★ proposes, + endorses, − opposes) and the proposal’s label if the actor’s
          commitments are assumed ({SEMANTICS_TEXT[slot.data.semantics].label.toLowerCase()} semantics); a bold frame marks a change from the map’s own label.
        </span>
        {(table.omitted > 0 || all) && (
          <label class="drawer-option">
            <input type="checkbox" checked={all} onChange={() => setAll(!all)} /> Show all {table.columns.length + (all ? 0 : table.omitted)} actors
            {!all && ` (${table.omitted} state no stance and match “Map”)`}
          </label>
        )}
        {slot.status === "loading" && <Working text="Updating…" />}
      </div>
      <table class="stance-table" data-testid="stance-matrix">
        <thead>
          <tr>
            <th scope="col" class="stance-proposal-head">Proposal</th>
            {hasBaseline && <th scope="col" title="The proposal's label with nobody's commitments assumed">Map</th>}
            {table.columns.map((c) => (
              <th scope="col" key={c.actor.id} class={c.actor.id === pointOfView ? "viewpoint-column" : undefined}>
                <button type="button" class="link-button actor-head" title={`Focus the graph on ${c.actor.title}`} onClick={() => update(focusOn(c.actor.id, "out"))}>
                  {c.actor.title}
                </button>
                {c.conflicts.length > 0 && <span class="conflict" title={`Both endorses and opposes: ${c.conflicts.map((n) => n.title).join("; ")}`}> ⚠</span>}
                <ViewpointButton actor={c.actor.title} current={c.actor.id === pointOfView} onClick={() => showViewpoint(c.actor.id)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.proposal.id} class={row.proposal.id === selected ? "selected-row" : ""}>
              <th scope="row">
                <button type="button" class="link-button proposal-head" title={row.proposal.title} onClick={() => update(selectNode(row.proposal.id))}>
                  {row.proposal.title}
                </button>
              </th>
              {hasBaseline && <td class="stance-baseline">{row.baseline && <LabelChip label={row.baseline} text="" />}</td>}
              {row.cells.map((cell) => (
                <Cell key={cell.actor} cell={cell} current={cell.actor === pointOfView} onPick={() => update(selectNode(cell.proposal))} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An eye: "see the map from this actor's point of view" (pressed while it is the one shown). */
function ViewpointButton({ actor, current, onClick }: { actor: string; current: boolean; onClick: () => void }) {
  const text = `See the map from ${actor}’s point of view`;
  return (
    <button type="button" class="viewpoint-button" aria-pressed={current} aria-label={text} title={text} onClick={onClick}>
      <svg width="16" height="12" viewBox="0 0 16 12" aria-hidden="true">
        <path d="M1 6c2-3.6 4.4-5 7-5s5 1.4 7 5c-2 3.6-4.4 5-7 5S3 9.6 1 6z" fill="none" stroke="currentColor" stroke-width="1.5" />
        <circle cx="8" cy="6" r="2.3" fill="currentColor" />
      </svg>
    </button>
  );
}

function Cell({ cell, current, onPick }: { cell: StanceCell; current: boolean; onPick: () => void }) {
  const t = ACCEPTANCE_THEME[cell.derived];
  return (
    <td class={`stance-cell label-${cell.derived}${cell.differs ? " differs" : ""}${current ? " viewpoint-column" : ""}`}>
      <button type="button" title={cell.text} aria-label={cell.text} style={{ background: t.fill, borderColor: t.border, borderStyle: t.borderStyle }} onClick={onPick}>
        <BadgeIcon badge={t.badge} size={12} />
        <span class="stance-stated">{cell.stated ? STANCE_GLYPH[cell.stated] : ""}</span>
      </button>
    </td>
  );
}
