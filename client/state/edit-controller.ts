import type { Revision } from "../../server/contract/revision";
import type { ApiClient } from "../api/api-client";
import type { WriteApi } from "../api/write-api";
import type { App } from "./app-state";
import { createAnnotateActions, type AnnotateActions } from "./edit-actions";
import { createDocumentActions, type DocumentActions } from "./edit-documents";
import { revisionsAbout } from "./edit-history";
import { createWriteRunner } from "./edit-runner";
import { patchEdit } from "./edit-state";
import { createUndoActions, type UndoActions } from "./edit-undo-run";
import type { LiveSync } from "./live-sync";
import type { SessionActions } from "./session-state";

/** Everything the editing panels may ask for (issue 6), beside the store's edit state that they read. */
export interface Editor extends AnnotateActions, DocumentActions, UndoActions {
  session: SessionActions;
  /** Who changed what when, newest first: a node with its relations and quotes (by id), or the whole map. */
  history(entityId: string | null): Promise<Revision[]>;
}

export function createEditor(app: App, read: ApiClient, api: WriteApi, live: LiveSync, session: SessionActions): Editor {
  const deps = { app, api, live, session };
  const runner = createWriteRunner(deps);
  // Undo and the reader's selection belong to one map: another map starts afresh (an undo re-creates in the open map).
  app.store.subscribe((state, previous) => {
    if (state.view.map !== previous.view.map) patchEdit(app.store, { undo: [], passage: null, reanchoring: null, drawRelations: false, placed: [] });
  });
  return {
    ...createAnnotateActions(deps, runner),
    ...createDocumentActions(deps, runner, read),
    ...createUndoActions(deps, runner),
    session,
    async history(entityId) {
      if (!entityId) return api.listRevisions(runner.slug(), { limit: 200 });
      const [own, recent] = await Promise.all([api.listRevisions(runner.slug(), { entityId, limit: 200 }), api.listRevisions(runner.slug(), { limit: 1000 })]);
      return revisionsAbout([...own, ...recent], entityId);
    },
  };
}
