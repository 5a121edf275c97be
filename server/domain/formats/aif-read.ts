import type { Position } from "../../contract/node";
import type { ImportOptions } from "./format-types";
import { assertWithinCount, resolveLimits } from "./import-limits";
import { ProblemList } from "./problems";
import { isJsonObject, parseJsonSafely } from "./safe-json";

/** One AIF node as read: its id as a string, its type upper-cased, its `crux` extra field (or `{}`). */
export interface AifGraphNode {
  id: string;
  type: string;
  text: string;
  crux: Record<string, unknown>;
}

/** An AIF file read into indexes: nodes in file order, edges both ways, speakers, OVA positions. */
export interface AifGraph {
  nodes: Map<string, AifGraphNode>;
  incoming: Map<string, string[]>;
  outgoing: Map<string, string[]>;
  locutions: Map<string, string>;
  participants: Map<string, { name: string; crux: Record<string, unknown> }>;
  positions: Map<string, Position>;
  meta: Record<string, unknown>;
  /** OVA files carry the analysed text; Crux does not import it. */
  hasOvaText: boolean;
}

/** How refusals of AIF files begin. */
export const AIF_WHAT = "This AIF file";

/** AIFdb writes ids as numbers or strings; both are accepted. */
function readId(value: unknown): string | null {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function readArray(owner: Record<string, unknown>, key: string, path: string, problems: ProblemList, required: boolean): unknown[] {
  const value = owner[key];
  if (Array.isArray(value)) return value;
  if (value !== undefined || required) problems.add(path, `expected an array of ${key}`);
  return [];
}

function readNodes(items: unknown[], base: string, graph: AifGraph, problems: ProblemList): void {
  items.forEach((item, i) => {
    const at = `${base}nodes[${i}]`;
    if (!isJsonObject(item)) return problems.add(at, "a node must be an object");
    const id = readId(item.nodeID);
    if (id === null) return problems.add(`${at}.nodeID`, "a node needs a nodeID (string or number)");
    if (typeof item.type !== "string") return problems.add(`${at}.type`, "a node needs a type such as I, RA, CA, MA, L, YA or TA");
    if (item.text !== undefined && typeof item.text !== "string") return problems.add(`${at}.text`, "text must be a string");
    if (graph.nodes.has(id)) return problems.add(`${at}.nodeID`, `the nodeID "${id}" is used twice`);
    graph.nodes.set(id, { id, type: item.type.trim().toUpperCase(), text: item.text ?? "", crux: isJsonObject(item.crux) ? item.crux : {} });
    graph.incoming.set(id, []);
    graph.outgoing.set(id, []);
  });
}

function readEdges(items: unknown[], base: string, graph: AifGraph, problems: ProblemList): void {
  items.forEach((item, i) => {
    const at = `${base}edges[${i}]`;
    if (!isJsonObject(item)) return problems.add(at, "an edge must be an object");
    const from = readId(item.fromID);
    const to = readId(item.toID);
    if (from === null || !graph.nodes.has(from)) return problems.add(`${at}.fromID`, `no node has the id "${String(item.fromID)}"`);
    if (to === null || !graph.nodes.has(to)) return problems.add(`${at}.toID`, `no node has the id "${String(item.toID)}"`);
    graph.outgoing.get(from)!.push(to);
    graph.incoming.get(to)!.push(from);
  });
}

function readSpeakers(aif: Record<string, unknown>, base: string, graph: AifGraph, problems: ProblemList): void {
  readArray(aif, "participants", `${base}participants`, problems, false).forEach((item, i) => {
    const id = isJsonObject(item) ? readId(item.participantID) : null;
    if (!isJsonObject(item) || id === null) return problems.add(`${base}participants[${i}]`, "a participant needs a participantID");
    const name = [item.firstname, item.surname].filter((part) => typeof part === "string" && part.trim()).join(" ");
    graph.participants.set(id, { name, crux: isJsonObject(item.crux) ? item.crux : {} });
  });
  readArray(aif, "locutions", `${base}locutions`, problems, false).forEach((item, i) => {
    const nodeId = isJsonObject(item) ? readId(item.nodeID) : null;
    const personId = isJsonObject(item) ? readId(item.personID) : null;
    if (nodeId === null || personId === null) return problems.add(`${base}locutions[${i}]`, "a locution needs a nodeID and a personID");
    graph.locutions.set(nodeId, personId);
  });
}

/** OVA3 keeps the layout in `OVA.nodes[]` as `{nodeID, x, y}`. */
function readOvaPositions(ova: unknown, graph: AifGraph): void {
  if (!isJsonObject(ova) || !Array.isArray(ova.nodes)) return;
  for (const item of ova.nodes) {
    const id = isJsonObject(item) ? readId(item.nodeID) : null;
    if (id === null || !isJsonObject(item)) continue;
    const x = Number(item.x);
    const y = Number(item.y);
    if (Number.isFinite(x) && Number.isFinite(y)) graph.positions.set(id, { x, y });
  }
}

/**
 * Reads an AIFdb nodeset (`{nodes, edges, locutions, participants}`) or an OVA3 file
 * (`{AIF: {...}, text, OVA: {nodes with x and y}}`), listing every shape problem with its path.
 */
export function readAifFile(text: string, options: ImportOptions = {}): AifGraph {
  const limits = resolveLimits(options);
  const raw = parseJsonSafely(text, limits, AIF_WHAT);
  const problems = new ProblemList();
  if (!isJsonObject(raw)) {
    problems.add("", "an AIF file is a JSON object with nodes and edges (or an OVA file with an AIF object)");
    problems.throwIfAny(AIF_WHAT);
  }
  const root = raw as Record<string, unknown>;
  const isOva = isJsonObject(root.AIF);
  const aif = isOva ? (root.AIF as Record<string, unknown>) : root;
  const base = isOva ? "AIF." : "";
  const graph: AifGraph = {
    nodes: new Map(), incoming: new Map(), outgoing: new Map(), locutions: new Map(), participants: new Map(), positions: new Map(),
    meta: isJsonObject(aif.crux) && isJsonObject(aif.crux.map) ? aif.crux.map : {},
    hasOvaText: isOva && typeof root.text === "string" && root.text.trim() !== "",
  };
  const nodes = readArray(aif, "nodes", `${base}nodes`, problems, true);
  const edges = readArray(aif, "edges", `${base}edges`, problems, true);
  assertWithinCount(nodes.length, limits, AIF_WHAT, "nodes", `${base}nodes`);
  assertWithinCount(edges.length, limits, AIF_WHAT, "edges", `${base}edges`);
  readNodes(nodes, base, graph, problems);
  readEdges(edges, base, graph, problems);
  readSpeakers(aif, base, graph, problems);
  problems.throwIfAny(AIF_WHAT);
  if (isOva) readOvaPositions(root.OVA, graph);
  return graph;
}
