import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Editor } from "../../state/edit-controller";
import { canEdit, editHint } from "../../state/session-state";
import { useAppState } from "../app-context";

/** The editing actions (state/edit-controller.ts), provided by the composition root beside the app's services. */
export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error("Editing panels must be rendered inside EditorContext.");
  return editor;
}

/** Whether this user may edit, and if not, why (for the hint shown in place of the controls). */
export function useEditAccess(): { allowed: boolean; hint: string | null; checked: boolean; signedIn: boolean } {
  const session = useAppState((s) => s.session);
  return { allowed: canEdit(session), hint: editHint(session), checked: session.checked, signedIn: session.user !== null };
}

/** The label of a write under way, if any: buttons wait for it. */
export const useBusy = () => useAppState((s) => s.edit.busy);
