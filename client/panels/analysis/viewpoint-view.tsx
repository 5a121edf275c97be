import { useMemo } from "preact/hooks";
import type { StatedStance } from "../../../server/contract/analysis";
import { setPointOfView, setSemantics } from "../../state/analysis-actions";
import { effectiveAssumptions, SEMANTICS_TEXT } from "../../state/analysis-state";
import { compareViewpoint, effectivePointOfView, viewpointActors, viewpointSummary, type ViewpointComparison } from "../../state/analysis-viewpoint";
import { useAppState, useViewUpdate } from "../app-context";
import { LabelChip, NodeRefLink } from "./acceptance-marks";
import { AnalysisError, Working } from "./analysis-feedback";

/** Stated stances as glyphs that read without colour, as in the stance matrix: ★ proposes, + endorses, − opposes. */
export const STANCE_GLYPH: Record<StatedStance, string> = { proposes: "★", endorses: "+", opposes: "−" };

/** "Neutral", or one of the map's actors: those that state a stance first (the others' views are the neutral one). */
export function PointOfViewSelect() {
  const loaded = useAppState((s) => s.loaded);
  const chosen = useAppState((s) => (s.loaded ? effectivePointOfView(s.view.pointOfView, s.loaded.index) : null));
  const update = useViewUpdate();
  const actors = useMemo(() => (loaded ? viewpointActors(loaded.index) : []), [loaded]);
  const silent = actors.filter((a) => a.stated === 0);
  return (
    <label class="viewpoint-select" title="See the map as one actor would: what it endorses or proposes accepted, what it opposes rejected">
      <span>Point of view</span>
      <select name="point-of-view" value={chosen ?? ""} onChange={(e) => update(setPointOfView((e.currentTarget as HTMLSelectElement).value || null))}>
        <option value="">Neutral</option>
        <optgroup label="Actors that state a stance">
          {actors
            .filter((a) => a.stated > 0)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.title} ({a.stated} stated)
              </option>
            ))}
        </optgroup>
        {silent.length > 0 && (
          <optgroup label="No stated stance (same as neutral)">
            {silent.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}

/**
 * The "Point of view" table: the selector, then for the chosen actor a summary, the claims and proposals whose label
 * differs from the neutral analysis (each a click away on the graph) and what the actor states, which its view
 * assumes. The graph itself takes the actor's colours (state/analysis-state.ts, shownAcceptance).
 */
export function ViewpointView() {
  const loaded = useAppState((s) => s.loaded);
  const semantics = useAppState((s) => s.view.semantics);
  const chosen = useAppState((s) => s.view.pointOfView);
  const neutral = useAppState((s) => s.analysis.acceptance);
  const own = useAppState((s) => s.analysis.actorView);
  const whatIfs = useAppState((s) => (s.loaded ? Object.keys(effectiveAssumptions(s.view.assumptions, s.loaded.index)).length : 0));
  const update = useViewUpdate();
  const actor = loaded ? effectivePointOfView(chosen, loaded.index) : null;
  const comparison = useMemo(
    () => (loaded && neutral.data && own.data && own.data.actor === actor ? compareViewpoint(neutral.data, own.data, loaded.index) : null),
    [loaded, neutral.data, own.data, actor],
  );
  const bar = (
    <div class="drawer-help viewpoint-bar">
      <PointOfViewSelect />
      {actor && semantics && (
        <span>
          {SEMANTICS_TEXT[semantics].label} semantics{whatIfs > 0 && `; your ${whatIfs === 1 ? "what-if applies" : `${whatIfs} what-ifs apply`} on top of the actor’s stances`}
        </span>
      )}
      {actor && (own.status === "loading" || neutral.status === "loading") && comparison && <Working text="Updating…" />}
    </div>
  );
  if (!actor || !loaded) {
    return (
      <div class="viewpoint" data-testid="viewpoint">
        {bar}
        <p class="drawer-help">
          {chosen && loaded ? "The actor in this link is not in the map. " : ""}
          Choose an actor to see the map as it would look if what the actor endorses or proposes were accepted and what it opposes rejected: the graph
          takes its colours, and this table lists what changes from the neutral analysis.
        </p>
      </div>
    );
  }
  const title = loaded.index.nodes.get(actor)?.title ?? actor;
  const failure = (own.status === "failed" && own.error) || (neutral.status === "failed" && neutral.error);
  return (
    <div class="viewpoint" data-testid="viewpoint">
      {bar}
      {!semantics ? (
        <p class="drawer-help">
          The analysis is off.{" "}
          <button type="button" class="link-button" onClick={() => update(setSemantics("grounded"))}>
            Analyse the map from {title}’s point of view
          </button>
        </p>
      ) : failure ? (
        <AnalysisError error={failure} />
      ) : comparison ? (
        <Comparison comparison={comparison} />
      ) : (
        <Working text={`Working out ${title}’s point of view…`} />
      )}
    </div>
  );
}

function Comparison({ comparison }: { comparison: ViewpointComparison }) {
  const selected = useAppState((s) => s.view.selected);
  const { actor, differences, stated, conflicts } = comparison;
  return (
    <>
      <p class="viewpoint-summary" data-testid="viewpoint-summary">
        {viewpointSummary(comparison)}
      </p>
      <div class="viewpoint-columns">
        <section class="viewpoint-differences" aria-labelledby="viewpoint-differences-heading">
          <h3 id="viewpoint-differences-heading">Differs from the neutral analysis ({differences.length})</h3>
          {differences.length === 0 ? (
            <p class="panel-hint">Every claim and proposal keeps its neutral label.</p>
          ) : (
            <ul class="viewpoint-list" data-testid="viewpoint-differences">
              {differences.map((d) => (
                <li key={d.node.id} data-node={d.node.id} class={d.node.id === selected ? "selected-row" : ""}>
                  <NodeRefLink node={d.node} />
                  <span class="viewpoint-change">
                    <span class="viewpoint-labels" aria-label={`neutral: ${d.neutral}; from ${actor.title}’s point of view: ${d.actor}`}>
                      <LabelChip label={d.neutral} /> <span aria-hidden="true">→</span> <LabelChip label={d.actor} assumed={d.stated !== null} />
                    </span>
                    <span class="viewpoint-because">
                      {d.node.kind === "proposal" ? "a proposal" : "a claim"} {d.stated ? `${actor.title} ${d.stated}` : `that follows from ${actor.title}’s stances`}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="viewpoint-stated" aria-labelledby="viewpoint-stated-heading">
          <h3 id="viewpoint-stated-heading">
            What {actor.title} states ({stated.length}), assumed
          </h3>
          {stated.length === 0 && <p class="panel-hint">No endorses, proposes or opposes relation starts from {actor.title}.</p>}
          <ul class="viewpoint-list compact" data-testid="viewpoint-stated">
            {stated.map((p) => (
              <li key={p.node.id} class={p.node.id === selected ? "selected-row" : ""} title={`${actor.title} ${p.stance} it`}>
                <span class="stance-stated" aria-label={p.stance}>
                  {STANCE_GLYPH[p.stance]}
                </span>
                <NodeRefLink node={p.node} label={p.label} />
              </li>
            ))}
          </ul>
          {conflicts.length > 0 && (
            <p class="panel-hint">
              Left free, because {actor.title} both backs and opposes {conflicts.length === 1 ? "it" : "them"}: {conflicts.map((n) => `“${n.title}”`).join(", ")}.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
