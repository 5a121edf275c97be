import { useMemo } from "preact/hooks";
import { buildLegend, UNDERCUT_ANCHOR } from "../theme";
import { clearFilters, toggleNodeKind, toggleRelation } from "../state/view-actions";
import { useAppState, useViewUpdate } from "./app-context";
import { NodeSwatch, RelationSwatch } from "./swatches";

/**
 * The legend doubles as the kind filters: each row shows the mark used on the graph (from theme.ts, like the
 * stylesheet) and a checkbox that shows or hides that kind of node or relation.
 */
export function LegendPanel() {
  const legend = useMemo(buildLegend, []);
  const loaded = useAppState((s) => s.loaded);
  const hiddenKinds = useAppState((s) => s.view.hiddenNodeKinds);
  const hiddenRelations = useAppState((s) => s.view.hiddenRelations);
  const update = useViewUpdate();
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of loaded?.graph.nodes ?? []) c.set(n.kind, (c.get(n.kind) ?? 0) + 1);
    for (const r of loaded?.graph.relations ?? []) c.set(r.relation, (c.get(r.relation) ?? 0) + 1);
    return c;
  }, [loaded]);
  const anyHidden = hiddenKinds.length + hiddenRelations.length > 0;
  return (
    <section class="panel legend" aria-labelledby="legend-heading">
      <div class="panel-heading">
        <h2 id="legend-heading">Legend</h2>
        {anyHidden && (
          <button type="button" class="link-button" onClick={() => update(clearFilters())}>
            Show all
          </button>
        )}
      </div>
      <fieldset>
        <legend>Nodes</legend>
        {legend.nodes.map((entry) => (
          <label class="legend-row" key={entry.kind} title={entry.description}>
            <input type="checkbox" name={`show-${entry.kind}`} checked={!hiddenKinds.includes(entry.kind)} onChange={() => update(toggleNodeKind(entry.kind))} />
            <NodeSwatch style={entry} />
            <span class="legend-label">{entry.plural}</span>
            <span class="legend-count">{counts.get(entry.kind) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relations</legend>
        {legend.relations.map((entry) => (
          <label class="legend-row" key={entry.relation} title={entry.description}>
            <input type="checkbox" name={`show-${entry.relation}`} checked={!hiddenRelations.includes(entry.relation)} onChange={() => update(toggleRelation(entry.relation))} />
            <RelationSwatch style={entry} />
            <span class="legend-label">{entry.label}</span>
            <span class="legend-count">{counts.get(entry.relation) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <p class="legend-note">
        <NodeSwatch style={UNDERCUT_ANCHOR} size={12} /> sits on a relation that another undercuts (the reason does not carry).
      </p>
    </section>
  );
}
