import type { CreateDocument, DocumentSummary, SourceDocument, UpdateDocument } from "../contract/document";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireFound, requireMap } from "./guards";
import { reanchorExcerpts } from "./reanchor-document";

export async function listDocuments(ctx: UseCaseContext, mapRef: string): Promise<DocumentSummary[]> {
  const map = await requireMap(ctx.store.read, mapRef);
  return ctx.store.read.documents.list(map.id);
}

export function getDocument(ctx: UseCaseContext, id: string): Promise<SourceDocument> {
  return requireFound(ctx.store.read.documents.find(id), "document", id);
}

export function createDocument(ctx: UseCaseContext, actor: string, mapRef: string, input: CreateDocument): Promise<SourceDocument> {
  return writeInMap(ctx, actor, async (repos) => {
    const map = await requireMap(repos, mapRef);
    const document = await repos.documents.create(map.id, input);
    const { text: _text, ...summary } = document;
    return { result: document, record: { mapId: map.id, entity: "document", entityId: document.id, action: "create", after: summary } };
  });
}

export function updateDocument(
  ctx: UseCaseContext,
  actor: string,
  id: string,
  expected: number,
  patch: Omit<UpdateDocument, "expectedVersion">,
): Promise<SourceDocument> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.documents.find(id), "document", id);
    assertVersion(before, expected, "document");
    // An edited text re-anchors every excerpt; those it cannot place are flagged orphaned, listed for an editor.
    const reanchored = patch.text !== undefined && patch.text !== before.text ? await reanchorExcerpts(repos, id, before.text, patch.text) : undefined;
    const after = await repos.documents.update(id, patch);
    const summary = (d: SourceDocument) => ({ ...d, text: `${d.text.length} characters` });
    return {
      result: after,
      record: { mapId: before.mapId, entity: "document", entityId: id, action: "update", before: summary(before), after: { ...summary(after), reanchored } },
    };
  });
}

/** Deletes the document and, by cascade, every excerpt anchored in it. */
export function deleteDocument(ctx: UseCaseContext, actor: string, id: string, expected: number): Promise<void> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.documents.find(id), "document", id);
    assertVersion(before, expected, "document");
    await repos.documents.delete(id);
    const { text: _text, ...summary } = before;
    return { result: undefined, record: { mapId: before.mapId, entity: "document", entityId: id, action: "delete", before: summary } };
  });
}
