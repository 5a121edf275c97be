import type { CreateDocument, DocumentSummary, SourceDocument, UpdateDocument } from "../contract/document";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireFound, requireMap } from "./guards";

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
    if (patch.text !== undefined && patch.text !== before.text) {
      const broken = (await repos.documents.excerpts(id)).filter((e) => patch.text?.slice(e.start, e.end) !== e.quote);
      if (broken.length > 0) {
        throw new DomainError(
          "quote_mismatch",
          `The new text would move or break ${broken.length} excerpt(s); nothing was changed.`,
          { errors: broken.map((e) => ({ path: `excerpts.${e.id}`, message: `"${e.quote.slice(0, 60)}" is no longer at [${e.start}, ${e.end})` })) },
        );
      }
    }
    const after = await repos.documents.update(id, patch);
    const summary = (d: SourceDocument) => ({ ...d, text: `${d.text.length} characters` });
    return { result: after, record: { mapId: before.mapId, entity: "document", entityId: id, action: "update", before: summary(before), after: summary(after) } };
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
