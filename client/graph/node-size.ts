import type { NodeKind } from "../../server/contract/vocabulary";
import { LABEL_FONT } from "../theme";

/** The box a node needs so its wrapped title fits inside it at the default zoom. */
export interface NodeBox {
  width: number;
  height: number;
  /** Width the label may wrap to (Cytoscape `text-max-width`). */
  textWidth: number;
  /** The title already wrapped into lines ("\n"): Cytoscape then measures each line once instead of word by word. */
  label: string;
}

/**
 * A generous average glyph width for the label font, in ems: titles estimated too wide get an extra line of room,
 * never an overflowing label (sans-serif text averages about 0.5 em per character; bold proposals run wider).
 */
const GLYPH_EM = { normal: 0.56, bold: 0.6 };
const PADDING = 10;
const CARD_WIDTH: Record<Exclude<NodeKind, "actor">, number> = { claim: 180, proposal: 200 };

/** Greedy word wrap into lines of at most `perLine` characters (long words get a line of their own). */
export function wrapLines(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/**
 * Claims and proposals are cards of fixed width whose height follows the wrapped title; actors are ellipses sized
 * to their name (the text box inside an ellipse is about 1/√2 of its width and height).
 */
export function nodeBox(kind: NodeKind, title: string): NodeBox {
  const glyph = LABEL_FONT.size * (kind === "proposal" ? GLYPH_EM.bold : GLYPH_EM.normal);
  const lineHeight = LABEL_FONT.size * LABEL_FONT.lineHeight;
  if (kind === "actor") {
    const lines = wrapLines(title, 18);
    const longest = Math.max(...lines.map((l) => l.length));
    const textWidth = Math.ceil(Math.max(4, longest) * glyph);
    return { width: Math.ceil(textWidth * 1.35 + PADDING * 2), height: Math.ceil(lines.length * lineHeight * 1.4 + PADDING * 2), textWidth: textWidth + 4, label: lines.join("\n") };
  }
  const width = CARD_WIDTH[kind];
  const textWidth = width - PADDING * 2;
  const lines = wrapLines(title, Math.max(8, Math.floor(textWidth / glyph)));
  return { width, height: Math.ceil(lines.length * lineHeight + PADDING * 2), textWidth, label: lines.join("\n") };
}
