import type { CaseSide, Contention, WeakPoint } from "../../contract/case";
import type { NodeKind } from "../../contract/vocabulary";
import { quotableExcerpts, type CaseExcerpt, type MapIndex } from "./case-graph";
import { quoteInContext } from "./quote-context";

/** The source document metadata a citation needs (the API's document summaries fit). */
export interface BriefDocument {
  readonly id: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly venue: string;
  readonly date: string;
  readonly url: string;
  /** The length of the document's text (UTF-16 units), when known: tells whether a quote's context reaches its end. */
  readonly length?: number;
}

export interface BriefPoint {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: string;
  /** The full statement; the title when the node has no text. */
  readonly text: string;
}

/**
 * A quote read out as evidence, with its context cut at word boundaries (quote-context.ts) and the document it is
 * from (null when that is gone). `cutBefore` and `cutAfter` say that the document goes on beyond the context: the
 * renderers print an ellipsis there.
 */
export interface BriefQuote {
  readonly excerptId: string;
  readonly prefix: string;
  readonly quote: string;
  readonly suffix: string;
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
  readonly document: BriefDocument | null;
}

/** An objection or answer with the quotes anchored to it in the map, so blocks are carded like contentions. */
export interface BriefQuotedPoint extends BriefPoint {
  readonly quotes: readonly BriefQuote[];
}

export interface BriefBlock {
  readonly objection: BriefQuotedPoint;
  readonly answers: readonly BriefQuotedPoint[];
  readonly notes: string;
}

export interface BriefContention {
  /** 1-based position in the case. */
  readonly number: number;
  /** The tag line: the contention's own, or its claim's title. */
  readonly tag: string;
  readonly claim: BriefPoint;
  readonly backing: readonly BriefPoint[];
  readonly quotes: readonly BriefQuote[];
  readonly caveats: readonly BriefPoint[];
  readonly blocks: readonly BriefBlock[];
  readonly notes: string;
}

/** Everything a brief shows, resolved against the map: the renderers only format it. */
export interface Brief {
  readonly title: string;
  readonly side: CaseSide;
  /** The date printed on the title page (ISO 8601), passed in: the domain has no clock. */
  readonly date: string;
  /** The target the case argues for or against. */
  readonly resolution: BriefPoint;
  /** Qualifications of the target in the map. */
  readonly caveats: readonly BriefPoint[];
  readonly notes: string;
  readonly contentions: readonly BriefContention[];
  readonly weakPoints: readonly WeakPoint[];
}

export interface BriefInput {
  readonly title: string;
  readonly side: CaseSide;
  readonly targetId: string;
  readonly notes: string;
  readonly contentions: readonly Contention[];
}

/**
 * Resolves a case against its map for printing. References that are gone from the map are left out (the weak
 * points list them); a deleted target prints as "(deleted)".
 */
export function assembleBrief(
  stored: BriefInput,
  index: MapIndex,
  documents: readonly BriefDocument[],
  extra: { date: string; weakPoints: readonly WeakPoint[] },
): Brief {
  const documentsById = new Map(documents.map((d) => [d.id, d] as const));
  const point = (id: string): BriefPoint | undefined => {
    const node = index.node(id);
    return node && { id, kind: node.kind, title: node.title, text: node.text.trim() || node.title };
  };
  const points = (ids: readonly string[]) => ids.flatMap((id) => point(id) ?? []);
  const quote = (excerpt: CaseExcerpt): BriefQuote => {
    const document = documentsById.get(excerpt.documentId) ?? null;
    const place = { start: excerpt.start, end: excerpt.end, documentLength: document?.length };
    return { excerptId: excerpt.id, ...quoteInContext(excerpt, place), document };
  };
  const quoted = (ids: readonly string[]): BriefQuotedPoint[] =>
    ids.flatMap((id) => {
      const found = point(id);
      return found ? [{ ...found, quotes: quotableExcerpts(index.node(id)!).map(quote) }] : [];
    });
  const contentions = stored.contentions.flatMap((contention): BriefContention[] => {
    const claim = point(contention.claimId);
    if (!claim) return [];
    return [{
      number: 0,
      tag: contention.tag.trim() || claim.title,
      claim,
      backing: points(contention.evidence.nodeIds),
      quotes: contention.evidence.excerptIds.flatMap((id) => {
        const excerpt = index.excerpt(id);
        return excerpt && !excerpt.orphaned ? [quote(excerpt)] : [];
      }),
      caveats: points(contention.caveatIds),
      blocks: contention.objections.flatMap((o) => quoted([o.nodeId]).map((objection) => ({ objection, answers: quoted(o.answerIds), notes: o.notes }))),
      notes: contention.notes,
    }];
  });
  const resolution = point(stored.targetId) ?? { id: stored.targetId, kind: "claim" as const, title: "(deleted)", text: "(deleted)" };
  return {
    title: stored.title,
    side: stored.side,
    date: extra.date,
    resolution,
    caveats: points(index.incoming(stored.targetId, "qualifies").map((r) => r.source)),
    notes: stored.notes,
    contentions: contentions.map((c, i) => ({ ...c, number: i + 1 })),
    weakPoints: extra.weakPoints,
  };
}

/**
 * A full citation: authors, “title”, venue, date (each when known), then the URL.
 * @example citationOf({ authors: ["G. Toloraya"], title: "A Russian view", venue: "NAPSNet", date: "2009-02-09", url: "" })
 * // → 'G. Toloraya, “A Russian view”, NAPSNet, 9 February 2009.'
 */
export function citationOf(document: BriefDocument): string {
  const parts = [document.authors.join(", "), `“${document.title}”`, document.venue, formatDate(document.date)].filter((p) => p.trim() !== "");
  return `${parts.join(", ")}.${document.url ? ` ${document.url}` : ""}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2009-02-09` → `9 February 2009`; `2009-02` → `February 2009`; anything else as it is. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

export const SIDE_LABELS: Readonly<Record<CaseSide, string>> = { for: "For (affirmative)", against: "Against (negative)" };
