import type { AcceptanceLabelValue } from "../../contract/analysis";
import type { AnalysisRelation } from "../analysis";
import type { NodeKind, RelationKind } from "../../contract/vocabulary";

/** An excerpt as case work reads it (the API's excerpts fit). */
export interface CaseExcerpt {
  readonly id: string;
  readonly documentId: string;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Where the quote is in its document (UTF-16 offsets, end exclusive), when known: the API's excerpts have them. */
  readonly start?: number;
  readonly end?: number;
  /** An anchor lost after its document was edited: not read out as evidence. */
  readonly orphaned?: boolean;
}

export interface CaseNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly title: string;
  readonly text: string;
  readonly excerpts: readonly CaseExcerpt[];
}

/** A relation as the analysis reads it (`target` a relation id for an undercut), with its quotes. */
export interface CaseRelation extends AnalysisRelation {
  readonly excerpts: readonly CaseExcerpt[];
}

/**
 * The map as cases read it: `GET /api/v1/maps/:map/graph` fits as is. Array order is map order (creation order),
 * the last tie-breaker of every ranking, so drafts are deterministic.
 */
export interface CaseGraph {
  readonly nodes: readonly CaseNode[];
  readonly relations: readonly CaseRelation[];
}

/**
 * What the acceptance analysis says about the map: grounded `labels` per claim and proposal, and optionally gradual
 * `strengths` in [0, 1] (DF-QuAD). Cases rank and flag with it; see case-analysis.ts for where it comes from.
 */
export interface CaseAnalysis {
  readonly labels: Readonly<Record<string, AcceptanceLabelValue>>;
  readonly strengths?: Readonly<Record<string, number>>;
}

/** The map indexed once for case work: lookups by id and incoming relations by kind, in map order. */
export interface MapIndex {
  node(id: string): CaseNode | undefined;
  relation(id: string): CaseRelation | undefined;
  /** Relations of `kind` whose target is `targetId` (a node or a relation), in map order. */
  incoming(targetId: string, kind: RelationKind): readonly CaseRelation[];
  /** Position of a relation in the map (its creation order). */
  orderOf(relationId: string): number;
  /** An excerpt of any node or relation of the map. */
  excerpt(id: string): CaseExcerpt | undefined;
}

export function indexMap(graph: CaseGraph): MapIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node] as const));
  const relations = new Map(graph.relations.map((relation) => [relation.id, relation] as const));
  const order = new Map(graph.relations.map((relation, index) => [relation.id, index] as const));
  const incoming = new Map<string, CaseRelation[]>();
  for (const relation of graph.relations) {
    const key = `${relation.relation}\u0000${relation.target}`;
    const list = incoming.get(key);
    if (list) list.push(relation);
    else incoming.set(key, [relation]);
  }
  const excerpts = new Map<string, CaseExcerpt>();
  for (const owner of [...graph.nodes, ...graph.relations]) for (const excerpt of owner.excerpts) excerpts.set(excerpt.id, excerpt);
  return {
    node: (id) => nodes.get(id),
    relation: (id) => relations.get(id),
    incoming: (targetId, kind) => incoming.get(`${kind}\u0000${targetId}`) ?? [],
    orderOf: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
    excerpt: (id) => excerpts.get(id),
  };
}

/** Claims and proposals are what a case can argue with; actors are not statements. */
export function isStatement(node: CaseNode | undefined): node is CaseNode {
  return node !== undefined && node.kind !== "actor";
}

/** The excerpts that can be read out as evidence: those whose anchor still holds. */
export function quotableExcerpts(owner: { excerpts: readonly CaseExcerpt[] }): CaseExcerpt[] {
  return owner.excerpts.filter((excerpt) => !excerpt.orphaned);
}
