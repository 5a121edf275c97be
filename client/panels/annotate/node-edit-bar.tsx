import type { Excerpt } from "../../../server/contract/excerpt";
import type { GraphNode } from "../../../server/contract/node";
import type { GraphRelation } from "../../../server/contract/relation";
import { updateView } from "../../state/app-state";
import { openDialog, patchEdit } from "../../state/edit-state";
import { relationsDeletedWith } from "../../state/edit-undo";
import { useServices } from "../app-context";
import { useEditBar } from "./edit-bar";
import { useBusy, useEditAccess, useEditor } from "./editor-context";

/** Under a node's title in the details: edit, connect, attach the selected passage, delete; and its history. */
export function NodeEditBar({ node }: { node: GraphNode }) {
  const { app, editor, allowed, busy, passage, relations, history } = useEditBar(node.id);
  if (!allowed) return <div class="node-edit-bar">{history}</div>;
  const remove = () => {
    const going = relationsDeletedWith(relations, { node: node.id }).length;
    const quotes = node.excerpts.length;
    const also = [going && `${going} relation${going > 1 ? "s" : ""}`, quotes && `${quotes} quote${quotes > 1 ? "s" : ""}`].filter(Boolean).join(" and ");
    if (window.confirm(`Delete “${node.title}”${also ? ` with its ${also}` : ""}? You can undo this.`)) void editor.deleteNode(node);
  };
  return (
    <div class="node-edit-bar" role="toolbar" aria-label="Edit this node">
      <button type="button" onClick={() => openDialog(app.store, { type: "node", kind: node.kind, nodeId: node.id, passage: null })}>Edit</button>
      <button type="button" onClick={() => openDialog(app.store, { type: "connect", source: node.id, target: null })}>Connect…</button>
      {passage && node.kind !== "actor" && (
        <button type="button" disabled={busy !== null} title={`Attach “${passage.quote.slice(0, 80)}” as a quote`} onClick={() => void editor.attachPassage({ nodeId: node.id }, passage)}>
          Attach the selected passage
        </button>
      )}
      <button type="button" class="danger" disabled={busy !== null} onClick={remove}>Delete</button>
      {history}
    </div>
  );
}

/** Beside each relation in the details: edit (kind, note) or delete it. */
export function RelationActions({ relation }: { relation: GraphRelation }) {
  const { app } = useServices();
  const access = useEditAccess();
  if (!access.allowed) return null;
  return (
    <button type="button" class="inline-action" aria-label="Edit or delete this relation" title="Edit or delete this relation" onClick={() => openDialog(app.store, { type: "relation", relationId: relation.id })}>
      ✎
    </button>
  );
}

/** Under each quote in the details: move it to another passage (a quote that lost its place: place it again), or remove it. */
export function ExcerptActions({ excerpt }: { excerpt: Excerpt }) {
  const { app } = useServices();
  const editor = useEditor();
  const access = useEditAccess();
  const busy = useBusy();
  if (!access.allowed) return null;
  /** Opens the quote's source in the reader, where the next passage selected can place it. */
  const reanchor = () => {
    patchEdit(app.store, { reanchoring: excerpt.id, passage: null });
    const first = app.store.get().documents[0]?.id;
    updateView(app.store, () => ({ document: excerpt.documentId === first ? null : excerpt.documentId }));
  };
  return (
    <span class="excerpt-actions">
      <button type="button" class="link-button" onClick={() => reanchor()}>
        {excerpt.orphaned ? "Re-anchor" : "Move"}
      </button>
      <button type="button" class="link-button danger-link" disabled={busy !== null} onClick={() => void editor.deleteExcerpt(excerpt)}>
        Remove quote
      </button>
    </span>
  );
}
