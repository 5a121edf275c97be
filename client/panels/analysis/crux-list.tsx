import { useMemo } from "preact/hooks";
import { applyCrux } from "../../state/analysis-actions";
import { cruxList, type CruxGroup } from "../../state/analysis-cruxes";
import { effectiveAssumptions } from "../../state/analysis-state";
import { shownViewpoint } from "../../state/analysis-viewpoint";
import { useAppState, useViewUpdate } from "../app-context";
import { LabelChip, NodeRefLink } from "./acceptance-marks";
import { AnalysisError, Working } from "./analysis-feedback";

/**
 * Cruxes per proposal: the one or two claims whose assumed status flips it. Clicking a crux applies it (adds its
 * assumptions and selects the proposal), so the analyst watches the proposal flip on the graph. The selected
 * proposal's cruxes come first; the claims that decide the most proposals close the list.
 */
export function CruxList() {
  const slot = useAppState((s) => s.analysis.cruxes);
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const assumptions = useAppState((s) => s.view.assumptions);
  const viewpoint = useAppState((s) => {
    const actor = shownViewpoint(s);
    return actor ? (s.loaded?.index.nodes.get(actor)?.title ?? actor) : null;
  });
  const update = useViewUpdate();
  const list = useMemo(() => (slot.data && loaded ? cruxList(slot.data, loaded.index) : null), [slot.data, loaded]);
  const groups = useMemo(() => (list ? [...list.groups].sort((a, b) => Number(b.proposal.id === selected) - Number(a.proposal.id === selected)) : []), [list, selected]);
  if (slot.status === "failed" && slot.error) return <AnalysisError error={slot.error} />;
  if (!list) return <Working text="Looking for the cruxes…" />;
  const assumed = loaded ? Object.keys(effectiveAssumptions(assumptions, loaded.index)).length : 0;
  return (
    <div class={slot.status === "loading" ? "crux-list stale" : "crux-list"} data-testid="cruxes">
      <p class="drawer-help">
        Assuming these claims flips the proposal (grounded semantics{viewpoint ? `, from ${viewpoint}’s point of view` : ""}
        {assumed > 0 ? `, on top of your ${assumed} assumption${assumed > 1 ? "s" : ""}` : ""}).
        Click one to apply it and watch the proposal change.
        {!slot.data?.complete && " The search for pairs ran out of time, so the list may be incomplete."}
        {slot.status === "loading" && <Working text="Updating…" />}
      </p>
      <ul class="crux-groups">
        {groups.map((group) => (
          <Group key={group.proposal.id} group={group} onApply={(assumptions) => update(applyCrux(group.proposal.id, assumptions))} />
        ))}
      </ul>
      {list.decisive.length > 0 && (
        <section class="decisive">
          <h3>Claims that decide the most proposals</h3>
          <ol>
            {list.decisive.map((d) => (
              <li key={d.node.id}>
                <NodeRefLink node={d.node} /> <span class="legend-count">{d.proposals} proposals</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function Group({ group, onApply }: { group: CruxGroup; onApply: (assumptions: CruxGroup["cruxes"][number]["assumptions"]) => void }) {
  return (
    <li class="crux-group">
      <div class="crux-proposal">
        <LabelChip label={group.label} /> <NodeRefLink node={group.proposal} />
      </div>
      {group.cruxes.length === 0 ? (
        <p class="panel-hint">No one or two claims flip it.</p>
      ) : (
        <ul class="cruxes">
          {group.cruxes.map((crux) => (
            <li key={crux.key}>
              <button type="button" class="crux" onClick={() => onApply(crux.assumptions)} title="Apply these assumptions">
                <span class="crux-if">If</span>
                {crux.parts.map((part, i) => (
                  <span key={part.node.id} class="crux-part">
                    {i > 0 && <span class="crux-and"> and </span>}“{part.node.title}” is <strong>{part.status}</strong>
                  </span>
                ))}
                <span class="crux-then">→ it becomes</span> <LabelChip label={crux.becomes} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
