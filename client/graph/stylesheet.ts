import { NODE_KINDS, RELATION_KINDS } from "../../server/contract/vocabulary";
import { CASE_ROLES } from "../state/case-highlight";
import { ACCEPTANCE_THEME, ASSUMED_MARK, badgeImage, CASE_THEME, EMPHASIS, LABEL_FONT, NODE_THEME, RELATION_THEME, UNDERCUT_ANCHOR, type LineStyle } from "../theme";

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
  rules.push(...acceptanceRules());
  rules.push(
    { selector: "edge.segment", style: { "target-arrow-shape": "none" } },
    { selector: "node.hidden, edge.hidden", style: { display: "none" } },
    { selector: "node.faded, edge.faded", style: { opacity: EMPHASIS.fadedOpacity, "text-opacity": EMPHASIS.fadedOpacity } },
    {
      selector: "node.focus-root",
      style: { "underlay-color": EMPHASIS.focusRoot, "underlay-opacity": 0.18, "underlay-padding": 10, "underlay-shape": "round-rectangle" },
    },
    { selector: "node:selected", style: { "border-color": EMPHASIS.selected, "border-width": 4, "overlay-opacity": 0 } },
    // A selected relation keeps its colour and dash (they say what it is) and gains a halo, as wide as a node's border.
    { selector: "edge:selected", style: { width: 4.5, "underlay-color": EMPHASIS.selected, "underlay-opacity": 0.18, "underlay-padding": 5, "overlay-opacity": 0 } },
    { selector: "node.hover", style: { "border-width": 3.5 } },
    { selector: "node:active, edge:active", style: { "overlay-opacity": 0.08 } },
  );
  // The open debate case: an outline per role (state/case-highlight.ts), clear of the border that shows the selection.
  for (const role of CASE_ROLES) {
    const t = CASE_THEME[role];
    rules.push({ selector: `node.case-${role}`, style: { "outline-color": t.colour, "outline-style": t.lineStyle, "outline-width": role === "target" ? 8 : 5, "outline-offset": 3, "outline-opacity": 1 } });
  }
  return rules;
}

/**
 * Acceptance (classes `status-<label>` and `status-assumed-<label>` from graph/elements.ts): tint, border colour and
 * style, and a corner badge; an assumed node has a second badge (a pin) on the other corner. Badges sit over the
 * corner (containment "over"), so they never cover the label.
 */
function acceptanceRules(): StyleRule[] {
  const badges = (count: number) => ({
    "background-width": Array(count).fill("20px").join(" "),
    "background-height": Array(count).fill("20px").join(" "),
    "background-position-x": ["0%", "100%"].slice(0, count).join(" "),
    "background-position-y": Array(count).fill("0%").join(" "),
    "background-offset-x": ["-9px", "9px"].slice(0, count).join(" "),
    "background-offset-y": Array(count).fill("-9px").join(" "),
    "background-fit": Array(count).fill("none").join(" "),
    "background-clip": Array(count).fill("none").join(" "),
    "background-image-containment": Array(count).fill("over").join(" "),
    "bounds-expansion": 12,
  });
  return (["accepted", "rejected", "undecided"] as const).flatMap((label) => {
    const t = ACCEPTANCE_THEME[label];
    const look = { "background-color": t.fill, "border-color": t.border, "border-style": t.borderStyle, "border-width": 3 };
    return [
      { selector: `node.status-${label}`, style: { ...look, "background-image": badgeImage(t.badge), ...badges(1) } },
      { selector: `node.status-assumed-${label}`, style: { ...look, "background-image": `${badgeImage(t.badge)} ${badgeImage(ASSUMED_MARK.badge)}`, ...badges(2) } },
    ];
  });
}
