import { openDialog } from "../../state/edit-state";
import { useAppState, useServices } from "../app-context";
import { useBusy, useEditAccess, useEditor } from "./editor-context";

/**
 * What the node and relation edit bars share: the editor, the write under way, the passage selected in the reader,
 * the map's relations (to say what a delete takes with it), whether this user may edit, and the History link.
 */
export function useEditBar(entityId: string) {
  const { app } = useServices();
  const editor = useEditor();
  const access = useEditAccess();
  const busy = useBusy();
  const passage = useAppState((s) => s.edit.passage);
  const relations = useAppState((s) => s.loaded?.graph.relations ?? []);
  const history = (
    <button type="button" class="link-button" onClick={() => openDialog(app.store, { type: "history", entityId })}>
      History
    </button>
  );
  return { app, editor, allowed: access.allowed, busy, passage, relations, history };
}
