import type { GraphRelation } from "../../../server/contract/relation";
import { openDialog } from "../../state/edit-state";
import { relationsDeletedWith } from "../../state/edit-undo";
import { useEditBar } from "./edit-bar";

/**
 * Under a relation's ends in the details: edit it, object to it (an undercut), attach the passage selected in the
 * reader as its quote, delete it; and its history.
 */
export function RelationEditBar({ relation }: { relation: GraphRelation }) {
  const { app, editor, allowed, busy, passage, relations, history } = useEditBar(relation.id);
  if (!allowed) return <div class="node-edit-bar">{history}</div>;
  const remove = () => {
    const objections = relationsDeletedWith(relations, { relation: relation.id }).length - 1;
    const quotes = relation.excerpts.length;
    const also = [objections > 0 && `${objections} objection${objections > 1 ? "s" : ""}`, quotes > 0 && `${quotes} quote${quotes > 1 ? "s" : ""}`].filter(Boolean).join(" and ");
    if (window.confirm(`Delete this “${relation.relation.replace("_", " ")}” relation${also ? ` with its ${also}` : ""}? You can undo this.`)) void editor.deleteRelation(relation);
  };
  return (
    <div class="node-edit-bar" role="toolbar" aria-label="Edit this relation">
      <button type="button" onClick={() => openDialog(app.store, { type: "relation", relationId: relation.id })}>Edit</button>
      <button type="button" title="Add a claim that says this reason does not carry (an undercut)" onClick={() => openDialog(app.store, { type: "undercut", relationId: relation.id })}>
        Object to this inference…
      </button>
      {passage && (
        <button type="button" disabled={busy !== null} title={`Attach “${passage.quote.slice(0, 80)}” as a quote of this relation`} onClick={() => void editor.attachPassage({ relationId: relation.id }, passage)}>
          Attach the selected passage
        </button>
      )}
      <button type="button" class="danger" disabled={busy !== null} onClick={remove}>Delete</button>
      {history}
    </div>
  );
}
