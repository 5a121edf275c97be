import { NODE_KINDS, RELATION_KINDS } from "../../server/contract/vocabulary";
import { EMPHASIS, LABEL_FONT, NODE_THEME, RELATION_THEME, UNDERCUT_ANCHOR, type LineStyle } from "../theme";

/** One Cytoscape style rule (plain JSON, so it is tested without a browser). */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number | number[]>;
}

const DASH: Record<LineStyle, number[] | undefined> = { solid: undefined, dashed: [8, 5], dotted: [2, 4] };

/**
 * The Cytoscape stylesheet, drawn entirely from theme.ts (which the legend also reads): one rule per node kind
 * (shape, fill, border) and per relation kind (colour, line style, arrow), then the states (selected, focused,
 * faded, hidden). Labels wrap inside the node box that graph/node-size.ts sized for them.
 */
export function buildStylesheet(): StyleRule[] {
  const rules: StyleRule[] = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "data(width)",
        height: "data(height)",
        "text-wrap": "wrap",
        "text-valign": "center",
        "text-halign": "center",
        "font-family": LABEL_FONT.family,
        "font-size": LABEL_FONT.size,
        "line-height": LABEL_FONT.lineHeight,
        color: EMPHASIS.textColour,
        // Below this on-screen size labels are skipped: unreadable anyway, and costly on big maps.
        "min-zoomed-font-size": 6,
      },
    },
  ];
  rules.push({ selector: "node[textWidth]", style: { "text-max-width": "data(textWidth)" } });
  for (const kind of NODE_KINDS) {
    const t = NODE_THEME[kind];
    rules.push({
      selector: `node.${kind}`,
      style: { shape: t.shape, "background-color": t.fill, "border-color": t.border, "border-width": t.borderWidth, "font-weight": t.fontWeight },
    });
  }
  rules.push(
    {
      selector: "node.anchor",
      style: {
        label: "",
        shape: UNDERCUT_ANCHOR.shape,
        width: UNDERCUT_ANCHOR.size,
        height: UNDERCUT_ANCHOR.size,
        "background-color": UNDERCUT_ANCHOR.fill,
        "border-color": UNDERCUT_ANCHOR.border,
        "border-width": 2,
      },
    },
    {
      selector: "edge",
      style: { "curve-style": "bezier", "arrow-scale": 1.3, "target-distance-from-node": 2 },
    },
  );
  for (const relation of RELATION_KINDS) {
    const t = RELATION_THEME[relation];
    const dash = DASH[t.lineStyle];
    rules.push({
      selector: `edge.${relation}`,
      style: {
        "line-color": t.colour,
        "target-arrow-color": t.colour,
        "target-arrow-shape": t.arrow,
        "line-style": t.lineStyle === "solid" ? "solid" : "dashed",
        ...(dash ? { "line-dash-pattern": dash } : {}),
        width: t.width,
        // Actors' ties are context; the argument (reasons, objections) is drawn at full strength.
        opacity: t.argumentative ? 0.95 : 0.45,
      },
    });
  }
  rules.push(
    { selector: "edge.segment", style: { "target-arrow-shape": "none" } },
    { selector: "node.hidden, edge.hidden", style: { display: "none" } },
    { selector: "node.faded, edge.faded", style: { opacity: EMPHASIS.fadedOpacity, "text-opacity": EMPHASIS.fadedOpacity } },
    {
      selector: "node.focus-root",
      style: { "underlay-color": EMPHASIS.focusRoot, "underlay-opacity": 0.18, "underlay-padding": 10, "underlay-shape": "round-rectangle" },
    },
    { selector: "node:selected", style: { "border-color": EMPHASIS.selected, "border-width": 4, "overlay-opacity": 0 } },
    { selector: "edge:selected", style: { width: 4, "overlay-opacity": 0 } },
    { selector: "node.hover", style: { "border-width": 3.5 } },
    { selector: "node:active, edge:active", style: { "overlay-opacity": 0.08 } },
  );
  return rules;
}
