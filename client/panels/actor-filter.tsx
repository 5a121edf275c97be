import { useMemo, useState } from "preact/hooks";
import { incomingOf, outgoingOf } from "../state/graph-index";
import { toggleActor } from "../state/view-actions";
import { useAppState, useViewUpdate } from "./app-context";

const SHORT_LIST = 12;

/** Show only what chosen actors are linked to. Actors are listed by how many ties they have. */
export function ActorFilterPanel() {
  const loaded = useAppState((s) => s.loaded);
  const chosen = useAppState((s) => s.view.actors);
  const update = useViewUpdate();
  const [all, setAll] = useState(false);
  const actors = useMemo(() => {
    if (!loaded) return [];
    const { index } = loaded;
    return loaded.graph.nodes
      .filter((n) => n.kind === "actor")
      .map((n) => ({ node: n, ties: outgoingOf(index, n.id).length + incomingOf(index, n.id).length }))
      .sort((a, b) => b.ties - a.ties || a.node.title.localeCompare(b.node.title));
  }, [loaded]);
  if (actors.length === 0) return null;
  const shown = all ? actors : actors.filter((a, i) => i < SHORT_LIST || chosen.includes(a.node.id));
  return (
    <section class="panel actor-filter" aria-labelledby="actors-heading">
      <div class="panel-heading">
        <h2 id="actors-heading">Actors</h2>
        {chosen.length > 0 && (
          <button type="button" class="link-button" onClick={() => update(() => ({ actors: [] }))}>
            Clear
          </button>
        )}
      </div>
      <p class="panel-hint">Tick actors to show only what they are linked to.</p>
      <ul class="actor-list">
        {shown.map(({ node, ties }) => (
          <li key={node.id}>
            <label class="legend-row" title={node.aliases.length ? `Also: ${node.aliases.join(", ")}` : node.title}>
              <input type="checkbox" name={`actor-${node.id}`} checked={chosen.includes(node.id)} onChange={() => update(toggleActor(node.id))} />
              <span class="legend-label">{node.title}</span>
              <span class="legend-count">{ties}</span>
            </label>
          </li>
        ))}
      </ul>
      {actors.length > SHORT_LIST && (
        <button type="button" class="link-button" onClick={() => setAll(!all)}>
          {all ? "Show fewer" : `Show all ${actors.length}`}
        </button>
      )}
    </section>
  );
}
