import { DomainError } from "../errors";
import type { AnalysisInput, AnalysisRelation } from "./analysis-input";
import { EdgeList, type Csr } from "./csr";

/** CSR adjacency whose every edge also carries the index (into `input.relations`) of the relation it comes from. */
export interface RelationCsr extends Csr {
  readonly relations: Int32Array;
}

/** One `contradicts` relation that targets a relation (an undercut): who undercuts, by which relation. */
export interface Undercut {
  readonly source: number;
  readonly relation: number;
}

/**
 * The map indexed once: claims and proposals (the arguments) get dense integer ids in the order of their
 * node ids, and `contradicts` / `supports` between them become typed-array adjacency.
 * Actor nodes and the relations `qualifies`, `part_of`, `concerns`, `endorses`, `opposes`, `proposes` are not
 * arguments or attacks and do not appear here (the stance and warning code reads them from the input).
 */
export interface BipolarGraph {
  readonly input: AnalysisInput;
  /** Node ids of the arguments, sorted; argument `i` is `ids[i]`. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** 1 for a proposal, 0 for a claim. */
  readonly isProposal: Uint8Array;
  /** `contradicts` between arguments: attackers of each argument, and whom each argument attacks. */
  readonly attackIn: RelationCsr;
  readonly attackOut: RelationCsr;
  /** `supports` between arguments, both directions. */
  readonly supportIn: RelationCsr;
  readonly supportOut: RelationCsr;
  /** For each relation index that some `contradicts` targets: its undercuts. */
  readonly undercuts: ReadonlyMap<number, readonly Undercut[]>;
  /** The relation index of each relation id. */
  readonly relationIndex: ReadonlyMap<string, number>;
}

/**
 * Indexes a map for analysis. Throws `validation_failed` when two nodes share an id or a relation names a node or
 * relation that is not in the input, so that a broken graph is reported rather than silently analysed.
 */
export function buildBipolarGraph(input: AnalysisInput): BipolarGraph {
  const nodeKinds = new Map(input.nodes.map((node) => [node.id, node.kind] as const));
  const ids = input.nodes.filter((node) => node.kind !== "actor").map((node) => node.id);
  ids.sort(compareIds);
  const indexOf = new Map(ids.map((id, index) => [id, index] as const));
  if (indexOf.size !== ids.length) {
    const duplicate = ids.find((id, index) => ids[index + 1] === id)!;
    throw new DomainError("validation_failed", `Two nodes share the id "${duplicate}".`, { errors: [{ path: `nodes.${duplicate}`, message: "duplicate id" }] });
  }
  const isProposal = new Uint8Array(ids.length);
  for (const node of input.nodes) if (node.kind === "proposal") isProposal[indexOf.get(node.id)!] = 1;
  const relationIndex = new Map(input.relations.map((relation, index) => [relation.id, index] as const));
  const attacks = new RelationEdges();
  const supports = new RelationEdges();
  const undercuts = new Map<number, Undercut[]>();
  input.relations.forEach((relation, index) => {
    assertEndpointsExist(relation, nodeKinds, relationIndex);
    const source = indexOf.get(relation.source);
    if (source === undefined || (relation.relation !== "contradicts" && relation.relation !== "supports")) return;
    if (relation.targetType === "relation") {
      if (relation.relation !== "contradicts") return;
      const target = relationIndex.get(relation.target)!;
      const list = undercuts.get(target) ?? [];
      list.push({ source, relation: index });
      undercuts.set(target, list);
      return;
    }
    const target = indexOf.get(relation.target);
    if (target === undefined) return;
    (relation.relation === "contradicts" ? attacks : supports).push(source, target, index);
  });
  return {
    input, ids, indexOf, isProposal, undercuts, relationIndex,
    attackIn: attacks.csr(ids.length, true),
    attackOut: attacks.csr(ids.length, false),
    supportIn: supports.csr(ids.length, true),
    supportOut: supports.csr(ids.length, false),
  };
}

/** Code-unit order of ids (not locale order), so results are the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertEndpointsExist(
  relation: AnalysisRelation,
  nodeKinds: ReadonlyMap<string, string>,
  relationIndex: ReadonlyMap<string, number>,
): void {
  const targetKnown = relation.targetType === "relation" ? relationIndex.has(relation.target) : nodeKinds.has(relation.target);
  if (nodeKinds.has(relation.source) && targetKnown) return;
  const missing = nodeKinds.has(relation.source) ? `${relation.targetType} "${relation.target}"` : `node "${relation.source}"`;
  throw new DomainError("validation_failed", `Relation "${relation.id}" refers to ${missing}, which is not in the map.`, {
    errors: [{ path: `relations.${relation.id}`, message: `unknown ${missing}` }],
  });
}

class RelationEdges {
  private readonly edges = new EdgeList();
  private readonly relations: number[] = [];

  push(source: number, target: number, relation: number): void {
    this.edges.push(source, target);
    this.relations.push(relation);
  }

  /** Like buildCsr, but keeps duplicates (two relations between the same nodes are two reasons). */
  csr(size: number, byTarget: boolean): RelationCsr {
    const keys = byTarget ? this.edges.to : this.edges.from;
    const values = byTarget ? this.edges.from : this.edges.to;
    const offsets = new Int32Array(size + 1);
    for (let e = 0; e < this.edges.length; e += 1) offsets[keys[e]! + 1]! += 1;
    for (let v = 0; v < size; v += 1) offsets[v + 1]! += offsets[v]!;
    const fill = offsets.slice(0, size);
    const targets = new Int32Array(this.edges.length);
    const relations = new Int32Array(this.edges.length);
    for (let e = 0; e < this.edges.length; e += 1) {
      const slot = fill[keys[e]!]!++;
      targets[slot] = values[e]!;
      relations[slot] = this.relations[e]!;
    }
    return { offsets, targets, relations };
  }
}
