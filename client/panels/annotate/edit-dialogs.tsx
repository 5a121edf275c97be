import { useEffect } from "preact/hooks";
import { canEdit } from "../../state/session-state";
import { useAppState, useServices } from "../app-context";
import { ConflictDialog } from "./conflict-dialog";
import { ConnectDialog } from "./connect-dialog";
import { DocumentDialog } from "./document-dialog";
import { useEditor } from "./editor-context";
import { HistoryDialog } from "./history-dialog";
import { MapDialog } from "./map-dialog";
import { NodeDialog } from "./node-dialog";
import { RelationDialog } from "./relation-dialog";
import { UndercutDialog } from "./undercut-dialog";
import "./annotate.css";

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The open editing dialog, if any, and over it a conflict; Ctrl+Z (⌘Z) undoes this user's last change. */
export function EditDialogs() {
  const { app } = useServices();
  const editor = useEditor();
  const dialog = useAppState((s) => s.edit.dialog);
  const conflict = useAppState((s) => s.edit.conflict);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = app.store.get();
      if (event.key.toLowerCase() !== "z" || !(event.ctrlKey || event.metaKey) || event.shiftKey || isTyping(event.target)) return;
      if (!canEdit(state.session) || state.edit.dialog || state.edit.conflict || state.edit.undo.length === 0) return;
      event.preventDefault();
      void editor.undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [app, editor]);
  // A conflict replaces the dialog whose save caused it: one question at a time.
  if (conflict) return <ConflictDialog conflict={conflict} />;
  return (
    <>
      {dialog?.type === "node" && <NodeDialog kind={dialog.kind} nodeId={dialog.nodeId} passage={dialog.passage} />}
      {dialog?.type === "connect" && <ConnectDialog key={`${dialog.source}>${dialog.target}`} source={dialog.source} target={dialog.target} />}
      {dialog?.type === "relation" && <RelationDialog relationId={dialog.relationId} />}
      {dialog?.type === "undercut" && <UndercutDialog key={dialog.relationId} relationId={dialog.relationId} />}
      {dialog?.type === "map" && <MapDialog />}
      {dialog?.type === "document" && <DocumentDialog documentId={dialog.documentId} />}
      {dialog?.type === "history" && <HistoryDialog entityId={dialog.entityId} />}
    </>
  );
}
