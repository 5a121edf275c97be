import type { Excerpt } from "../contract/excerpt";
import type { ReanchorReport, UpdateExcerpt } from "../contract/reanchor";
import { anchorAt, assertQuoteMatches, type TextAnchor } from "../domain/anchoring";
import { reanchorAll } from "../domain/reanchor";
import type { Repositories } from "../store/store";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireFound } from "./guards";

/**
 * After a document's text changed (inside that write's transaction): finds every excerpt again, by position, by
 * quote and context, or approximately; what cannot be found is flagged orphaned with its old anchor kept, never
 * moved to a guess or dropped.
 */
export async function reanchorExcerpts(repos: Repositories, documentId: string, oldText: string, newText: string): Promise<ReanchorReport> {
  const report: ReanchorReport = { unchanged: 0, moved: [], orphaned: [] };
  for (const { anchor: excerpt, outcome } of reanchorAll(oldText, newText, await repos.documents.excerpts(documentId))) {
    if (outcome.status === "orphaned") {
      if (!excerpt.orphaned) await repos.excerpts.markOrphaned(excerpt.id);
      report.orphaned.push(excerpt.id);
    } else if (!excerpt.orphaned && sameAnchor(excerpt, outcome.anchor)) {
      report.unchanged += 1;
    } else {
      await repos.excerpts.moveTo(excerpt.id, outcome.anchor);
      report.moved.push({ excerptId: excerpt.id, method: outcome.method });
    }
  }
  return report;
}

function sameAnchor(a: TextAnchor, b: TextAnchor): boolean {
  return a.start === b.start && a.end === b.end && a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix;
}

/** The document's orphaned excerpts, for an editor to place again. */
export async function listOrphans(ctx: UseCaseContext, documentId: string): Promise<Excerpt[]> {
  await requireFound(ctx.store.read.documents.find(documentId), "document", documentId);
  return ctx.store.read.excerpts.orphansOf(documentId);
}

/**
 * Places an excerpt at new offsets of its document's current text (the quote must match exactly, else 422);
 * an orphan placed again is no longer orphaned.
 */
export function reanchorExcerpt(ctx: UseCaseContext, actor: string, id: string, expected: number, input: Omit<UpdateExcerpt, "expectedVersion">): Promise<Excerpt> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.excerpts.find(id), "excerpt", id);
    assertVersion(before, expected, "excerpt");
    const document = await requireFound(repos.documents.find(before.documentId), "document", before.documentId);
    assertQuoteMatches(document.text, input);
    const after = await repos.excerpts.moveTo(id, anchorAt(document.text, input.start, input.end));
    return { result: after, record: { mapId: document.mapId, entity: "excerpt", entityId: id, action: "update", before, after } };
  });
}
