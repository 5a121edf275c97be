import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";
import { incomingOf } from "../state/graph-index";
import { RELATION_THEME, UNDERCUT_ANCHOR } from "../theme";
import { RelationActions } from "./annotate/node-edit-bar";
import { RelationEditBar } from "./annotate/relation-edit-bar";
import { useAppState } from "./app-context";
import { NodeLink, Quotes, RelationLink } from "./detail-items";
import { NodeSwatch, RelationSwatch } from "./swatches";

/**
 * The selected relation in full: source → kind → target (for an undercut, the inference it attacks), its note and
 * strength, the quotes that make it in the source, and the objections to it (its undercuts: the reason does not carry).
 */
export function RelationDetails({ relation }: { relation: GraphRelation }) {
  const index = useAppState((s) => s.loaded?.index);
  if (!index) return null;
  const theme = RELATION_THEME[relation.relation];
  const source = index.nodes.get(relation.source);
  const attacked = relation.targetType === "relation" ? index.relations.get(relation.target) : undefined;
  const target = relation.targetType === "node" ? index.nodes.get(relation.target) : undefined;
  return (
    <section class="panel details relation-details" aria-labelledby="details-heading" data-testid="details">
      <div class="details-kind">
        <RelationSwatch style={theme} />
        <span>{attacked ? "Objection to an inference" : "Relation"}</span>
      </div>
      <h2 id="details-heading" class="details-title relation-title">
        <End node={source} />
        <span class="relation-verb">
          <span aria-hidden="true">↓</span>
          <RelationSwatch style={theme} />
          <span>{theme.label}</span>
        </span>
        {target && <End node={target} />}
        {attacked && (
          <span class="relation-end">
            <span class="end-label">the inference</span>
            <RelationLink relation={attacked} />
          </span>
        )}
      </h2>
      {relation.note && <p class="details-text">{relation.note}</p>}
      <RelationFacts relation={relation} />
      <RelationEditBar relation={relation} />
      {relation.excerpts.length > 0 && <Quotes excerpts={relation.excerpts} />}
      <Objections relation={relation} />
    </section>
  );
}

function End({ node }: { node: GraphNode | undefined }) {
  return <span class="relation-end">{node ? <NodeLink node={node} /> : <span class="panel-hint">a node that is no longer in the map</span>}</span>;
}

function RelationFacts({ relation }: { relation: GraphRelation }) {
  const facts = [
    relation.strength !== null && `Strength ${relation.strength} (from 0, no weight, to 1, full weight)`,
    relation.group && "A linked premise: it counts only together with the other reasons of its group",
  ].filter(Boolean);
  return facts.length > 0 ? <p class="details-aliases">{facts.join(". ")}.</p> : null;
}

/** The undercuts of this relation: each objecting node, with its note, and a way to that objection's own details. */
function Objections({ relation }: { relation: GraphRelation }) {
  const index = useAppState((s) => s.loaded?.index);
  const objections = index ? incomingOf(index, relation.id) : [];
  return (
    <section class="relation-group objections" aria-label="Objections to this inference">
      <h3>
        <NodeSwatch style={{ shape: UNDERCUT_ANCHOR.shape, fill: UNDERCUT_ANCHOR.fill, border: UNDERCUT_ANCHOR.border }} size={11} />
        Objections to this inference <span class="legend-count">{objections.length}</span>
      </h3>
      {objections.length === 0 && <p class="panel-hint">None yet: nothing says that this reason does not carry.</p>}
      <ul>
        {objections.map((u) => {
          const by = index?.nodes.get(u.source);
          return (
            <li key={u.id}>
              {by && <NodeLink node={by} />}
              <RelationLink relation={u} compact />
              <RelationActions relation={u} />
              {u.note && <span class="relation-note">{u.note}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
