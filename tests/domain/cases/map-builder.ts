import type { BriefDocument, CaseExcerpt, CaseGraph, CaseNode, CaseRelation } from "../../../server/domain/cases";
import type { NodeKind, RelationKind } from "../../../server/contract/vocabulary";

/** A map for case tests, written the way one reads it. */
export interface MapSpec {
  document: BriefDocument & { text: string };
  /** id → "kind: Title" */
  nodes: Record<string, string>;
  /** "id: source relation target [strength]"; the target may be a relation id (an undercut). */
  relations: string[];
  /** node or relation id → words quoted from the document (each must occur in it). */
  quotes?: Record<string, string[]>;
}

export interface TestMap {
  graph: CaseGraph;
  documents: BriefDocument[];
}

/** Excerpt ids are `<owner>#<n>`, so a test can name the quotes it expects. */
export function buildMap(spec: MapSpec): TestMap {
  const text = spec.document.text;
  const excerptsOf = (owner: string): CaseExcerpt[] =>
    (spec.quotes?.[owner] ?? []).map((quote, i) => {
      const start = text.indexOf(quote);
      if (start < 0) throw new Error(`"${quote}" is not in the document`);
      const end = start + quote.length;
      return { id: `${owner}#${i}`, documentId: spec.document.id, quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
    });
  const nodes: CaseNode[] = Object.entries(spec.nodes).map(([id, label]) => {
    const [kind, title] = label.split(/:\s*/, 2) as [NodeKind, string];
    return { id, kind, title, text: `${title}.`, excerpts: excerptsOf(id) };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const relations: CaseRelation[] = spec.relations.map((line) => {
    const match = /^(\S+):\s+(\S+)\s+(\S+)\s+(\S+)(?:\s+([\d.]+))?$/.exec(line);
    if (!match) throw new Error(`cannot read relation "${line}"`);
    const [, id, source, relation, target, strength] = match as unknown as [string, string, string, RelationKind, string, string | undefined];
    return {
      id: id!,
      source: source!,
      relation,
      target: target!,
      targetType: ids.has(target!) ? "node" : "relation",
      strength: strength === undefined ? null : Number(strength),
      excerpts: excerptsOf(id!),
    };
  });
  const { text: _text, ...document } = spec.document;
  return { graph: { nodes, relations }, documents: [document] };
}
