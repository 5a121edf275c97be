import { LABEL_FONT } from "../theme";
import type { MeasureText } from "./node-size";

/**
 * The browser's own width of label text, as Cytoscape will draw it (same family, size and weight on a canvas), with
 * each word measured once: a 10,000-node map repeats most of its words, so wrapping every title costs a few thousand
 * measurements rather than one per word per node. Null where there is no canvas (then node-size.ts estimates).
 */
export function createTextMeasure(): MeasureText | null {
  const context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return null;
  const caches = { normal: new Map<string, number>(), bold: new Map<string, number>() };
  const fonts = { normal: `normal ${LABEL_FONT.size}px ${LABEL_FONT.family}`, bold: `bold ${LABEL_FONT.size}px ${LABEL_FONT.family}` };
  return (text, bold) => {
    const weight = bold ? "bold" : "normal";
    const cache = caches[weight];
    let width = cache.get(text);
    if (width === undefined) {
      context.font = fonts[weight];
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
