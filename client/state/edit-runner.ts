import { ApiError } from "../api/api-error";
import { ConflictError, type WriteApi } from "../api/write-api";
import type { App } from "./app-state";
import type { Conflict } from "./edit-conflict";
import { patchEdit } from "./edit-state";
import { noteVersion, pushUndo, type UndoEntry } from "./edit-undo";
import type { LiveSync } from "./live-sync";
import type { SessionActions } from "./session-state";

/** What every editing action needs. */
export interface EditDeps {
  app: App;
  api: WriteApi;
  live: LiveSync;
  session: SessionActions;
}

/** Runs after the write and the graph refresh, e.g. to select what was just created. */
export type AfterWrite = (() => void) | void;

export interface WriteRunner {
  /**
   * Runs one user action against the API: marks the editor busy, refreshes the graph afterwards (so the author sees
   * the change at once, before its live event), and turns failures into words: 401 opens the sign-in form, 403 says
   * the role is too low, 409 opens the conflict dialog (`conflictOf` says what was being changed). False on failure.
   */
  run(label: string, work: () => Promise<AfterWrite>, conflictOf?: (current: Record<string, unknown>) => Conflict): Promise<boolean>;
  /** Records a change of this user for Undo. */
  remember(entry: UndoEntry): void;
  /** This user's write left a row at a new version: later undos must send it. */
  noteVersion(id: string, version: number): void;
  /** The open map's slug; throws when none is open (editing controls are not shown then). */
  slug(): string;
}

export function createWriteRunner({ app, api, live, session }: EditDeps): WriteRunner {
  const { store } = app;

  function fail(label: string, error: unknown, conflictOf?: (current: Record<string, unknown>) => Conflict): void {
    if (error instanceof ConflictError && conflictOf && isRow(error.current)) {
      const conflict = conflictOf(error.current);
      patchEdit(store, { conflict, failure: null });
      void whoChanged(conflict);
      return;
    }
    if (error instanceof ApiError && error.status === 401) {
      session.expired();
      if (store.get().edit.dialog) patchEdit(store, { failure: "Your session has ended. Sign in again (top right), then save: what you typed is still here." });
      return;
    }
    let detail = error instanceof Error ? error.message : String(error);
    if (error instanceof ApiError && error.status === 403) detail = `${detail} Your role may read this map but not change it.`;
    if (error instanceof ApiError && error.status === 429) detail = `${detail} Wait a minute, then try again.`;
    if (store.get().edit.dialog) patchEdit(store, { failure: detail });
    else store.set({ error: { title: `Could not ${label}`, detail, canRetry: false } });
  }

  /** Asks the history who made the other change, for the conflict dialog. */
  async function whoChanged(conflict: Conflict): Promise<void> {
    try {
      const [latest] = await api.listRevisions(store.get().view.map ?? "", { entityId: conflict.id, limit: 1 });
      if (latest && store.get().edit.conflict === conflict) patchEdit(store, { conflict: { ...conflict, by: { actor: latest.actor, at: latest.at } } });
    } catch {
      // The dialog reads well without a name; the history panel has the details.
    }
  }

  return {
    async run(label, work, conflictOf) {
      if (store.get().edit.busy) return false;
      patchEdit(store, { busy: label, failure: null });
      try {
        const after = await work();
        await live.refreshGraph().catch(() => undefined);
        if (after) after();
        return true;
      } catch (error) {
        fail(label, error, conflictOf);
        return false;
      } finally {
        patchEdit(store, { busy: null });
      }
    },
    remember: (entry) => patchEdit(store, (edit) => ({ undo: pushUndo(edit.undo, entry) })),
    noteVersion: (id, version) => patchEdit(store, (edit) => ({ undo: noteVersion(edit.undo, id, version) })),
    slug() {
      const slug = store.get().view.map;
      if (!slug) throw new Error("Open a map first.");
      return slug;
    },
  };
}

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
