/**
 * From a selection in the reader to an excerpt's anchor (W3C Web Annotation TextPositionSelector +
 * TextQuoteSelector): UTF-16 offsets into the document's verbatim text, the quote, and its context. The reader
 * renders the text as plain text nodes and <mark> highlights in order, so the offset of a DOM point is the length of
 * all text before it. These functions take DOM-shaped objects, not the DOM, so they run (and are tested) anywhere.
 */

/** The parts of a DOM node this module reads. */
export interface TextTreeNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<TextTreeNode>;
}

/** A passage of a document: where it is and what it says. */
export interface Passage {
  documentId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

const TEXT_NODE = 3;
/** Characters of context kept on each side of a quote (DESIGN.md: "about 32"). */
export const CONTEXT_LENGTH = 32;

const textLength = (node: TextTreeNode): number => {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0;
  let sum = 0;
  for (let i = 0; i < node.childNodes.length; i += 1) sum += textLength(node.childNodes[i] as TextTreeNode);
  return sum;
};

/**
 * The text offset of a DOM boundary point (a Range's container and offset) within `root`, or null when the point
 * is outside it. In a text node the offset counts characters; in an element it counts children.
 * @example textOffset(<div>ab<mark>cd</mark>e</div>, the "cd" text node, 1) // 3
 */
export function textOffset(root: TextTreeNode, container: TextTreeNode, offset: number): number | null {
  let before = 0;
  const walk = (node: TextTreeNode): number | null => {
    if (node === container) {
      if (node.nodeType === TEXT_NODE) return before + offset;
      for (let i = 0; i < Math.min(offset, node.childNodes.length); i += 1) before += textLength(node.childNodes[i] as TextTreeNode);
      return before;
    }
    if (node.nodeType === TEXT_NODE) {
      before += node.nodeValue?.length ?? 0;
      return null;
    }
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const found = walk(node.childNodes[i] as TextTreeNode);
      if (found !== null) return found;
    }
    return null;
  };
  return walk(root);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The passage of `text` between two offsets, with surrounding white space left out and never splitting a
 * character outside the Basic Multilingual Plane (an emoji is two UTF-16 units). Null when nothing but white space
 * is selected.
 * @example passageOf("d1", "Hello, brave world", 6, 13) // { start: 7, end: 12, quote: "brave", prefix: "Hello, ", suffix: " world" }
 */
export function passageOf(documentId: string, text: string, from: number, to: number): Passage | null {
  let start = Math.max(0, Math.min(from, to));
  let end = Math.min(text.length, Math.max(from, to));
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  if (start >= end) return null;
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start -= 1;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end += 1;
  return {
    documentId,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** The parts of a DOM Range this module reads. */
export interface RangeLike {
  startContainer: TextTreeNode;
  startOffset: number;
  endContainer: TextTreeNode;
  endOffset: number;
  toString(): string;
}

/**
 * The passage a Range selects inside the reader's text box, or null when it is empty or reaches outside the box.
 * The range's own text must equal the document's text at the computed offsets: if the page ever showed something
 * other than the verbatim text, no excerpt is made rather than a wrong one.
 */
export function passageOfRange(root: TextTreeNode, range: RangeLike, documentId: string, text: string): Passage | null {
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || start === end) return null;
  if (text.slice(Math.min(start, end), Math.max(start, end)) !== range.toString()) return null;
  return passageOf(documentId, text, start, end);
}

/**
 * A title for a node made from its quote: white space collapsed, the first letter capitalised, and at most `max`
 * characters: the first sentence when it fits, else cut at a word boundary with an ellipsis.
 * @example suggestTitle("the talks failed. Then …") // "The talks failed"
 */
export function suggestTitle(quote: string, max = 80): string {
  const flat = quote.replace(/\s+/g, " ").trim().replace(/^["'“‘(]+/, "");
  const capital = flat.charAt(0).toLocaleUpperCase("en") + flat.slice(1);
  const sentence = firstSentence(capital);
  const chosen = sentence && sentence.length <= max ? sentence : capital;
  if (chosen.length <= max) return chosen.replace(/[.;:,]+$/, "");
  const cut = chosen.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.;:,]+$/, "")}…`;
}

/** The text up to the first sentence end at least 20 characters in (so "U.S. policy" is not cut at "U.S."). */
function firstSentence(text: string): string | null {
  const ends = /[.!?](?=\s|$)/g;
  for (let m = ends.exec(text); m; m = ends.exec(text)) if (m.index >= 20) return text.slice(0, m.index + 1);
  return null;
}
