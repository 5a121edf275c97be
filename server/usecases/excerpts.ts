import type { CreateExcerpt, Excerpt } from "../contract/excerpt";
import { anchorAt, assertQuoteMatches } from "../domain/anchoring";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireFound } from "./guards";

/**
 * Anchors a node or relation to a passage. The quote must be exactly the document's text at the offsets
 * (else 422 quote_mismatch); prefix and suffix are recomputed from the text so they are always right.
 */
export function createExcerpt(ctx: UseCaseContext, actor: string, input: CreateExcerpt): Promise<Excerpt> {
  return writeInMap(ctx, actor, async (repos) => {
    const document = await requireFound(repos.documents.find(input.documentId), "document", input.documentId);
    const owner = input.nodeId
      ? await requireFound(repos.nodes.find(input.nodeId), "node", input.nodeId)
      : await requireFound(repos.relations.find(input.relationId as string), "relation", input.relationId as string);
    if (owner.mapId !== document.mapId) {
      throw new DomainError("not_found", "The document and the node or relation belong to different maps.");
    }
    if ("kind" in owner && owner.kind === "actor") {
      throw new DomainError("relation_not_allowed", "Actors are not anchored to quotes; anchor the claims about them.");
    }
    assertQuoteMatches(document.text, input);
    const excerpt = await repos.excerpts.create(
      { nodeId: input.nodeId, relationId: input.relationId },
      document.id,
      anchorAt(document.text, input.start, input.end),
    );
    return { result: excerpt, record: { mapId: document.mapId, entity: "excerpt", entityId: excerpt.id, action: "create", after: excerpt } };
  });
}

export function deleteExcerpt(ctx: UseCaseContext, actor: string, id: string, expected: number): Promise<void> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.excerpts.find(id), "excerpt", id);
    assertVersion(before, expected, "excerpt");
    const mapId = await requireFound(repos.excerpts.mapIdOf(before.documentId), "document", before.documentId);
    await repos.excerpts.delete(id);
    return { result: undefined, record: { mapId, entity: "excerpt", entityId: id, action: "delete", before } };
  });
}
