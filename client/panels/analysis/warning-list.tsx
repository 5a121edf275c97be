import type { WarningCode } from "../../../server/contract/analysis";
import { nodeRef } from "../../state/analysis-explanation";
import { selectNode } from "../../state/view-actions";
import { useAppState, useViewUpdate } from "../app-context";
import { NodeRefLink } from "./acceptance-marks";
import { AnalysisError, Working } from "./analysis-feedback";

const CODE_WORDS: Record<WarningCode, string> = {
  contradictory_endorsements: "Contradictory endorsements",
  endorses_and_opposes: "Endorses and opposes",
  unsupported_proposal: "Unsupported proposal",
  supports_and_contradicts: "Supports and contradicts",
  support_cycle: "Support cycle",
  missing_excerpt: "No quote from the source",
};

/** Problems in the map an author may want to fix; a warning selects its first node, and each node it names is a link. */
export function WarningList() {
  const slot = useAppState((s) => s.analysis.warnings);
  const loaded = useAppState((s) => s.loaded);
  const update = useViewUpdate();
  if (slot.status === "failed" && slot.error) return <AnalysisError error={slot.error} />;
  if (!slot.data || !loaded) return <Working text="Checking the map…" />;
  const { warnings } = slot.data;
  if (warnings.length === 0) return <p class="drawer-help">No warnings: no contradictory endorsements, unsupported proposals, support cycles or unquoted nodes.</p>;
  return (
    <ul class="warning-list" data-testid="warnings">
      {warnings.map((w, i) => (
        <li key={`${w.code}:${i}`}>
          <button type="button" class="warning-item" onClick={() => w.nodeIds[0] && update(selectNode(w.nodeIds[0]))} disabled={w.nodeIds.length === 0}>
            <span class="warning-code">{CODE_WORDS[w.code]}</span> {w.message}
          </button>
          {w.nodeIds.length > 1 && (
            <span class="warning-nodes">
              {w.nodeIds.map((id) => (
                <NodeRefLink key={id} node={nodeRef(loaded.index, id)} />
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
