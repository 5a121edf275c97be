import { ApiError } from "../api/api-error";
import type { WriteApi } from "../api/write-api";
import { conflictOn } from "./edit-actions";
import { versionOf, type Conflict } from "./edit-conflict";
import type { EditDeps, WriteRunner } from "./edit-runner";
import { patchEdit } from "./edit-state";
import { relationsDeletedWith, remapIds, undoSteps, type UndoStep } from "./edit-undo";

export interface UndoActions {
  /** Takes back this user's last change in this session. */
  undo(): Promise<boolean>;
  /** After a 409: apply this user's change on top of the other person's, or drop it and keep theirs. */
  resolveConflict(choice: "mine" | "theirs"): Promise<boolean>;
}

type Row = { id: string; version: number };

/** Sends one change of an existing row, based on `version`; returns the row's new state (null when deleted). */
async function send(api: WriteApi, entity: Conflict["entity"], action: "update" | "delete", id: string, version: number, patch: Record<string, unknown>): Promise<Row | null> {
  if (action === "delete") {
    if (entity === "node") await api.deleteNode(id, version);
    else if (entity === "relation") await api.deleteRelation(id, version);
    else if (entity === "excerpt") await api.deleteExcerpt(id, version);
    else throw new Error("Sources are not deleted from here.");
    return null;
  }
  if (entity === "node") return api.updateNode(id, version, patch);
  if (entity === "relation") return api.updateRelation(id, version, patch);
  if (entity === "document") return api.updateDocument(id, version, patch);
  return api.moveExcerpt(id, version, patch as { start: number; end: number; quote: string });
}

export function createUndoActions(deps: EditDeps, runner: WriteRunner): UndoActions {
  const { app, api } = deps;
  const { store } = app;
  const dropLast = (remap = new Map<string, string>()) => patchEdit(store, (edit) => ({ undo: remapIds(edit.undo.slice(0, -1), remap) }));

  /** Runs one step of an undo; re-created rows get new ids, recorded in `remap` for the steps and entries after. */
  async function runStep(step: UndoStep, remap: Map<string, string>): Promise<void> {
    const id = (old: string) => remap.get(old) ?? old;
    if (step.op === "delete" || step.op === "update" || step.op === "move-excerpt") {
      const entity = step.op === "move-excerpt" ? "excerpt" : step.entity;
      const patch = step.op === "update" ? step.patch : step.op === "move-excerpt" ? step.anchor : {};
      const after = await send(api, entity, step.op === "delete" ? "delete" : "update", step.id, step.version, patch);
      if (after) runner.noteVersion(after.id, after.version);
    } else if (step.op === "create-node") {
      const { kind, title, text, aliases, tags, position } = step.node;
      const node = await api.createNode(runner.slug(), { kind, title, text, tags, ...(kind === "actor" ? { aliases } : {}), ...(position ? { position } : {}) });
      remap.set(step.node.id, node.id);
    } else if (step.op === "create-relation") {
      const r = step.relation;
      const input = { source: id(r.source), target: id(r.target), relation: r.relation, ...(r.note ? { note: r.note } : {}), ...(r.strength !== null ? { strength: r.strength } : {}), ...(r.group ? { group: r.group } : {}) };
      remap.set(r.id, (await api.createRelation(runner.slug(), input)).id);
    } else {
      const e = step.excerpt;
      const owner = e.nodeId ? { nodeId: id(e.nodeId) } : { relationId: id(e.relationId as string) };
      const excerpt = await api.createExcerpt({ documentId: e.documentId, start: e.start, end: e.end, quote: e.quote, prefix: e.prefix, suffix: e.suffix, ...owner });
      remap.set(e.id, excerpt.id);
    }
  }

  return {
    undo() {
      const entry = store.get().edit.undo.at(-1);
      if (!entry) return Promise.resolve(false);
      const steps = undoSteps(entry);
      // Only single-step undos change existing rows (creates never conflict), so a 409 concerns steps[0].
      const first = steps[0];
      const conflictOf = first && (first.op === "delete" || first.op === "update" || first.op === "move-excerpt")
        ? conflictOn(first.op === "move-excerpt" ? "excerpt" : first.entity, first.base as Row, first.op === "delete" ? "delete" : "update", first.op === "update" ? first.patch : first.op === "move-excerpt" ? first.anchor : {}, true)
        : undefined;
      return runner.run("undo", async () => {
        const remap = new Map<string, string>();
        try {
          for (const step of steps) await runStep(step, remap);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) throw error;
          // Someone else deleted what this change touched: there is nothing left to take back.
          dropLast(remap);
          store.set({ notice: "Nothing to undo there: someone else deleted it meanwhile." });
          return;
        } finally {
          if (remap.size > 0) patchEdit(store, (edit) => ({ undo: remapIds(edit.undo, remap) }));
        }
        dropLast();
        store.set({ notice: "Undone." });
      }, conflictOf);
    },
    resolveConflict(choice) {
      const conflict = store.get().edit.conflict;
      if (!conflict) return Promise.resolve(false);
      patchEdit(store, { conflict: null });
      if (choice === "theirs") {
        patchEdit(store, { dialog: null });
        if (conflict.undo) dropLast();
        return deps.live.refreshGraph().then(() => true, () => false);
      }
      const version = versionOf(conflict.theirs) ?? 0;
      return runner.run("apply your change", async () => {
        const cascade = conflict.entity === "node" ? { node: conflict.id } : { relation: conflict.id };
        const relations = conflict.action === "delete" ? relationsDeletedWith(store.get().loaded?.graph.relations ?? [], cascade) : [];
        const after = await send(api, conflict.entity, conflict.action, conflict.id, version, conflict.mine);
        if (after) runner.noteVersion(after.id, after.version);
        if (conflict.undo) dropLast();
        else remember(conflict, after, relations);
        patchEdit(store, { dialog: null });
      }, (theirs) => ({ ...conflict, theirs, by: null }));
    },
  };

  /** A conflict resolved in this user's favour is their change: it goes on the undo stack like any other. */
  function remember(conflict: Conflict, after: Row | null, relations: ReturnType<typeof relationsDeletedWith>): void {
    const theirs = conflict.theirs as never;
    if (conflict.entity === "node") runner.remember(after ? { type: "update-node", before: theirs, after: after as never } : { type: "delete-node", node: theirs, relations });
    else if (conflict.entity === "relation") runner.remember(after ? { type: "update-relation", before: theirs, after: after as never } : { type: "delete-relation", relations: relations.length > 0 ? relations : [theirs] });
    else if (conflict.entity === "document" && after) runner.remember({ type: "update-document", before: theirs, after: after as never });
    else if (conflict.entity === "excerpt") runner.remember(after ? { type: "move-excerpt", before: theirs, after: after as never } : { type: "delete-excerpt", excerpt: theirs });
  }
}
