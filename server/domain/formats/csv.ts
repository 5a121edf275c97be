import type { CruxJson } from "../../contract/crux-json";
import { formatCsv, isBlankRecord, parseCsv, type CsvRecord } from "./csv-text";
import type { ImportOptions, ImportResult } from "./format-types";
import { addGraphElements, type ElementEdge, type ElementNode } from "./graph-elements";
import { assertWithinCount, assertWithinSize, resolveLimits } from "./import-limits";
import { MapBuilder } from "./map-builder";
import { ProblemList } from "./problems";

const WHAT = "This CSV file";
/** Kumu's column names, then Crux's. Multi-valued cells (Tags, Aliases) are separated by `|`, as in Kumu. */
export const CSV_NODE_COLUMNS = ["ID", "Label", "Type", "Description", "Tags", "Aliases", "X", "Y"] as const;
/** The edges table's columns; `To` may name an edge's ID (an undercut). */
export const CSV_EDGE_COLUMNS = ["ID", "From", "To", "Type", "Strength", "Note", "Group"] as const;
const KIND_LABELS = { claim: "Claim", proposal: "Proposal", actor: "Actor" } as const;

/** The two CSV files: elements (nodes) and connections (edges). */
export interface CsvFiles {
  nodes: string;
  edges: string;
}

/**
 * `csv` export as two Kumu-style files: nodes (`ID, Label, Type, Description, Tags, Aliases, X, Y`) and edges
 * (`ID, From, To, Type, Strength, Note, Group`), From/To naming node IDs, or for an undercut To naming the
 * attacked relation's ID. Not carried: documents, excerpts, the map's description; tags or aliases holding `|`.
 */
export function exportCsvFiles(map: CruxJson): CsvFiles {
  const nodes = map.nodes.map((n) => [n.id, n.title, KIND_LABELS[n.kind], n.text, n.tags.join("|"), n.aliases.join("|"), n.position ? String(n.position.x) : "", n.position ? String(n.position.y) : ""]);
  const edges = map.relations.map((r) => [r.id, r.source, r.target, r.relation, r.strength === null ? "" : String(r.strength), r.note, r.group ?? ""]);
  return { nodes: formatCsv([CSV_NODE_COLUMNS, ...nodes]), edges: formatCsv([CSV_EDGE_COLUMNS, ...edges]) };
}

/** `csv` export as one text: the nodes table, an empty line, the edges table (see {@link importCsv}). */
export function exportCsv(map: CruxJson): string {
  const files = exportCsvFiles(map);
  return `${files.nodes}\r\n${files.edges}`;
}

