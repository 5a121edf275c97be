import { NODE_KINDS, RELATION_KINDS, type NodeKind, type RelationKind } from "../server/contract/vocabulary";
import type { CaseRole } from "./state/case-highlight";

/**
 * The one visual vocabulary of Crux: the Cytoscape stylesheet (graph/stylesheet.ts) and the legend
 * (panels/legend.tsx) are both drawn from this module, so they cannot disagree.
 *
 * Colours are the Okabe–Ito palette (M. Okabe and K. Ito, "Color Universal Design: How to make figures and
 * presentations that are friendly to colorblind people", 2008; https://jfly.uni-koeln.de/color/), distinguishable
 * under the common forms of colour-vision deficiency. Colour is never the only cue: every relation also has its own
 * line style and arrow shape, and every node kind its own shape.
 */
export const PALETTE = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
  /** Neutral grey for low-emphasis marks (not part of Okabe–Ito). */
  grey: "#8C8C8C",
  ink: "#1B1F24",
  paper: "#FFFFFF",
} as const;

/** Cytoscape node shapes used here (a subset of its `shape` values). */
export type NodeShape = "round-rectangle" | "cut-rectangle" | "ellipse" | "diamond";
export type LineStyle = "solid" | "dashed" | "dotted";
/** Cytoscape arrow shapes used here; the legend draws the same shapes in SVG. */
export type ArrowShape = "triangle" | "tee" | "diamond" | "square" | "vee" | "triangle-cross" | "chevron" | "circle";

export interface NodeKindStyle {
  label: string;
  plural: string;
  description: string;
  shape: NodeShape;
  fill: string;
  border: string;
  borderWidth: number;
  fontWeight: "normal" | "bold";
}

export interface RelationStyle {
  label: string;
  description: string;
  colour: string;
  lineStyle: LineStyle;
  arrow: ArrowShape;
  width: number;
  /** Reason-giving relations (drawn heavier and used by the hierarchical layout). */
  argumentative: boolean;
}

export const NODE_THEME: Record<NodeKind, NodeKindStyle> = {
  claim: {
    label: "Claim",
    plural: "Claims",
    description: "A statement that can be true or false",
    shape: "round-rectangle",
    fill: "#E3EFF7",
    border: PALETTE.blue,
    borderWidth: 1.5,
    fontWeight: "normal",
  },
  proposal: {
    label: "Proposal",
    plural: "Proposals",
    description: "A course of action someone puts forward",
    shape: "cut-rectangle",
    fill: "#FDF0D2",
    border: PALETTE.orange,
    borderWidth: 3,
    fontWeight: "bold",
  },
  actor: {
    label: "Actor",
    plural: "Actors",
    description: "A state, organisation, group or person",
    shape: "ellipse",
    fill: "#F6E4EE",
    border: PALETTE.reddishPurple,
    borderWidth: 2,
    fontWeight: "normal",
  },
};

export const RELATION_THEME: Record<RelationKind, RelationStyle> = {
  supports: { label: "supports", description: "is a reason for", colour: PALETTE.bluishGreen, lineStyle: "solid", arrow: "triangle", width: 3, argumentative: true },
  contradicts: { label: "contradicts", description: "is a reason against (against a relation: undercuts it)", colour: PALETTE.vermillion, lineStyle: "dashed", arrow: "tee", width: 3, argumentative: true },
  qualifies: { label: "qualifies", description: "limits: a condition, exception or scope", colour: PALETTE.orange, lineStyle: "dotted", arrow: "diamond", width: 3, argumentative: true },
  part_of: { label: "part of", description: "is a component or stage of", colour: PALETTE.black, lineStyle: "solid", arrow: "square", width: 2, argumentative: true },
  endorses: { label: "endorses", description: "the actor holds or backs", colour: PALETTE.blue, lineStyle: "solid", arrow: "vee", width: 1.5, argumentative: false },
  opposes: { label: "opposes", description: "the actor rejects or resists", colour: PALETTE.reddishPurple, lineStyle: "dashed", arrow: "triangle-cross", width: 1.5, argumentative: false },
  proposes: { label: "proposes", description: "the actor puts forward", colour: PALETTE.skyBlue, lineStyle: "solid", arrow: "chevron", width: 2, argumentative: false },
  concerns: { label: "concerns", description: "is about the actor", colour: PALETTE.grey, lineStyle: "dotted", arrow: "circle", width: 1, argumentative: false },
};

