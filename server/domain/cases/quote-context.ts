import { CONTEXT_LENGTH } from "../anchoring";

/** A quote with the words around it as a brief prints them. */
export interface QuoteInContext {
  readonly prefix: string;
  readonly quote: string;
  readonly suffix: string;
  /** The document goes on before `prefix` (print an ellipsis there). */
  readonly cutBefore: boolean;
  /** The document goes on after `suffix`. */
  readonly cutAfter: boolean;
}

/** Where an excerpt sits, when known: its UTF-16 offsets and the length of its document's text. */
export interface QuotePlace {
  readonly start?: number;
  readonly end?: number;
  readonly documentLength?: number;
}

/**
 * Words per Unicode word segmentation (UAX #29, with dictionaries for scripts written without spaces, such as Chinese
 * or Thai), so a cut never falls inside a word or a grapheme, and so never between the two halves of a surrogate pair.
 */
const WORDS = new Intl.Segmenter("und", { granularity: "word" });

/** Punctuation that opens something (a bracket, an opening quotation mark): the next word starts after it. */
const OPENING = /^[\p{Ps}\p{Pi}]$/u;
/** Punctuation that can close a word or a clause: a cut right after it is between words. */
const CLOSING = /^[\p{Pe}\p{Pf}.,;:!?…]$/u;
const SPACE = /^\s+$/u;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The context of a quote cut at word boundaries for print. The stored prefix and suffix are about 32 characters of the
 * document on each side (anchoring.ts), so their outer ends usually fall inside a word: "…ations, the" would read as
 * a word of its own. The outer end of each is moved back to the nearest word boundary and marked as cut, so the
 * renderers print an ellipsis there; an end that is the start or the end of the document is kept whole and unmarked.
 * The inner ends, where the context meets the quoted words, are never touched, and a surrogate pair split between
 * context and quote (an anchor made inside an emoji) is made whole again inside the quote.
 *
 * Whether an end is the document's edge is read from the excerpt's offsets and the document's length when known; else
 * a context shorter than an anchor keeps is taken to reach the edge, and an empty one always does.
 *
 * @example
 * quoteInContext({ prefix: "rmalisation of relations, Moscow ", quote: "would support", suffix: " such a policy as it fully corr" }, {})
 * // → { prefix: "of relations, Moscow ", quote: "would support", suffix: " such a policy as it fully", cutBefore: true, cutAfter: true }
 */
export function quoteInContext(excerpt: { prefix: string; quote: string; suffix: string }, place: QuotePlace): QuoteInContext {
  let { prefix, quote, suffix } = excerpt;
  // Halves of one character on both sides of an edge of the quote belong to the quote.
  if (isHighSurrogate(prefix.charCodeAt(prefix.length - 1)) && isLowSurrogate(quote.charCodeAt(0))) {
    quote = prefix.slice(-1) + quote;
    prefix = prefix.slice(0, -1);
  }
  if (isHighSurrogate(quote.charCodeAt(quote.length - 1)) && isLowSurrogate(suffix.charCodeAt(0))) {
    quote += suffix.slice(0, 1);
    suffix = suffix.slice(1);
  }
  // A stored context that begins or ends with half a character (cut before this rule) loses that half.
  if (isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  if (isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);
  const cutBefore = place.start !== undefined ? place.start > excerpt.prefix.length : isShortened(excerpt.prefix);
  const cutAfter =
    place.end !== undefined && place.documentLength !== undefined ? place.end + excerpt.suffix.length < place.documentLength : isShortened(excerpt.suffix);
  return {
    prefix: cutBefore ? prefixFromWordStart(prefix) : prefix.trimStart(),
    quote,
    suffix: cutAfter ? suffixToWordEnd(suffix) : suffix.trimEnd(),
    cutBefore,
    cutAfter,
  };
}

/** A context as long as anchoring keeps (one less where it stepped around a surrogate pair) was cut out of more text. */
function isShortened(context: string): boolean {
  return context.length >= CONTEXT_LENGTH - 1;
}

/**
 * The prefix from its first whole word: a partial word at its start is dropped with any punctuation that ended it,
 * then the spaces before the next word. A prefix that starts with a space or an opening bracket starts between words.
 * In a script without spaces between words, one word is dropped.
 *
 * @example prefixFromWordStart("ations, and the (so-called) ") // "and the (so-called) "
 */
export function prefixFromWordStart(prefix: string): string {
  const segments = [...WORDS.segment(prefix)];
  const first = segments[0]?.segment ?? "";
  let at = 0;
  if (!SPACE.test(first) && !OPENING.test(first)) {
    while (at < segments.length && !SPACE.test(segments[at]!.segment)) {
      at += 1;
      if (segments[at - 1]!.isWordLike && segments[at]?.isWordLike) break;
    }
  }
  return prefix.slice(segments[at]?.index ?? prefix.length).trimStart();
}

/**
 * The suffix up to its last whole word: a partial word at its end is dropped, then spaces, a comma, colon or semicolon,
 * and any opening bracket or dash left hanging before the ellipsis. A suffix that ends with a space or with punctuation that closes a word ends between words. In a
 * script without spaces between words, one word is dropped.
 *
 * @example suffixToWordEnd(" as it fully (and fre") // " as it fully (and"
 */
export function suffixToWordEnd(suffix: string): string {
  const segments = [...WORDS.segment(suffix)];
  const last = segments[segments.length - 1]?.segment ?? "";
  let end = segments.length;
  if (!SPACE.test(last) && !CLOSING.test(last)) {
    while (end > 0 && !SPACE.test(segments[end - 1]!.segment)) {
      end -= 1;
      if (segments[end]!.isWordLike && segments[end - 1]?.isWordLike) break;
    }
  }
  const kept = end === segments.length ? suffix : suffix.slice(0, segments[end]!.index);
  return kept.replace(/[\s\p{Ps}\p{Pi}\p{Pd},;:]+$/u, "");
}
