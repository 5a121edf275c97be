import type { Excerpt } from "../../server/contract/excerpt";
import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";
import { describeRelation } from "../state/graph-index";
import { selectNode, selectRelation } from "../state/view-actions";
import { NODE_THEME, RELATION_THEME } from "../theme";
import { ExcerptActions } from "./annotate/node-edit-bar";
import { useAppState, useServices, useViewUpdate } from "./app-context";
import { NodeSwatch, RelationSwatch } from "./swatches";

/** Pieces the details panel shows for a node and for a relation. */

export function NodeLink({ node }: { node: GraphNode }) {
  const update = useViewUpdate();
  return (
    <button type="button" class={`node-link kind-${node.kind}`} onClick={() => update(selectNode(node.id))} title={node.text || node.title}>
      <NodeSwatch style={NODE_THEME[node.kind]} size={11} />
      <span>{node.title}</span>
    </button>
  );
}

/**
 * Opens a relation's own details (its note, quotes and objections). Compact: only its line, as in the legend, beside
 * the node at its other end in a node's list of relations.
 */
export function RelationLink({ relation, compact = false }: { relation: GraphRelation; compact?: boolean }) {
  const update = useViewUpdate();
  const index = useAppState((s) => s.loaded?.index);
  const words = index ? describeRelation(index, relation) : relation.relation;
  return (
    <button
      type="button"
      class={compact ? "relation-link compact" : "relation-link"}
      onClick={() => update(selectRelation(relation.id))}
      title={`Open the relation “${words}”: its note, quotes and objections`}
      aria-label={compact ? `Open the relation “${words}”` : undefined}
    >
      <RelationSwatch style={RELATION_THEME[relation.relation]} />
      {!compact && <span>{words}</span>}
    </button>
  );
}

/** The quotes that anchor a node or a relation in the source, each with a way to it (and, for editors, to move it). */
export function Quotes({ excerpts, heading = "From the source" }: { excerpts: Excerpt[]; heading?: string }) {
  const { app } = useServices();
  const update = useViewUpdate();
  const showInSource = (excerpt: Excerpt) => {
    app.store.set({ readerExcerpt: excerpt.id });
    update(() => ({ document: excerpt.documentId === app.store.get().documents[0]?.id ? null : excerpt.documentId }));
  };
  return (
    <section class="quotes" aria-label="Quotes from the source">
      <h3>{heading}</h3>
      {excerpts.map((excerpt) => (
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
