import type { CreateDocument, SourceDocument, UpdateDocument } from "../../server/contract/document";
import type { CreateMap } from "../../server/contract/map";
import type { ApiClient } from "../api/api-client";
import { updateView } from "./app-state";
import { conflictOn } from "./edit-actions";
import type { EditDeps, WriteRunner } from "./edit-runner";
import { openDialog } from "./edit-state";
import { viewOfMap } from "./view-state";

/** Maps and their source documents. */
export interface DocumentActions {
  createMap(input: CreateMap): Promise<boolean>;
  createDocument(input: CreateDocument): Promise<boolean>;
  /** Saves metadata and, when the text changed, the text (the server re-anchors the quotes; orphans are listed). */
  updateDocument(source: SourceDocument, patch: Omit<UpdateDocument, "expectedVersion">): Promise<boolean>;
}

/** Counts the quotes of a document that lost their place (after a text edit). */
export function orphanCount(deps: EditDeps, documentId: string): number {
  const graph = deps.app.store.get().loaded?.graph;
  if (!graph) return 0;
  const all = [...graph.nodes.flatMap((n) => n.excerpts), ...graph.relations.flatMap((r) => r.excerpts)];
  return all.filter((e) => e.documentId === documentId && e.orphaned).length;
}

export function createDocumentActions(deps: EditDeps, runner: WriteRunner, read: ApiClient): DocumentActions {
  const { app, api, live } = deps;
  const { store } = app;
  return {
    createMap: (input) =>
      runner.run("create the map", async () => {
        const map = await api.createMap(input);
        store.set({ maps: await read.listMaps() });
        openDialog(store, null);
        return () => store.set({ view: viewOfMap(map.slug), notice: `Map “${map.title}” created. Add a source next.` });
      }),
    createDocument: (input) =>
      runner.run("add the source", async () => {
        const source = await api.createDocument(runner.slug(), input);
        await live.refreshDocuments();
        openDialog(store, null);
        return () => {
          store.set({ document: source });
          updateView(store, () => ({ document: source.id }));
        };
      }),
    updateDocument: (source, patch) =>
      runner.run("save the source", async () => {
        const after = await api.updateDocument(source.id, source.version, patch);
        runner.noteVersion(after.id, after.version);
        runner.remember({ type: "update-document", before: source, after });
        store.set({ document: after });
        await live.refreshDocuments();
        openDialog(store, null);
        return () => {
          const lost = orphanCount(deps, after.id);
          if (lost > 0) store.set({ notice: `${lost} quote${lost > 1 ? "s" : ""} lost ${lost > 1 ? "their" : "its"} place in the new text: re-anchor or remove ${lost > 1 ? "them" : "it"} in the reader.` });
        };
      }, conflictOn("document", source, "update", patch)),
  };
}

/**
 * A map slug from its title: lower-case ASCII letters and digits joined by single hyphens, at most 80 characters.
 * @example slugFromTitle("Toloraya: Russia & Korea, 2009") // "toloraya-russia-korea-2009"
 */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 80).replace(/-+$/, "");
}

/** Whether a picked file is plain text or Markdown (what a source document may be loaded from). */
export function isTextFile(name: string, type: string): boolean {
  return /^text\/(plain|markdown|x-markdown)$/.test(type) || /\.(txt|text|md|markdown)$/i.test(name);
}
