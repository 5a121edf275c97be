import type { CruxJson } from "../../contract/crux-json";
import { RelationKindSchema } from "../../contract/vocabulary";
import type { ImportOptions, ImportResult } from "./format-types";
import { ANCHOR_KIND, addGraphElements, buildGraphElements, type ElementEdge, type ElementNode } from "./graph-elements";
import { assertWithinCount, resolveLimits } from "./import-limits";
import { MapBuilder } from "./map-builder";
import { ProblemList } from "./problems";
import { isJsonObject, parseJsonSafely } from "./safe-json";

const WHAT = "This Cytoscape file";
const NODE_FIELDS = new Set(["id", "kind", "label", "name", "title", "text", "aliases", "tags", "relationId", "parent"]);
const EDGE_FIELDS = new Set(["id", "source", "target", "relation", "interaction", "label", "strength", "note", "group", "targetRelation"]);
const RELATION_KINDS: readonly string[] = RelationKindSchema.options;

/**
 * `cytoscape-json` export in the shape of `cy.json()`: `{data, elements: {nodes: [{data, position}], edges: [{data}]}}`.
 * Node data: id, kind, label (= title), title, text, aliases, tags; edge data: id, source, target, relation, label,
 * strength, note, group. Node and relation ids are already distinct (crux-json validation), as Cytoscape requires.
 * An undercut points at an anchor node for the attacked relation and names it in `data.targetRelation`.
 * Not carried: documents and excerpts.
 */
export function exportCytoscapeJson(map: CruxJson): string {
  const { anchors, edgeTarget } = buildGraphElements(map);
  const nodes: unknown[] = map.nodes.map((n) => ({
    data: { id: n.id, kind: n.kind, label: n.title, title: n.title, text: n.text, aliases: n.aliases, tags: n.tags },
    ...(n.position ? { position: n.position } : {}),
  }));
  for (const anchor of anchors) {
    nodes.push({ data: { id: anchor.id, kind: ANCHOR_KIND, relationId: anchor.relationId }, ...(anchor.position ? { position: anchor.position } : {}) });
  }
  const edges = map.relations.map((r) => ({
    data: {
      id: r.id, source: r.source, target: edgeTarget.get(r.id)!, relation: r.relation, label: r.relation,
      ...(r.strength !== null ? { strength: r.strength } : {}),
      ...(r.note ? { note: r.note } : {}),
      ...(r.group !== null ? { group: r.group } : {}),
      ...(edgeTarget.get(r.id) !== r.target ? { targetRelation: r.target } : {}),
    },
  }));
  return `${JSON.stringify({ data: { slug: map.map.slug, title: map.map.title, description: map.map.description }, elements: { nodes, edges } }, null, 2)}\n`;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined);

/** `elements` is either `{nodes, edges}` or one array of `{group: "nodes" | "edges", data}`. */
function splitElements(elements: unknown, problems: ProblemList): { nodes: unknown[]; edges: unknown[]; base: [string, string] } {
  if (Array.isArray(elements)) {
    const isEdge = (e: unknown) => isJsonObject(e) && (e.group === "edges" || (e.group === undefined && isJsonObject(e.data) && "source" in e.data));
    return { nodes: elements.filter((e) => !isEdge(e)), edges: elements.filter(isEdge), base: ["elements (nodes)", "elements (edges)"] };
  }
  if (isJsonObject(elements)) return { nodes: Array.isArray(elements.nodes) ? elements.nodes : [], edges: Array.isArray(elements.edges) ? elements.edges : [], base: ["elements.nodes", "elements.edges"] };
  problems.add("elements", "expected elements: {nodes, edges} or an array of elements");
  return { nodes: [], edges: [], base: ["", ""] };
}

