import type { CruxJson, CruxJsonNode } from "../../contract/crux-json";
import { ANCHOR_KIND, buildGraphElements } from "./graph-elements";
import { escapeXml } from "./xml-tools";

/**
 * GraphML keys Crux writes. `label`, `x` and `y` are the names Gephi reads; yEd reads the `nodegraphics`
 * (label and geometry). Lists (aliases, tags) are JSON arrays in a string.
 */
export const GRAPHML_KEYS = [
  { id: "g_slug", for: "graph", name: "slug", type: "string" },
  { id: "g_title", for: "graph", name: "title", type: "string" },
  { id: "g_description", for: "graph", name: "description", type: "string" },
  { id: "label", for: "node", name: "label", type: "string" },
  { id: "kind", for: "node", name: "kind", type: "string" },
  { id: "title", for: "node", name: "title", type: "string" },
  { id: "text", for: "node", name: "text", type: "string" },
  { id: "aliases", for: "node", name: "aliases", type: "string" },
  { id: "tags", for: "node", name: "tags", type: "string" },
  { id: "relationId", for: "node", name: "relationId", type: "string" },
  { id: "x", for: "node", name: "x", type: "double" },
  { id: "y", for: "node", name: "y", type: "double" },
  { id: "e_label", for: "edge", name: "label", type: "string" },
  { id: "relation", for: "edge", name: "relation", type: "string" },
  { id: "strength", for: "edge", name: "strength", type: "double" },
  { id: "note", for: "edge", name: "note", type: "string" },
  { id: "group", for: "edge", name: "group", type: "string" },
  { id: "targetRelation", for: "edge", name: "targetRelation", type: "string" },
] as const;

const data = (key: string, value: string | number): string => `<data key="${key}">${escapeXml(String(value))}</data>`;

/** yEd shapes per kind; colours from the Okabe–Ito colour-blind-safe palette. */
const YED_STYLE: Record<string, { shape: string; fill: string }> = {
  claim: { shape: "roundrectangle", fill: "#56B4E9" },
  proposal: { shape: "hexagon", fill: "#E69F00" },
  actor: { shape: "ellipse", fill: "#CC79A7" },
  [ANCHOR_KIND]: { shape: "ellipse", fill: "#999999" },
};

function yedGraphics(kind: string, label: string, x: number, y: number): string {
  const style = YED_STYLE[kind]!;
  const size = kind === ANCHOR_KIND ? 10 : 60;
  const width = kind === ANCHOR_KIND ? 10 : 180;
  return (
    `<data key="ng"><y:ShapeNode><y:Geometry x="${x - width / 2}" y="${y - size / 2}" width="${width}" height="${size}"/>` +
    `<y:Fill color="${style.fill}" transparent="false"/><y:NodeLabel>${escapeXml(label)}</y:NodeLabel>` +
    `<y:Shape type="${style.shape}"/></y:ShapeNode></data>`
  );
}

function nodeElement(node: CruxJsonNode): string {
  const parts = [data("label", node.title), data("kind", node.kind), data("title", node.title), data("text", node.text)];
  parts.push(data("aliases", JSON.stringify(node.aliases)), data("tags", JSON.stringify(node.tags)));
  if (node.position) parts.push(data("x", node.position.x), data("y", node.position.y));
  parts.push(yedGraphics(node.kind, node.title, node.position?.x ?? 0, node.position?.y ?? 0));
  return `    <node id="${escapeXml(node.id)}">${parts.join("")}</node>`;
}

/**
 * `graphml` export for yEd and Gephi: one `<node>` per node (keys kind, title, text, aliases, tags, x, y, plus
 * yEd node graphics), one `<edge>` per relation (keys relation, strength, note, group). An undercut points at an
 * anchor node standing for the attacked relation (see {@link buildGraphElements}). Not carried: documents, excerpts.
 */
export function exportGraphml(map: CruxJson): string {
  const { anchors, edgeTarget } = buildGraphElements(map);
  const keys = GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  keys.push('  <key id="ng" for="node" yfiles.type="nodegraphics"/>');
  const nodes = map.nodes.map(nodeElement);
  for (const anchor of anchors) {
    const parts = [data("label", ""), data("kind", ANCHOR_KIND), data("relationId", anchor.relationId)];
    if (anchor.position) parts.push(data("x", anchor.position.x), data("y", anchor.position.y));
    parts.push(yedGraphics(ANCHOR_KIND, "", anchor.position?.x ?? 0, anchor.position?.y ?? 0));
    nodes.push(`    <node id="${escapeXml(anchor.id)}">${parts.join("")}</node>`);
  }
  const edges = map.relations.map((r) => {
    const parts = [data("e_label", r.relation), data("relation", r.relation)];
    if (r.strength !== null) parts.push(data("strength", r.strength));
    if (r.note) parts.push(data("note", r.note));
    if (r.group !== null) parts.push(data("group", r.group));
    if (edgeTarget.get(r.id) !== r.target) parts.push(data("targetRelation", r.target));
    return `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.source)}" target="${escapeXml(edgeTarget.get(r.id)!)}">${parts.join("")}</edge>`;
  });
  const graphData = [data("g_slug", map.map.slug), data("g_title", map.map.title), data("g_description", map.map.description)];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...keys,
    `  <graph id="G" edgedefault="directed">${graphData.join("")}`,
    ...nodes,
    ...edges,
    "  </graph>",
    "</graphml>",
    "",
  ].join("\n");
}
