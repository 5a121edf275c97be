import type { NodeKind } from "../../../server/contract/vocabulary";
import { describeUndo } from "../../state/edit-undo";
import { openDialog, patchEdit } from "../../state/edit-state";
import { useAppState, useServices } from "../app-context";
import { useBusy, useEditAccess, useEditor } from "./editor-context";

/**
 * The left sidebar's editing tools: new nodes, drawing relations, undo, sources and maps, and the map's history.
 * Readers who may not edit see why, and where to sign in, instead of controls that would fail.
 */
export function EditToolsPanel() {
  const { app } = useServices();
  const editor = useEditor();
  const access = useEditAccess();
  const busy = useBusy();
  const loaded = useAppState((s) => s.loaded);
  const undo = useAppState((s) => s.edit.undo);
  const drawing = useAppState((s) => s.edit.drawRelations);
  if (!access.checked) return null;
  const open = (kind: NodeKind) => openDialog(app.store, { type: "node", kind, nodeId: null, passage: null });
  const last = undo.at(-1);
  return (
    <section class="panel edit-tools" aria-labelledby="edit-tools-heading" data-testid="edit-tools">
      <div class="panel-heading">
        <h2 id="edit-tools-heading">Edit</h2>
        {busy && <span class="busy" role="status">{busy}…</span>}
      </div>
      {!access.allowed ? (
        <p class="panel-hint edit-hint">
          {access.hint}{" "}
          {!access.signedIn && (
            <button type="button" class="link-button" onClick={() => editor.session.openSignIn(true)}>
              Sign in
            </button>
          )}
        </p>
      ) : (
        <>
          {loaded && (
            <>
              <div class="tool-row" role="group" aria-label="Add a node">
                <span class="tool-label">New</span>
                <button type="button" onClick={() => open("claim")}>Claim</button>
                <button type="button" onClick={() => open("proposal")}>Proposal</button>
                <button type="button" onClick={() => open("actor")}>Actor</button>
              </div>
              <p class="panel-hint">Or select a passage in the source to make a claim or proposal from it.</p>
              <button type="button" class="tool-toggle" aria-pressed={drawing} onClick={() => patchEdit(app.store, { drawRelations: !drawing })}>
                {drawing ? "Drawing relations: on" : "Draw relations"}
              </button>
              <p class="panel-hint">{drawing ? "Drag from one node to another to connect them. Nodes stay in place meanwhile." : "Then drag from one node to another in the graph."}</p>
              <button type="button" class="tool-wide" disabled={!last || busy !== null} title={last ? `Undo: ${describeUndo(last)} (Ctrl+Z)` : "Nothing to undo"} onClick={() => void editor.undo()}>
                {last ? `Undo ${describeUndo(last, 22)}` : "Nothing to undo"}
              </button>
            </>
          )}
          <div class="tool-row" role="group" aria-label="Sources and maps">
            {loaded && <button type="button" onClick={() => openDialog(app.store, { type: "document", documentId: null })}>Add source…</button>}
            <button type="button" onClick={() => openDialog(app.store, { type: "map" })}>New map…</button>
          </div>
        </>
      )}
      {loaded && (
        <button type="button" class="link-button" onClick={() => openDialog(app.store, { type: "history", entityId: null })}>
          History of this map
        </button>
      )}
    </section>
  );
}