function readNodes(items: unknown[], base: string, problems: ProblemList, extra: Set<string>): ElementNode[] {
  const seen = new Set<string>();
  return items.flatMap((item, i): ElementNode[] => {
    const data = isJsonObject(item) && isJsonObject(item.data) ? item.data : null;
    const id = data ? str(data.id) : undefined;
    if (!data || !id) return problems.add(`${base}[${i}].data.id`, "a node needs data with an id"), [];
    if (seen.has(id)) return problems.add(`${base}[${i}].data.id`, `the id "${id}" is used twice`), [];
    seen.add(id);
    Object.keys(data).filter((k) => !NODE_FIELDS.has(k)).forEach((k) => extra.add(k));
    const p = isJsonObject(item) && isJsonObject(item.position) ? item.position : null;
    const position = p && typeof p.x === "number" && typeof p.y === "number" ? { x: p.x, y: p.y } : null;
    const title = str(data.title) || str(data.label) || str(data.name);
    return [{ id, kind: str(data.kind), title, text: str(data.text), aliases: strings(data.aliases), tags: strings(data.tags), position, relationId: str(data.relationId) }];
  });
}

function readEdges(items: unknown[], base: string, nodeIds: Set<string>, problems: ProblemList, extra: Set<string>): ElementEdge[] {
  return items.flatMap((item, i): ElementEdge[] => {
    const data = isJsonObject(item) && isJsonObject(item.data) ? item.data : null;
    const [source, target] = [str(data?.source), str(data?.target)];
    if (!data) return problems.add(`${base}[${i}].data`, "an edge needs data"), [];
    if (!source || !nodeIds.has(source)) return problems.add(`${base}[${i}].data.source`, `no node has the id "${source ?? ""}"`), [];
    if (!target || !nodeIds.has(target)) return problems.add(`${base}[${i}].data.target`, `no node has the id "${target ?? ""}"`), [];
    Object.keys(data).filter((k) => !EDGE_FIELDS.has(k)).forEach((k) => extra.add(k));
    const strength = typeof data.strength === "number" ? data.strength : null;
    // Cytoscape desktop names the edge type `interaction`.
    const interaction = str(data.interaction);
    const relation = str(data.relation) ?? (interaction && RELATION_KINDS.includes(interaction) ? interaction : undefined);
    return [{ id: str(data.id) ?? `edge ${i + 1}`, source, target, relation, strength, note: str(data.note), group: str(data.group) ?? null, targetRelation: str(data.targetRelation) }];
  });
}

/**
 * `cytoscape-json` import of `cy.json()` output (Crux's own, or Cytoscape's `.cyjs`): node kind, title (or label,
 * or name), text, aliases, tags and position; edge relation, strength, note, group; anchors back into undercuts.
 * Data fields with no Crux equivalent (e.g. Cytoscape desktop's SUID) and compound parents are reported.
 */
export function importCytoscapeJson(text: string, options: ImportOptions = {}): ImportResult {
  const limits = resolveLimits(options);
  const raw = parseJsonSafely(text, limits, WHAT);
  const problems = new ProblemList();
  const root = isJsonObject(raw) ? raw : {};
  if (!isJsonObject(raw)) problems.add("", "expected a JSON object with elements");
  const { nodes: rawNodes, edges: rawEdges, base } = splitElements(root.elements, problems);
  assertWithinCount(rawNodes.length, limits, WHAT, "nodes");
  assertWithinCount(rawEdges.length, limits, WHAT, "edges");
  const extra = new Set<string>();
  const nodes = readNodes(rawNodes, base[0], problems, extra);
  const edges = readEdges(rawEdges, base[1], new Set(nodes.map((n) => n.id)), problems, extra);
  problems.throwIfAny(WHAT);
  const builder = new MapBuilder(WHAT, options);
  if (rawNodes.some((n) => isJsonObject(n) && isJsonObject(n.data) && n.data.parent !== undefined)) builder.warnings.add("Compound nodes (parent) have no Crux equivalent; their children were kept, flat");
  addGraphElements(builder, nodes, edges);
  if (extra.size > 0) builder.warnings.add(`Data fields with no Crux equivalent were left out: ${[...extra].slice(0, 20).join(", ")}`);
  const meta = isJsonObject(root.data) ? root.data : {};
  return builder.build({ slug: str(meta.slug), title: str(meta.title) || str(meta.name) || "Imported Cytoscape map", description: str(meta.description) }, options);
}
