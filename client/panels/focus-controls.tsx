import type { GraphNode } from "../../server/contract/node";
import { clearFocus, focusOn, setFocusDepth } from "../state/view-actions";
import { MAX_FOCUS_DEPTH, type FocusMode } from "../state/view-state";
import { useAppState, useViewUpdate } from "./app-context";

const MODES: { mode: Exclude<FocusMode, "rests-on">; label: string; hint: string }[] = [
  { mode: "both", label: "Both", hint: "Everything linked to it" },
  { mode: "in", label: "In", hint: "What bears on it: reasons, objections, who backs it" },
  { mode: "out", label: "Out", hint: "What it bears on" },
];

/** Focus the graph on this node's neighbourhood (n hops, in/out/both) or on what it rests on; the rest fades. */
export function FocusControls({ node }: { node: GraphNode }) {
  const focus = useAppState((s) => s.view.focus);
  const update = useViewUpdate();
  const mine = focus?.node === node.id ? focus : null;
  return (
    <div class="focus-controls" role="group" aria-label="Focus">
      <span class="focus-label">Focus</span>
      <span class="segmented">
        {MODES.map(({ mode, label, hint }) => (
          <button key={mode} type="button" title={hint} aria-pressed={mine?.mode === mode} onClick={() => update(focusOn(node.id, mode))}>
            {label}
          </button>
        ))}
      </span>
      {mine && mine.mode !== "rests-on" && (
        <span class="depth" aria-label="Hops">
          <button type="button" aria-label="Fewer hops" disabled={mine.depth <= 1} onClick={() => update(setFocusDepth(mine.depth - 1))}>
            −
          </button>
          <span>
            {mine.depth} hop{mine.depth > 1 ? "s" : ""}
          </span>
          <button type="button" aria-label="More hops" disabled={mine.depth >= MAX_FOCUS_DEPTH} onClick={() => update(setFocusDepth(mine.depth + 1))}>
            +
          </button>
        </span>
      )}
      {node.kind !== "actor" && (
        <button type="button" class="rests-on" aria-pressed={mine?.mode === "rests-on"} onClick={() => update(focusOn(node.id, "rests-on"))} title="Its support tree and the objections to it">
          What it rests on
        </button>
      )}
      {focus && (
        <button type="button" class="link-button" onClick={() => update(clearFocus())}>
          Clear focus
        </button>
      )}
    </div>
  );
}
