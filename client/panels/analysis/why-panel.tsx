import { useMemo } from "preact/hooks";
import type { GraphNode } from "../../../server/contract/node";
import { explanationView, type WhyNode, type WhyStep } from "../../state/analysis-explanation";
import { shownAcceptance } from "../../state/analysis-state";
import { useAppState } from "../app-context";
import { LabelChip, NodeRefLink } from "./acceptance-marks";
import { AnalysisError, Working } from "./analysis-feedback";

/**
 * "Why?" for the selected node: the API's one-sentence summary, then the justification tree, every node named by
 * its title and a click away: each objection (or, for gradual, each reason), whether it succeeds and why, and below
 * it why the deciding node has its own label.
 */
export function WhyPanel({ node }: { node: GraphNode }) {
  const slot = useAppState((s) => s.analysis.explanation);
  const loaded = useAppState((s) => s.loaded);
  const labels = useAppState((s) => shownAcceptance(s)?.labels);
  const explanation = slot.data?.node === node.id ? slot.data : null;
  const tree = useMemo(() => (explanation && loaded ? explanationView(explanation, loaded.index, (id) => labels?.[id]) : null), [explanation, loaded, labels]);
  const stale = slot.status === "loading" || !explanation;
  return (
    <section class="why" aria-labelledby="why-heading" data-testid="why">
      <h3 id="why-heading">{explanation ? `Why ${explanation.label}?` : "Why?"}</h3>
      {slot.status === "failed" && slot.error && <AnalysisError error={slot.error} />}
      {slot.status !== "failed" && stale && <Working text="Working out why…" />}
      {explanation && tree && (
        <div class={stale ? "why-body stale" : "why-body"}>
          <p class="why-summary">{explanation.summary}</p>
          {explanation.witness !== null && explanation.extensionCount !== undefined && explanation.extensionCount > 1 && (
            <p class="panel-hint">Shown for one of {explanation.extensionCount} positions (extension {explanation.witness + 1}).</p>
          )}
          {tree.steps.length > 0 && <WhySteps node={tree} />}
          {explanation.cycle.length > 0 && <p class="panel-hint">It hangs on a cycle of undecided nodes ({explanation.cycle.length}).</p>}
        </div>
      )}
    </section>
  );
}

function WhySteps({ node }: { node: WhyNode }) {
  return (
    <ul class="why-steps">
      {node.steps.map((step) => (
        <li key={step.key} class={`why-step outcome-${step.outcome}`}>
          <StepLine step={step} />
          {step.child && step.decidedBy === "undercutter" && (
            <div class="why-undercut">
              undercut by <NodeRefLink node={step.child.node} label={step.child.label} />
            </div>
          )}
          {step.child && <WhyChild node={step.child} />}
        </li>
      ))}
    </ul>
  );
}

function StepLine({ step }: { step: WhyStep }) {
  return (
    <div class="why-line">
      <span class={`why-role role-${step.role}`}>{step.role === "attack" ? "objection" : "reason"}</span>
      <NodeRefLink node={step.from} label={step.fromLabel} /> <span class="why-relation">{step.relation}</span>
      <span class="why-outcome">{step.outcomeText}</span>
    </div>
  );
}

/** Why the node that decides a step has its own label, and (while the tree goes on) its own objections. */
function WhyChild({ node }: { node: WhyNode }) {
  return (
    <div class="why-child">
      <span class="why-reason">
        <LabelChip label={node.label} assumed={node.assumed} text={node.assumed ? `assumed ${node.label}` : node.label} /> {node.reason}
        {node.more && <em> ({node.more})</em>}
      </span>
      {node.steps.length > 0 && <WhySteps node={node} />}
    </div>
  );
}
