import { useMemo, useState } from "preact/hooks";
import type { CaseSide } from "../../../server/contract/case";
import type { GraphNode } from "../../../server/contract/node";
import { incomingOf, type GraphIndex } from "../../state/graph-index";
import { byReadingOrder } from "../../state/outline";
import { useAppState } from "../app-context";
import { useCaseSession } from "./use-case-session";

const defaultTitle = (side: CaseSide, target: GraphNode | undefined) =>
  target ? `${side === "for" ? "For" : "Against"}: ${target.title}`.slice(0, 200) : "";

/** How many claims or proposals of the map argue for or against a node: what a draft would start from. */
function reasonCount(index: GraphIndex, nodeId: string, side: CaseSide): number {
  const relation = side === "for" ? "supports" : "contradicts";
  return incomingOf(index, nodeId).filter((r) => r.relation === relation && index.nodes.get(r.source)?.kind !== "actor").length;
}

/**
 * A new case: the proposal or claim it argues about (the selected node when it is one), the side, the title, and
 * whether to draft the contentions from the map.
 */
export function NewCaseForm() {
  const session = useCaseSession();
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const busy = useAppState((s) => s.cases.busy);
  const groups = useMemo(() => {
    const nodes = [...(loaded?.graph.nodes ?? [])].sort(byReadingOrder);
    return { proposals: nodes.filter((n) => n.kind === "proposal"), claims: nodes.filter((n) => n.kind === "claim") };
  }, [loaded]);
  const selectedNode = selected ? loaded?.index.nodes.get(selected) : undefined;
  const [picked, setPicked] = useState<string | null>(null);
  const [side, setSide] = useState<CaseSide>("for");
  const [title, setTitle] = useState<string | null>(null);
  const [draft, setDraft] = useState(true);
  if (!loaded) return null;
  const targetId = picked ?? (selectedNode && selectedNode.kind !== "actor" ? selectedNode.id : groups.proposals[0]?.id) ?? "";
  const target = loaded.index.nodes.get(targetId);
  const shownTitle = title ?? defaultTitle(side, target);
  const reasons = target ? reasonCount(loaded.index, target.id, side) : 0;
  const submit = (event: Event) => {
    event.preventDefault();
    if (!target || !shownTitle.trim()) return;
    void session.create({ title: shownTitle.trim(), side, targetId: target.id, draft });
  };
  return (
    <form class="case-form" onSubmit={submit} aria-labelledby="new-case-heading">
      <h3 id="new-case-heading">New case</h3>
      <label class="case-field">
        <span>Resolution (a proposal or claim)</span>
        <select name="target" value={targetId} onChange={(e) => setPicked((e.currentTarget as HTMLSelectElement).value)}>
          {(["proposals", "claims"] as const).map((group) => (
            <optgroup key={group} label={group === "proposals" ? "Proposals" : "Claims"}>
              {groups[group].map((n) => (
                <option key={n.id} value={n.id}>
                  {n.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <fieldset class="case-side">
        <legend>Side</legend>
        {(["for", "against"] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="side" value={s} checked={side === s} onChange={() => setSide(s)} /> {s === "for" ? "For" : "Against"}
          </label>
        ))}
      </fieldset>
      <label class="case-field">
        <span>Title</span>
        <input name="title" value={shownTitle} maxLength={200} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="case-check">
        <input type="checkbox" name="draft" checked={draft} onChange={(e) => setDraft((e.currentTarget as HTMLInputElement).checked)} />
        Draft it from the map ({reasons} reason{reasons === 1 ? "" : "s"} {side === "for" ? "for" : "against"} it)
      </label>
      <button type="submit" class="case-primary" disabled={!target || !shownTitle.trim() || busy !== null}>
        Create case
      </button>
    </form>
  );
}
