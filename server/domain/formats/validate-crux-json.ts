import { CruxJsonSchema, type CruxJson, type CruxJsonRelation } from "../../contract/crux-json";
import type { Anchor } from "../../contract/excerpt";
import { isRelationAllowed, type EndpointKind } from "../relation-rules";
import type { ImportOptions } from "./format-types";
import { assertWithinCount, resolveLimits } from "./import-limits";
import { ProblemList } from "./problems";
import { isJsonObject } from "./safe-json";

const WHAT = "This map file";

/** `["nodes", 3, "title"]` → `nodes[3].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

function checkDuplicateIds(map: CruxJson, problems: ProblemList): void {
  const seen = new Map<string, string>();
  const check = (id: string, path: string, what: string) => {
    const earlier = seen.get(id);
    if (earlier) problems.add(path, `the id "${id}" is already used by ${earlier}; ids must be unique across documents, nodes and relations`);
    else seen.set(id, `${what} ${path}`);
  };
  map.documents.forEach((d, i) => check(d.id, `documents[${i}].id`, "document"));
  map.nodes.forEach((n, i) => check(n.id, `nodes[${i}].id`, "node"));
  map.relations.forEach((r, i) => check(r.id, `relations[${i}].id`, "relation"));
}

type Documents = Map<string, CruxJson["documents"][number]>;

function checkExcerpts(documents: Documents, excerpts: Anchor[], path: string, problems: ProblemList): void {
  excerpts.forEach((excerpt, i) => {
    const at = `${path}.excerpts[${i}]`;
    const document = documents.get(excerpt.documentId);
    if (!document) return problems.add(`${at}.documentId`, `no document has the id "${excerpt.documentId}"`);
    if (excerpt.end <= excerpt.start) return problems.add(`${at}.end`, "end must be greater than start");
    if (excerpt.end > document.text.length) return problems.add(`${at}.end`, `end ${excerpt.end} is past the end of the document (${document.text.length})`);
    if (document.text.slice(excerpt.start, excerpt.end) !== excerpt.quote) {
      problems.add(`${at}.quote`, `the quote is not the document's text from ${excerpt.start} to ${excerpt.end}`);
    }
  });
}

/** Relation kind, endpoints, self relations, duplicates and linked-premise groups. */
function checkRelations(map: CruxJson, documents: Documents, problems: ProblemList): void {
  const nodeKinds = new Map(map.nodes.map((n) => [n.id, n.kind]));
  const relationIds = new Set(map.relations.map((r) => r.id));
  const seen = new Set<string>();
  const groups = new Map<string, { relation: string; target: string; path: string }>();
  map.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    const sourceKind = nodeKinds.get(r.source);
    const targetKind: EndpointKind | undefined = nodeKinds.get(r.target) ?? (relationIds.has(r.target) ? "relation" : undefined);
    if (!sourceKind) problems.add(`${at}.source`, relationIds.has(r.source) ? "a relation cannot be the source of a relation" : `no node has the id "${r.source}"`);
    if (!targetKind) problems.add(`${at}.target`, `no node or relation has the id "${r.target}"`);
    if (r.source === r.target) problems.add(`${at}.target`, "a node cannot be related to itself");
    else if (sourceKind && targetKind && !isRelationAllowed(r.relation, sourceKind, targetKind)) {
      problems.add(`${at}.relation`, `"${r.relation}" cannot go from a ${sourceKind} to a ${targetKind}`);
    }
    const key = JSON.stringify([r.source, r.target, r.relation]);
    if (seen.has(key)) problems.add(at, `the same "${r.relation}" relation from "${r.source}" to "${r.target}" appears twice`);
    seen.add(key);
    if (r.group !== null) checkGroup(r, at, groups, problems);
    checkExcerpts(documents, r.excerpts, at, problems);
  });
  checkUndercutCycles(map.relations, problems);
}

function checkGroup(r: CruxJsonRelation, at: string, groups: Map<string, { relation: string; target: string; path: string }>, problems: ProblemList): void {
  const first = groups.get(r.group!);
  if (!first) groups.set(r.group!, { relation: r.relation, target: r.target, path: at });
  else if (first.relation !== r.relation || first.target !== r.target) {
    problems.add(`${at}.group`, `linked premises of group "${r.group}" must share one relation kind and target, as ${first.path} does`);
  }
}

/** An undercut targets a relation; a chain of such targets must end at a node, never loop. */
function checkUndercutCycles(relations: CruxJsonRelation[], problems: ProblemList): void {
  const byId = new Map(relations.map((r, i) => [r.id, { r, i }]));
  const settled = new Set<string>();
  for (const start of relations) {
    const chain = new Set<string>();
    let current: CruxJsonRelation | undefined = start;
    while (current && !settled.has(current.id)) {
      if (chain.has(current.id)) {
        problems.add(`relations[${byId.get(current.id)!.i}].target`, "undercuts target each other in a loop");
        break;
      }
      chain.add(current.id);
      current = byId.get(current.target)?.r;
    }
    chain.forEach((id) => settled.add(id));
  }
}

/**
 * The one validation every import ends with: the zod shape of crux-json, then the meaning —
 * unique ids, relation endpoints that exist, relation kinds DESIGN.md allows between those endpoints,
 * no self or duplicate relations, consistent linked-premise groups, undercuts that do not loop,
 * and excerpts whose document exists and whose quote is exactly the text at their offsets.
 * Throws `invalid_map_file` with ALL problems found, each with a path.
 * @example validateCruxJson({ format: "crux-json", formatVersion: 1, map: {...}, nodes: [], relations: [{ source: "x", ... }] })
 * // throws: relations[0].source: no node has the id "x"
 */
export function validateCruxJson(raw: unknown, options: ImportOptions = {}): CruxJson {
  const limits = resolveLimits(options);
  if (isJsonObject(raw)) {
    if (Array.isArray(raw.nodes)) assertWithinCount(raw.nodes.length, limits, WHAT, "nodes", "nodes");
    if (Array.isArray(raw.relations)) assertWithinCount(raw.relations.length, limits, WHAT, "relations", "relations");
  }
  const problems = new ProblemList();
  const parsed = CruxJsonSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(formatPath(issue.path), issue.message);
    problems.throwIfAny(WHAT);
  }
  const map = parsed.data!;
  checkDuplicateIds(map, problems);
  const documents: Documents = new Map(map.documents.map((d) => [d.id, d]));
  map.nodes.forEach((node, i) => checkExcerpts(documents, node.excerpts, `nodes[${i}]`, problems));
  checkRelations(map, documents, problems);
  problems.throwIfAny(WHAT);
  return map;
}
