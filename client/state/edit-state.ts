import type { NodeKind } from "../../server/contract/vocabulary";
import type { AppState } from "./app-state";
import type { Conflict } from "./edit-conflict";
import type { Passage } from "./edit-selection";
import type { Store } from "./store";
import type { UndoEntry } from "./edit-undo";

/** Which editing dialog is open: the panels render it, the edit actions fill and close it. */
export type EditDialog =
  /** A new node (nodeId null), optionally from a passage of the reader, or an existing node to edit. */
  | { type: "node"; kind: NodeKind; nodeId: string | null; passage: Passage | null }
  /** Connect a node to another: the target is chosen from a list, or given when drawn in the graph. */
  | { type: "connect"; source: string; target: string | null }
  | { type: "relation"; relationId: string }
  /** Object to a relation (an undercut: the reason does not carry) with a claim picked from the map or written anew. */
  | { type: "undercut"; relationId: string }
  | { type: "map" }
  /** A new source document (documentId null) or the metadata and text of one. */
  | { type: "document"; documentId: string | null }
  /** Who changed what when: one node or relation, or the whole map (entityId null). */
  | { type: "history"; entityId: string | null };

export interface EditState {
  /** The passage selected in the reader, offered for a new node or as a quote for the selected node or relation. */
  passage: Passage | null;
  dialog: EditDialog | null;
  /** A write answered 409: the user decides between their change and the other person's. */
  conflict: Conflict | null;
  /** This user's changes in this session, newest last. */
  undo: UndoEntry[];
  /** Dragging from one node to another draws a relation instead of moving the node. */
  drawRelations: boolean;
  /** The orphaned excerpt that the next passage selected in the reader will place. */
  reanchoring: string | null;
  /** A write under way (its label), so buttons wait for it. */
  busy: string | null;
  /** Why the last write failed, shown in the open dialog (without one, the page's error banner shows it). */
  failure: string | null;
  /** Where the graph put the latest nodes that came without a saved position (node id, model coordinates). */
  placed: { id: string; x: number; y: number }[];
}

export const NO_EDITS: EditState = {
  passage: null,
  dialog: null,
  conflict: null,
  undo: [],
  drawRelations: false,
  reanchoring: null,
  busy: null,
  failure: null,
  placed: [],
};

/** Changes part of the edit state. */
export function patchEdit(store: Store<AppState>, patch: Partial<EditState> | ((edit: EditState) => Partial<EditState>)): void {
  store.set((s) => ({ edit: { ...s.edit, ...(typeof patch === "function" ? patch(s.edit) : patch) } }));
}

export const openDialog = (store: Store<AppState>, dialog: EditDialog | null) => patchEdit(store, { dialog, failure: null });

/** Draws a relation between two nodes picked in the graph: opens the relation dialog with both ends chosen. */
export const connectNodes = (store: Store<AppState>, source: string, target: string) => openDialog(store, { type: "connect", source, target });
