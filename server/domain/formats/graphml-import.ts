import type { Position } from "../../contract/node";
import { RelationKindSchema } from "../../contract/vocabulary";
import type { ImportOptions, ImportResult } from "./format-types";
import { addGraphElements, type ElementEdge, type ElementNode } from "./graph-elements";
import { assertWithinCount, assertWithinSize, resolveLimits } from "./import-limits";
import { MapBuilder } from "./map-builder";
import { ProblemList } from "./problems";
import { isJsonObject } from "./safe-json";
import { decodeXmlEntities, parseXmlSafely } from "./xml-tools";

const WHAT = "This GraphML file";
type Xml = Record<string, unknown>;
const KNOWN = new Set(["slug", "title", "description", "label", "kind", "text", "aliases", "tags", "relationId", "x", "y", "relation", "strength", "note", "group", "targetRelation"]);
const RELATION_KINDS: readonly string[] = RelationKindSchema.options;

/** An edge's relation: the `relation` key, or else a label (Gephi key or yEd edge label) naming a Crux kind. */
function edgeRelation(edge: Xml, values: Map<string, string>): string | undefined {
  const yedLabel = list(edge.data).flatMap((item) => Object.values(item).filter(isJsonObject)).map((line) => textOf(line.EdgeLabel))[0];
  const label = (values.get("label") || yedLabel || "").trim().toLowerCase().replace(/\s+/g, "_");
  return values.get("relation") || (RELATION_KINDS.includes(label) ? label : undefined);
}

/** Elements as objects; an empty element such as `<node/>` is parsed as a string and becomes one too. */
const asElement = (value: unknown): Xml | null => (isJsonObject(value) ? value : typeof value === "string" ? { "#text": value } : null);
const list = (value: unknown): Xml[] => (Array.isArray(value) ? value : [value]).map(asElement).filter((e): e is Xml => e !== null);
const attr = (element: Xml, name: string): string | undefined => (typeof element[`@_${name}`] === "string" ? decodeXmlEntities(element[`@_${name}`] as string) : undefined);
const textOf = (value: unknown): string => decodeXmlEntities(typeof value === "string" ? value : isJsonObject(value) && typeof value["#text"] === "string" ? value["#text"] : "");

/** GraphML `<data>` values of one element, by attribute name (`<default>` values of the keys first). */
function readValues(element: Xml, keys: Map<string, { name: string; default?: string }>, unknown: Set<string>): Map<string, string> {
  const values = new Map<string, string>();
  for (const key of keys.values()) if (key.default !== undefined) values.set(key.name, key.default);
  for (const item of list(element.data)) {
    const key = keys.get(attr(item, "key") ?? "");
    if (!key) continue;
    values.set(key.name, textOf(item));
    if (!KNOWN.has(key.name)) unknown.add(key.name);
  }
  return values;
}

function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined || value === "") return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.filter((v): v is string => typeof v === "string");
  } catch {
    // not JSON: a plain separated list
  }
  return value.split(/[|;]/).map((v) => v.trim()).filter(Boolean);
}

const num = (value: string | undefined): number | undefined => (value !== undefined && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : undefined);

/** yEd keeps label and geometry in its node graphics; Crux positions are centres. */
function yedGraphics(node: Xml): { label?: string; position?: Position } {
  for (const item of list(node.data)) {
    const shape = Object.values(item).find((v): v is Xml => isJsonObject(v) && ("Geometry" in v || "NodeLabel" in v));
    if (!shape) continue;
    const geometry = isJsonObject(shape.Geometry) ? shape.Geometry : {};
    const [x, y, w, h] = ["x", "y", "width", "height"].map((n) => num(attr(geometry, n)));
    const label = list(shape.NodeLabel).map(textOf)[0] ?? (typeof shape.NodeLabel === "string" ? textOf(shape.NodeLabel) : undefined);
    return { label, position: x !== undefined && y !== undefined ? { x: x + (w ?? 0) / 2, y: y + (h ?? 0) / 2 } : undefined };
  }
  return {};
}