/** A table's rows as objects keyed by lower-case column name; rows with the wrong number of fields are problems. */
function readTable(records: CsvRecord[], required: string[], label: string, problems: ProblemList, unknown: Set<string>, known: readonly string[]) {
  const rows = records.filter((r) => !isBlankRecord(r));
  const header = rows[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  for (const column of required) if (!header.includes(column)) problems.add(`${label}line ${rows[0]?.line ?? 1}`, `the header needs a "${column}" column`);
  header.filter((h) => !known.map((k) => k.toLowerCase()).includes(h)).forEach((h) => unknown.add(h));
  return rows.slice(1).flatMap((record) => {
    if (record.fields.length !== header.length) {
      problems.add(`${label}line ${record.line}`, `expected ${header.length} fields, found ${record.fields.length}`);
      return [];
    }
    return [{ line: record.line, get: (column: string) => record.fields[header.indexOf(column)]?.trim() ?? "" }];
  });
}

const split = (cell: string): string[] => cell.split("|").map((v) => v.trim()).filter(Boolean);
const number = (cell: string): number | undefined => (cell !== "" && Number.isFinite(Number(cell)) ? Number(cell) : undefined);

/**
 * `csv` import of the two files (Kumu's columns; ID optional, Label used instead). Edge `Type` is a Crux relation
 * kind (`supports`, `part of` or `part_of`, …); empty reads as supports; an edge whose To is another edge's ID is an
 * undercut. Malformed CSV, missing columns, duplicate IDs and unknown From/To refuse the import, with lines.
 */
export function importCsvFiles(files: CsvFiles, options: ImportOptions = {}): ImportResult {
  const limits = resolveLimits(options);
  assertWithinSize(files.nodes + files.edges, limits, WHAT);
  const problems = new ProblemList();
  const unknown = new Set<string>();
  const nodeRows = readTable(parseCsv(files.nodes, problems, "nodes "), ["label"], "nodes ", problems, unknown, CSV_NODE_COLUMNS);
  const edgeRows = readTable(parseCsv(files.edges, problems, "edges "), ["from", "to"], "edges ", problems, unknown, CSV_EDGE_COLUMNS);
  assertWithinCount(nodeRows.length, limits, WHAT, "nodes");
  assertWithinCount(edgeRows.length, limits, WHAT, "edges");
  const nodes: ElementNode[] = [];
  const nodeIds = new Set<string>();
  for (const row of nodeRows) {
    const id = row.get("id") || row.get("label");
    if (!id) problems.add(`nodes line ${row.line}`, "a node needs an ID or a Label");
    else if (nodeIds.has(id)) problems.add(`nodes line ${row.line}`, `the ID "${id}" is used twice`);
    else {
      nodeIds.add(id);
      const [x, y] = [number(row.get("x")), number(row.get("y"))];
      const kind = row.get("type").toLowerCase();
      nodes.push({ id, kind: kind || "claim", title: row.get("label"), text: row.get("description"), tags: split(row.get("tags")), aliases: split(row.get("aliases")), position: x !== undefined && y !== undefined ? { x, y } : null });
    }
  }
  const edgeIds = new Set(edgeRows.map((row) => row.get("id")).filter(Boolean));
  const edges: ElementEdge[] = edgeRows.flatMap((row): ElementEdge[] => {
    const [from, to] = [row.get("from"), row.get("to")];
    if (!nodeIds.has(from)) return problems.add(`edges line ${row.line}`, `From "${from}" is not the ID of a node`), [];
    if (!nodeIds.has(to) && !edgeIds.has(to)) return problems.add(`edges line ${row.line}`, `To "${to}" is not the ID of a node or an edge`), [];
    const relation = row.get("type").toLowerCase().replace(/\s+/g, "_");
    const strength = number(row.get("strength"));
    return [{ id: row.get("id") || `line ${row.line}`, source: from, target: to, relation, strength: strength ?? null, note: row.get("note"), group: row.get("group") || null, targetRelation: nodeIds.has(to) ? undefined : to }];
  });
  problems.throwIfAny(WHAT);
  const builder = new MapBuilder(WHAT, options);
  addGraphElements(builder, nodes, edges);
  if (unknown.size > 0) builder.warnings.add(`Columns with no Crux equivalent were left out: ${[...unknown].join(", ")}`);
  return builder.build({ title: "Imported CSV map" }, options);
}

/** `csv` import of the one-text form {@link exportCsv} writes: the nodes table, an empty line, the edges table. */
export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  assertWithinSize(text, resolveLimits(options), WHAT);
  // Syntax problems are reported by importCsvFiles, which parses each table again with its checks.
  const records = parseCsv(text, new ProblemList());
  const problems = new ProblemList();
  const first = records.findIndex((r) => !isBlankRecord(r));
  const gap = records.findIndex((r, i) => i > first && isBlankRecord(r));
  if (gap === -1) problems.add("", "expected the nodes table, an empty line, then the edges table");
  problems.throwIfAny(WHAT);
  const blank = records[gap]!;
  // Blank lines in front keep the edges table's line numbers those of the whole file.
  return importCsvFiles({ nodes: text.slice(0, blank.offset), edges: "\n".repeat(blank.line - 1) + text.slice(blank.offset) }, options);
}
