import { DomainError } from "./errors";

/** How many characters of context an anchor keeps on each side (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

export interface TextAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** The anchor for `text.slice(start, end)`, with its context. */
export function anchorAt(text: string, start: number, end: number): TextAnchor {
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never cut an astral character (an emoji, a rare CJK ideograph) in half: a lone surrogate is not valid text.
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart += 1;
  if (isLowSurrogate(text.charCodeAt(suffixEnd)) && suffixEnd < text.length) suffixEnd -= 1;
  return { start, end, quote: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Finds `quote` in `text` and anchors it. With several occurrences, `occurrence` (0-based) picks one;
 * returns null when the quote is absent.
 */
export function anchorQuote(text: string, quote: string, occurrence = 0): TextAnchor | null {
  let from = 0;
  for (let seen = 0; ; seen += 1) {
    const start = text.indexOf(quote, from);
    if (start < 0) return null;
    if (seen === occurrence) return anchorAt(text, start, start + quote.length);
    from = start + 1;
  }
}

/**
 * Throws unless the anchor's quote is exactly the document text at its offsets.
 * @example assertQuoteMatches("Russia would support it", { start: 0, end: 6, quote: "Russia" }) // passes
 */
export function assertQuoteMatches(text: string, anchor: { start: number; end: number; quote: string }): void {
  if (anchor.end > text.length || anchor.start >= anchor.end) {
    throw new DomainError(
      "excerpt_out_of_range",
      `The excerpt [${anchor.start}, ${anchor.end}) lies outside the document, whose text has ${text.length} characters.`,
    );
  }
  const actual = text.slice(anchor.start, anchor.end);
  if (actual !== anchor.quote) {
    throw new DomainError(
      "quote_mismatch",
      `The quote is not the document's text at [${anchor.start}, ${anchor.end}): the document reads "${truncate(actual)}" there, not "${truncate(anchor.quote)}".`,
    );
  }
}

function truncate(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