/** `hasXy`: the file declares x/y keys (Crux, Gephi), so a node without them has no position. */
function readNode(node: Xml, values: Map<string, string>, hasXy: boolean): ElementNode {
  const yed = yedGraphics(node);
  const [x, y] = [num(values.get("x")), num(values.get("y"))];
  return {
    id: attr(node, "id")!,
    kind: values.get("kind"),
    title: values.get("title") || values.get("label") || yed.label,
    text: values.get("text") ?? values.get("description"),
    aliases: parseList(values.get("aliases")),
    tags: parseList(values.get("tags")),
    position: x !== undefined && y !== undefined ? { x, y } : hasXy ? null : (yed.position ?? null),
    relationId: values.get("relationId"),
  };
}

/**
 * `graphml` import (Crux's own files, yEd and Gephi): nodes with their kind, title (or label), text, aliases, tags
 * and position (x/y keys, or yEd geometry), edges with their relation, strength, note and group, anchors back into
 * undercuts. Refuses DTDs, deep nesting, nodes without ids and edges between unknown nodes; warns about attributes
 * and elements (nested graphs, hyperedges) Crux has no place for.
 */
export function importGraphml(text: string, options: ImportOptions = {}): ImportResult {
  const limits = resolveLimits(options);
  assertWithinSize(text, limits, WHAT);
  const parsed = parseXmlSafely(text, limits, WHAT, ["key", "graph", "node", "edge", "data", "hyperedge"]).graphml;
  const problems = new ProblemList();
  const root: Xml = isJsonObject(parsed) ? parsed : {};
  const graph = list(root.graph)[0];
  if (!graph) problems.add("graphml", "expected a <graphml> element with a <graph>");
  problems.throwIfAny(WHAT);
  // Keys with a yfiles.type hold yEd graphics (read by yedGraphics), not attributes.
  const attributeKeys = list(root.key).filter((k) => attr(k, "yfiles.type") === undefined);
  const keys = new Map(attributeKeys.map((k) => [attr(k, "id") ?? "", { name: attr(k, "attr.name") ?? attr(k, "id") ?? "", default: k.default === undefined ? undefined : textOf(k.default) }]));
  const hasXy = [...keys.values()].some((k) => k.name === "x");
  const unknown = new Set<string>();
  const xmlNodes = list(graph!.node);
  const xmlEdges = list(graph!.edge);
  assertWithinCount(xmlNodes.length, limits, WHAT, "nodes");
  assertWithinCount(xmlEdges.length, limits, WHAT, "edges");
  const nodeIds = new Set<string>();
  const nodes = xmlNodes.flatMap((node, i) => {
    const id = attr(node, "id");
    if (!id || nodeIds.has(id)) return problems.add(`graph.node[${i}]`, id ? `the node id "${id}" is used twice` : "a node needs an id"), [];
    nodeIds.add(id);
    return [readNode(node, readValues(node, keys, unknown), hasXy)];
  });
  const edges = xmlEdges.flatMap((edge, i): ElementEdge[] => {
    const [id, source, target] = [attr(edge, "id") ?? `edge ${i + 1}`, attr(edge, "source"), attr(edge, "target")];
    if (!source || !nodeIds.has(source)) return problems.add(`graph.edge[${i}].source`, `no node has the id "${source ?? ""}"`), [];
    if (!target || !nodeIds.has(target)) return problems.add(`graph.edge[${i}].target`, `no node has the id "${target ?? ""}"`), [];
    const values = readValues(edge, keys, unknown);
    const group = values.get("group");
    return [{ id, source, target, relation: edgeRelation(edge, values), strength: num(values.get("strength")) ?? null, note: values.get("note"), group: group || null, targetRelation: values.get("targetRelation") || undefined }];
  });
  problems.throwIfAny(WHAT);
  const builder = new MapBuilder(WHAT, options);
  if (xmlNodes.some((n) => n.graph !== undefined)) builder.warnings.add("Nested graphs inside nodes have no Crux equivalent and were left out");
  if (list(graph!.hyperedge).length > 0) builder.warnings.add("Hyperedges have no Crux equivalent and were left out");
  addGraphElements(builder, nodes, edges);
  if (unknown.size > 0) builder.warnings.add(`GraphML attributes with no Crux equivalent were left out: ${[...unknown].join(", ")}`);
  const meta = readValues(graph!, keys, new Set());
  return builder.build({ slug: meta.get("slug"), title: meta.get("title") || "Imported GraphML map", description: meta.get("description") }, options);
}
