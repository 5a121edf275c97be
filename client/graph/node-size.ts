import type { NodeKind } from "../../server/contract/vocabulary";
import { LABEL_FONT } from "../theme";

/** The box a node needs so its wrapped title fits inside it at the default zoom. */
export interface NodeBox {
  width: number;
  height: number;
  /** Width the label may wrap to (Cytoscape `text-max-width`): the lines below fit it, with a little slack. */
  textWidth: number;
  /** The title already wrapped into lines ("\n"): Cytoscape then measures each line once instead of word by word. */
  label: string;
}

/** The width in pixels of a text in the label font at its default size, regular or bold. */
export type MeasureText = (text: string, bold: boolean) => number;

/**
 * A generous average glyph width for the label font, in ems, for where no canvas can measure (tests, workers):
 * sans-serif text averages about 0.5 em per character; bold proposals run wider.
 */
const GLYPH_EM = { normal: 0.56, bold: 0.6 };
const estimateTextWidth: MeasureText = (text, bold) => text.length * LABEL_FONT.size * (bold ? GLYPH_EM.bold : GLYPH_EM.normal);

const PADDING = 10;
/** Cytoscape measures a whole line where we add up words: a few pixels of slack keep it from breaking a line again. */
const WRAP_SLACK = 4;
const CARD_WIDTH: Record<Exclude<NodeKind, "actor">, number> = { claim: 180, proposal: 200 };
/** An actor's name wraps at about 18 characters' width, then the ellipse grows around it. */
const ACTOR_TEXT_WIDTH = 18 * LABEL_FONT.size * GLYPH_EM.normal;

/**
 * Greedy word wrap into lines no wider than `maxWidth` (a word wider than that gets a line of its own). Words are
 * measured one at a time, so a measurer that caches words makes wrapping thousands of titles cheap.
 */
export function wrapToWidth(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  const space = width(" ");
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = width(word);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line = `${line} ${word}`;
      lineWidth += space + wordWidth;
    } else {
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/**
 * Claims and proposals are cards of fixed width whose height follows the wrapped title; actors are ellipses sized
 * to their name (the text box inside an ellipse is about 1/√2 of its width and height). `measure` should be the
 * browser's own text metrics (graph/text-measure.ts), so the lines drawn are the lines counted here.
 */
export function nodeBox(kind: NodeKind, title: string, measure: MeasureText = estimateTextWidth): NodeBox {
  const bold = kind === "proposal";
  const width = (text: string) => measure(text, bold);
  const lineHeight = LABEL_FONT.size * LABEL_FONT.lineHeight;
  if (kind === "actor") {
    const lines = wrapToWidth(title, ACTOR_TEXT_WIDTH, width);
    const textWidth = Math.ceil(Math.max(4 * LABEL_FONT.size * GLYPH_EM.normal, ...lines.map(width)));
    return {
      width: Math.ceil(textWidth * 1.35 + PADDING * 2),
      height: Math.ceil(lines.length * lineHeight * 1.4 + PADDING * 2),
      textWidth: textWidth + WRAP_SLACK,
      label: lines.join("\n"),
    };
  }
  const cardWidth = CARD_WIDTH[kind];
  const textWidth = cardWidth - PADDING * 2;
  const lines = wrapToWidth(title, textWidth, width);
  return { width: cardWidth, height: Math.ceil(lines.length * lineHeight + PADDING * 2), textWidth: textWidth + WRAP_SLACK, label: lines.join("\n") };
}
