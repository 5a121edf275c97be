import type { CruxJson } from "../contract/crux-json";
import type { Anchor } from "../contract/excerpt";
import { assertQuoteMatches } from "./anchoring";
import { DomainError, isDomainError } from "./errors";
import { isRelationAllowed, type EndpointKind } from "./relation-rules";

export interface Problem {
  path: string;
  message: string;
}

/**
 * Every broken rule in a crux-json map file, each with the path of the offending value: dangling or duplicate ids,
 * relations that DESIGN.md's table forbids, self-relations, duplicates, excerpts whose quote is not the document's
 * text at their offsets. Empty when the file can be imported as it is.
 */
export function findMapFileProblems(file: CruxJson): Problem[] {
  const problems: Problem[] = [];
  const kinds = new Map<string, EndpointKind>();
  const texts = new Map(file.documents.map((d) => [d.id, d.text]));
  const seenDocuments = new Set<string>();
  file.documents.forEach((d, i) => {
    if (seenDocuments.has(d.id)) problems.push({ path: `documents[${i}].id`, message: `Duplicate document id "${d.id}".` });
    seenDocuments.add(d.id);
  });
  file.nodes.forEach((node, i) => {
    if (kinds.has(node.id)) problems.push({ path: `nodes[${i}].id`, message: `Duplicate id "${node.id}".` });
    kinds.set(node.id, node.kind);
    checkAnchors(node.excerpts, `nodes[${i}]`, texts, problems);
  });
  file.relations.forEach((r, i) => {
    if (kinds.has(r.id)) problems.push({ path: `relations[${i}].id`, message: `Duplicate id "${r.id}".` });
    kinds.set(r.id, "relation");
  });
  const seenTriples = new Set<string>();
  file.relations.forEach((r, i) => {
    const path = `relations[${i}]`;
    const source = kinds.get(r.source);
    const target = kinds.get(r.target);
    if (source === undefined || source === "relation") {
      problems.push({ path: `${path}.source`, message: `The source "${r.source}" is not a node of this map.` });
    }
    if (target === undefined) problems.push({ path: `${path}.target`, message: `The target "${r.target}" is not in this map.` });
    if (r.source === r.target || r.target === r.id) {
      problems.push({ path, message: "A relation cannot connect a node with itself or target itself." });
    } else if (source && source !== "relation" && target && !isRelationAllowed(r.relation, source, target)) {
      problems.push({ path: `${path}.relation`, message: `"${r.relation}" cannot go from a ${source} to a ${target}.` });
    }
    const triple = `${r.source}\u0000${r.target}\u0000${r.relation}`;
    if (seenTriples.has(triple)) problems.push({ path, message: `A second "${r.relation}" between the same two ends.` });
    seenTriples.add(triple);
    checkAnchors(r.excerpts, path, texts, problems);
  });
  return problems;
}

function checkAnchors(anchors: Anchor[], owner: string, texts: Map<string, string>, problems: Problem[]): void {
  anchors.forEach((anchor, j) => {
    const path = `${owner}.excerpts[${j}]`;
    const text = texts.get(anchor.documentId);
    if (text === undefined) {
      problems.push({ path: `${path}.documentId`, message: `No document "${anchor.documentId}" in this file.` });
      return;
    }
    if (anchor.orphaned) return;
    try {
      assertQuoteMatches(text, anchor);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({ path, message: error.message });
    }
  });
}

/** Throws `invalid_map_file` listing every problem, or returns when the file is sound. */
export function assertMapFileValid(file: CruxJson): void {
  const problems = findMapFileProblems(file);
  if (problems.length > 0) {
    throw new DomainError("invalid_map_file", `The map file has ${problems.length} problem(s); nothing was imported.`, {
      errors: problems,
    });
  }
}

/** The same map with every document, node and relation given a fresh id (references follow). */
export function withFreshIds(file: CruxJson, newId: () => string): CruxJson {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = newId()));
    return id;
  };
  const documentIds = new Map(file.documents.map((d) => [d.id, newId()]));
  const anchors = (list: Anchor[]) => list.map((a) => ({ ...a, documentId: documentIds.get(a.documentId) ?? a.documentId }));
  return {
    ...file,
    documents: file.documents.map((d) => ({ ...d, id: documentIds.get(d.id) as string })),
    nodes: file.nodes.map((n) => ({ ...n, id: fresh(n.id), excerpts: anchors(n.excerpts) })),
    relations: file.relations.map((r) => ({
      ...r,
      id: fresh(r.id),
      source: fresh(r.source),
      target: fresh(r.target),
      excerpts: anchors(r.excerpts),
    })),
  };
}
