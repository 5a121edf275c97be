import { useMemo } from "preact/hooks";
import type { Excerpt } from "../../server/contract/excerpt";
import type { GraphNode } from "../../server/contract/node";
import { groupRelations } from "../state/relation-groups";
import { selectNode } from "../state/view-actions";
import { NODE_THEME, RELATION_THEME } from "../theme";
import { useAppState, useServices, useViewUpdate } from "./app-context";
import { ExcerptActions, NodeEditBar, RelationActions } from "./annotate/node-edit-bar";
import { NodeAnalysis } from "./analysis/node-analysis";
import { FocusControls } from "./focus-controls";
import { NodeSwatch, RelationSwatch } from "./swatches";

/** The selected node in full: text, quotes from the source, and its relations grouped the way an analyst reads them. */
export function DetailsPanel() {
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const node = selected ? loaded?.index.nodes.get(selected) : undefined;
  const groups = useMemo(() => (loaded && node ? groupRelations(loaded.index, node.id) : []), [loaded, node]);
  if (!loaded) return null;
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
      {node.excerpts.length > 0 && <Quotes node={node} />}
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
                {entry.attacked && <span class="relation-note">the inference “{entry.attacked}”</span>}
                <RelationActions relation={entry.relation} />
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

function NodeLink({ node }: { node: GraphNode }) {
  const update = useViewUpdate();
  return (
    <button type="button" class={`node-link kind-${node.kind}`} onClick={() => update(selectNode(node.id))} title={node.text || node.title}>
      <NodeSwatch style={NODE_THEME[node.kind]} size={11} />
      <span>{node.title}</span>
    </button>
  );
}

function Quotes({ node }: { node: GraphNode }) {
  const { app } = useServices();
  const update = useViewUpdate();
  const showInSource = (excerpt: Excerpt) => {
    app.store.set({ readerExcerpt: excerpt.id });
    update(() => ({ document: excerpt.documentId === app.store.get().documents[0]?.id ? null : excerpt.documentId }));
  };
  return (
    <section class="quotes" aria-label="Quotes from the source">
      <h3>From the source</h3>
      {node.excerpts.map((excerpt) => (
        <figure key={excerpt.id} class="quote">
          <blockquote>{excerpt.quote}</blockquote>
          <figcaption>
            <button type="button" class="link-button" onClick={() => showInSource(excerpt)}>
              Show in source
            </button>
            {excerpt.orphaned && <span class="warning"> (the text changed; this quote needs re-anchoring)</span>}
            <ExcerptActions excerpt={excerpt} />
          </figcaption>
        </figure>
      ))}
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
        <li>Click a node to read it in full, with its quotes and its reasons for and against.</li>
        <li>
          Press <kbd>/</kbd> to search and <kbd>Esc</kbd> to step back out of a focus or a selection.
        </li>
        <li>Use the legend to hide kinds of nodes or relations, and the actors list to follow one actor.</li>
        <li>Highlighted passages in the source below open the node they anchor.</li>
      </ul>
    </section>
  );
}
