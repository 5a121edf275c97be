import type { GraphNode } from "../../../server/contract/node";
import { openAnalysisTab, assume, setPointOfView, setSemantics } from "../../state/analysis-actions";
import { SEMANTICS_TEXT, shownAcceptance } from "../../state/analysis-state";
import { shownViewpoint } from "../../state/analysis-viewpoint";
import { useAppState, useServices, useViewUpdate } from "../app-context";
import { LabelChip } from "./acceptance-marks";
import { WhyPanel } from "./why-panel";
import "./analysis.css";

/**
 * The selected node under analysis, in its details: its label and (gradual) strength (from the point of view shown),
 * the what-if buttons, and why it has its label. With analysis off, one line offers to turn it on; for an actor, its
 * stances and its point of view.
 */
export function NodeAnalysis({ node }: { node: GraphNode }) {
  const { app } = useServices();
  const semantics = useAppState((s) => s.view.semantics);
  const assumed = useAppState((s) => s.view.assumptions[node.id] ?? null);
  const acceptance = useAppState(shownAcceptance);
  const viewpoint = useAppState(shownViewpoint);
  const viewpointTitle = useAppState((s) => {
    const actor = shownViewpoint(s);
    return actor ? (s.loaded?.index.nodes.get(actor)?.title ?? actor) : null;
  });
  const update = useViewUpdate();
  if (node.kind === "actor") {
    const showViewpoint = () => {
      update(setPointOfView(node.id));
      openAnalysisTab(app.store, "viewpoint");
    };
    return (
      <p class="panel-hint node-analysis-hint">
        Actors have no acceptance of their own.{" "}
        <button type="button" class="link-button" onClick={() => openAnalysisTab(app.store, "stances")}>
          Compare actors’ stances
        </button>{" "}
        or{" "}
        <button type="button" class="link-button" onClick={showViewpoint}>
          {viewpoint === node.id ? "see what differs from neutral" : "see the map from its point of view"}
        </button>
        .
      </p>
    );
  }
  if (!semantics) {
    return (
      <p class="panel-hint node-analysis-hint">
        Does it survive its objections?{" "}
        <button type="button" class="link-button" onClick={() => update(setSemantics("grounded"))}>
          Analyse the map
        </button>
      </p>
    );
  }
  const label = acceptance?.labels[node.id];
  const assumedHere = acceptance ? acceptance.assumptions[node.id] !== undefined : assumed !== null;
  const strength = acceptance?.strengths?.[node.id];
  return (
    <section class="node-analysis" aria-label="Acceptance" data-testid="node-analysis">
      <div class="node-status">
        {label ? <LabelChip label={label} assumed={assumedHere} /> : <span class="panel-hint">…</span>}
        <span class="node-status-semantics">
          under {SEMANTICS_TEXT[semantics].label.toLowerCase()} semantics{viewpointTitle && `, from ${viewpointTitle}’s point of view`}
        </span>
      </div>
      {strength !== undefined && (
        <div class="strength" title="Gradual strength from 0 (defeated) to 1 (fully supported); 0.5 is the base score">
          <span>Strength {strength.toFixed(2)}</span>
          <span class="strength-bar" role="meter" aria-valuemin={0} aria-valuemax={1} aria-valuenow={strength} aria-label="Strength">
            <span style={{ width: `${Math.round(strength * 100)}%` }} />
          </span>
        </div>
      )}
      <div class="assume-buttons" role="group" aria-label="What if" title="What if: force this node's status and watch the map change">
        {(["accepted", "rejected"] as const).map((status) => (
          <button key={status} type="button" aria-pressed={assumed === status} onClick={() => update(assume(node.id, assumed === status ? null : status))}>
            Assume {status}
          </button>
        ))}
        {assumed && (
          <button type="button" class="link-button" onClick={() => update(assume(node.id, null))}>
            Clear
          </button>
        )}
      </div>
      <WhyPanel node={node} />
    </section>
  );
}