/** The marker drawn at the midpoint of a relation that another relation undercuts. */
export const UNDERCUT_ANCHOR = { size: 14, shape: "diamond" as NodeShape, fill: PALETTE.paper, border: PALETTE.vermillion };

/** Marks for the current selection, focus and search. */
export const EMPHASIS = { selected: PALETTE.ink, focusRoot: PALETTE.blue, fadedOpacity: 0.12, textColour: PALETTE.ink };

/** A small round mark drawn on a node's corner: a colour and a white glyph (an SVG path in a 20 × 20 box). */
export interface Badge {
  colour: string;
  glyph: string;
}
export interface AcceptanceStyle {
  label: string;
  description: string;
  fill: string;
  border: string;
  borderStyle: LineStyle;
  badge: Badge;
}
/**
 * Acceptance under the analysis (issue 5) repaints claims and proposals (their shape still tells the kind): a tint
 * and border of Okabe–Ito bluish green, vermillion or neutral, and, so colour is never the only cue, a border style
 * and a corner badge (✓, ✕, ?). What-if assumptions add a blue pin badge on the other corner.
 */
export const ACCEPTANCE_THEME: Record<"accepted" | "rejected" | "undecided", AcceptanceStyle> = {
  accepted: { label: "Accepted", description: "Survives every objection", fill: "#D5EFE6", border: PALETTE.bluishGreen, borderStyle: "solid", badge: { colour: PALETTE.bluishGreen, glyph: "M5.5 10.5l3 3 6-7" } },
  rejected: { label: "Rejected", description: "An accepted objection defeats it", fill: "#F7DCCB", border: PALETTE.vermillion, borderStyle: "dashed", badge: { colour: PALETTE.vermillion, glyph: "M6.5 6.5l7 7M13.5 6.5l-7 7" } },
  undecided: { label: "Undecided", description: "The objections neither win nor lose (e.g. a cycle)", fill: "#F4F1DC", border: PALETTE.grey, borderStyle: "dotted", badge: { colour: PALETTE.ink, glyph: "M7.6 7.6a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6M10 14.6v.1" } },
};
export const ASSUMED_MARK = { label: "Assumed", description: "What-if: you assumed it accepted or rejected", badge: { colour: PALETTE.blue, glyph: "M10 12v4.5M7 5.5h6l-1 2.5 2 2.5H6l2-2.5z" } as Badge };

/** A badge as an SVG image (a data: URL), for the graph's stylesheet and the legend alike. */
export function badgeImage({ colour, glyph }: Badge): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20"><circle cx="10" cy="10" r="9" fill="${colour}" stroke="#fff" stroke-width="1.5"/><path d="${glyph}" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * How the open debate case marks its nodes (issue 7): an outline around the node, in a colour and a line style per
 * role, so a role reads without colour too. The case builder's key draws the same entries.
 */
export const CASE_THEME: Record<CaseRole, { label: string; colour: string; lineStyle: LineStyle | "double" }> = {
  target: { label: "Resolution", colour: PALETTE.ink, lineStyle: "double" },
  contention: { label: "Contention", colour: PALETTE.bluishGreen, lineStyle: "solid" },
  evidence: { label: "Evidence", colour: PALETTE.skyBlue, lineStyle: "dashed" },
  objection: { label: "Objection", colour: PALETTE.vermillion, lineStyle: "dotted" },
  answer: { label: "Answer", colour: PALETTE.reddishPurple, lineStyle: "dashed" },
  caveat: { label: "Caveat", colour: PALETTE.orange, lineStyle: "solid" },
};

/** Typography shared by the graph labels and the node-size estimate (graph/node-size.ts). */
export const LABEL_FONT = { family: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif', size: 14, lineHeight: 1.25 };

export interface LegendNodeEntry extends NodeKindStyle {
  kind: NodeKind;
}
export interface LegendRelationEntry extends RelationStyle {
  relation: RelationKind;
}
export interface Legend {
  nodes: LegendNodeEntry[];
  relations: LegendRelationEntry[];
}

/** Legend rows in vocabulary order: every node kind and every relation kind, each with its marks. */
export function buildLegend(): Legend {
  return {
    nodes: NODE_KINDS.map((kind) => ({ kind, ...NODE_THEME[kind] })),
    relations: RELATION_KINDS.map((relation) => ({ relation, ...RELATION_THEME[relation] })),
  };
}
