import { useMemo } from "preact/hooks";
import { groupRelations } from "../state/relation-groups";
import { NODE_THEME, RELATION_THEME } from "../theme";
import { NodeEditBar, RelationActions } from "./annotate/node-edit-bar";
import { NodeAnalysis } from "./analysis/node-analysis";
import { useAppState } from "./app-context";
import { NodeLink, Quotes, RelationLink } from "./detail-items";
import { FocusControls } from "./focus-controls";
import { RelationDetails } from "./relation-details";
import { NodeSwatch, RelationSwatch } from "./swatches";
import "./details.css";

/**
 * The selected node in full: text, quotes from the source, and its relations grouped the way an analyst reads them;
 * or the selected relation (relation-details.tsx); or, with nothing selected, the map.
 */
export function DetailsPanel() {
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const selectedRelation = useAppState((s) => s.view.selectedRelation);
  const node = selected ? loaded?.index.nodes.get(selected) : undefined;
  const relation = selectedRelation ? loaded?.index.relations.get(selectedRelation) : undefined;
  const groups = useMemo(() => (loaded && node ? groupRelations(loaded.index, node.id) : []), [loaded, node]);
  if (!loaded) return null;
  if (relation) return <RelationDetails key={relation.id} relation={relation} />;
  if (!node) return <MapSummary />;
  const theme = NODE_THEME[node.kind];
  return (
    <section key={node.id} class="panel details" aria-labelledby="details-heading" data-testid="details">
      <div class="details-kind">
        <NodeSwatch style={theme} size={16} />
        <span>{theme.label}</span>
      </div>
      <h2 id="details-heading" class="details-title">
        {node.title}
      </h2>
      {node.text && node.text !== node.title && <p class="details-text">{node.text}</p>}
      {node.aliases.length > 0 && <p class="details-aliases">Also called: {node.aliases.join(", ")}</p>}
      <NodeEditBar node={node} />
      <FocusControls node={node} />
      <NodeAnalysis node={node} />
      {node.excerpts.length > 0 && <Quotes excerpts={node.excerpts} />}
      {groups.map((group) => (
        <section class="relation-group" key={group.key} aria-label={group.label}>
          <h3>
            <RelationSwatch style={RELATION_THEME[group.relation]} />
            {group.label} <span class="legend-count">{group.entries.length}</span>
          </h3>
          <ul>
            {group.entries.map((entry) => (
              <li key={entry.relation.id}>
                <NodeLink node={entry.other} />
                <RelationLink relation={entry.relation} compact />
                <RelationActions relation={entry.relation} />
                {entry.attacked && <span class="relation-note">the inference “{entry.attacked}”</span>}
                {entry.relation.note && <span class="relation-note">{entry.relation.note}</span>}
                {entry.undercutBy.map((u) => (
                  <span class="undercut-note" key={u.relation.id}>
                    undercut by <NodeLink node={u.other} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p class="panel-hint">No relations yet.</p>}
    </section>
  );
}

function MapSummary() {
  const loaded = useAppState((s) => s.loaded);
  if (!loaded) return null;
  const { map } = loaded.graph;
  return (
    <section class="panel details details-empty" aria-labelledby="details-heading">
      <h2 id="details-heading" class="details-title">
        {map.title}
      </h2>
      {map.description && <p class="details-text">{map.description}</p>}
      <ul class="hints">
        <li>Click a node to read it in full, with its quotes and its reasons for and against; click a line for the relation.</li>
        <li>
          Press <kbd>/</kbd> to search and <kbd>Esc</kbd> to step back out of a focus or a selection.
        </li>
        <li>Use the legend to hide kinds of nodes or relations, and the actors list to follow one actor.</li>
        <li>Highlighted passages in the source below open the node they anchor.</li>
      </ul>
    </section>
  );
}
