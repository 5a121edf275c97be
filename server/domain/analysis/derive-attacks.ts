import type { SupportReading } from "./analysis-input";
import { FORCING, type Forced } from "./assumptions";
import type { BipolarGraph, RelationCsr } from "./bipolar-graph";

const { FREE, FORCED_OUT } = FORCING;

/**
 * How an attack arises (Cayrol & Lagasquie-Schiex, "Bipolarity in argumentation graphs: towards a better
 * understanding", IJAR 54(7), 2013; Cohen, Gottifredi, García & Simari, "A survey of different approaches to support
 * in argumentation systems", KER 29(5), 2014). Writing `→` for supports and `⇝` for contradicts:
 * - `contradicts`: `a ⇝ b` stated in the map;
 * - `supported`: `a → … → x ⇝ b` (a supports, possibly through a chain, something that attacks b);
 * - `secondary`: `a ⇝ x → … → b` (a attacks something that supports, possibly through a chain, b);
 * - `mediated`: `a ⇝ x` and `b → … → x` (a attacks something that b supports).
 */
export type AttackKind = "contradicts" | "supported" | "secondary" | "mediated";

/** One attack, stated or derived. When `targetIsRelation`, `target` is a relation index (an undercut). */
export interface DerivedAttack {
  readonly source: number;
  readonly target: number;
  readonly targetIsRelation: boolean;
  readonly kind: AttackKind;
  /** The node whose stated attack this one is built from (the target for stated and supported attacks), or -1 for undercuts. */
  readonly via: number;
  /** Sorted indices of the undercut relations the attack is built from: it fails when one of them is undercut. */
  readonly gates: readonly number[];
  /** The relation indices the attack is built from, in reading order (computed on demand). */
  readonly path: () => number[];
}

/**
 * What-if assumptions as the derivation sees them: per argument 0 free, 1 assumed accepted, 2 assumed rejected, and
 * the index of the auxiliary argument that attacks every assumed-rejected one.
 */
export interface DerivationAssumptions {
  readonly forced: Forced;
  readonly refuter: number;
}

/**
 * Emits every attack of the map under a support reading, stated ones first.
 * - `general` (Cayrol & Lagasquie-Schiex, "On the acceptability of arguments in bipolar argumentation frameworks",
 *   ECSQARU 2005, their "supported" and "indirect" defeats, later named supported and secondary attacks):
 *   stated, supported and secondary attacks.
 * - `deductive` (Boella, Gabbay, van der Torre & Villata, COMMA 2010; Cayrol & Lagasquie-Schiex 2013): stated,
 *   supported and mediated attacks — if a is accepted so is what it supports, so attacking that attacks a.
 * - `none`: stated attacks only.
 * Chains are not composed beyond these patterns (no `a → x ⇝ y → b`), as in the cited definitions.
 * A `contradicts` aimed at a relation (an undercut) is emitted with `targetIsRelation`; its supporters undercut too
 * (a supported undercut: a reason for an undercutter is a reason the undercut relation does not carry).
 * Assumptions settle nodes before anything is derived: stated attacks on an assumed node are dropped, and so is every
 * attack derived from them; each assumed-rejected node gets a stated attack from the unattacked `refuter`, from which
 * attacks are derived like from any other (so, under `general`, what it supports is attacked too: secondary attacks).
 *
 * @example
 * // "a supports b", "b contradicts c", "d contradicts a" under `general` emits:
 * //   b ⇝ c and d ⇝ a (contradicts), a ⇝ c (supported: a → b ⇝ c), d ⇝ b (secondary: d ⇝ a → b).
 * // Under `deductive` the last is replaced by nothing (nobody supports a), and "e supports c" would add
 * // b ⇝ e (mediated: b ⇝ c and e → c).
 */
export function deriveAttacks(
  graph: BipolarGraph,
  reading: SupportReading,
  sink: (attack: DerivedAttack) => void,
  assumptions: DerivationAssumptions | null = null,
): void {
  const isForced = (v: number): boolean => assumptions !== null && assumptions.forced[v] !== FREE;
  const stated = createDeriver(graph, reading, sink, isForced);
  const { attackOut } = graph;
  for (let s = 0; s < graph.ids.length; s += 1) {
    for (let e = attackOut.offsets[s]!; e < attackOut.offsets[s + 1]!; e += 1) {
      if (!isForced(attackOut.targets[e]!)) stated(s, attackOut.targets[e]!, false, attackOut.relations[e]!);
    }
  }
  const undercut = [...graph.undercuts.keys()].sort((a, b) => a - b);
  for (const target of undercut) for (const u of graph.undercuts.get(target)!) stated(u.source, target, true, u.relation);
  if (assumptions === null) return;
  for (let v = 0; v < graph.ids.length; v += 1) if (assumptions.forced[v] === FORCED_OUT) stated(assumptions.refuter, v, false, -1);
}

/** Emits one stated attack (`relation` -1 for a refuter's attack) and every attack derived from it. */
export type Deriver = (source: number, target: number, targetIsRelation: boolean, relation: number) => void;

/** A {@link Deriver} for the reading; derived attacks on arguments for which `isForced` holds are not emitted. */
export function createDeriver(graph: BipolarGraph, reading: SupportReading, sink: (attack: DerivedAttack) => void, isForced: (v: number) => boolean): Deriver {
  const walker = new SupportWalker(graph);
  return (source, target, targetIsRelation, relation) => {
    const own = relation >= 0 ? [relation] : [];
    const gates = relation >= 0 && walker.isGated(relation) ? own : [];
    const via = targetIsRelation ? -1 : target;
    sink({ source, target, targetIsRelation, kind: "contradicts", via, gates, path: () => own });
    if (reading === "none") return;
    if (source < graph.ids.length) {
      walker.walk(graph.supportIn, source, gates, (a, g, path) =>
        sink({ source: a, target, targetIsRelation, kind: "supported", via, gates: g, path: () => [...path().reverse(), ...own] }),
      );
    }
    if (targetIsRelation) return;
    const kind = reading === "general" ? "secondary" : "mediated";
    walker.walk(reading === "general" ? graph.supportOut : graph.supportIn, target, gates, (x, g, path) => {
      if (!isForced(x)) sink({ source, target: x, targetIsRelation, kind, via, gates: g, path: () => [...own, ...(kind === "mediated" ? path().reverse() : path())] });
    });
  };
}

type Visit = (node: number, gates: readonly number[], path: () => number[]) => void;

/** Breadth-first walks along supports that remember which undercut relations each path goes through. */
class SupportWalker {
  private readonly stamp: Int32Array;
  private walkId = 0;

  constructor(private readonly graph: BipolarGraph) {
    this.stamp = new Int32Array(graph.ids.length);
  }

  isGated(relation: number): boolean {
    return this.graph.undercuts.has(relation);
  }

  /** Visits every node reachable from `start` by one or more supports in `csr`, once per distinct gate set. */
  walk(csr: RelationCsr, start: number, startGates: readonly number[], visit: Visit): void {
    if (csr.offsets[start] === csr.offsets[start + 1]) return;
    this.walkId += 1;
    const nodes = [start];
    const gates = [startGates];
    const parents = [-1];
    const via = [-1];
    const seen: { keys?: Set<string> } = {};
    for (let head = 0; head < nodes.length; head += 1) {
      const node = nodes[head]!;
      for (let e = csr.offsets[node]!; e < csr.offsets[node + 1]!; e += 1) {
        const next = csr.targets[e]!;
        const relation = csr.relations[e]!;
        const g = this.isGated(relation) ? mergeSorted(gates[head]!, relation) : gates[head]!;
        if (!this.firstVisit(next, g, seen)) continue;
        nodes.push(next);
        gates.push(g);
        parents.push(head);
        via.push(relation);
        const state = nodes.length - 1;
        visit(next, g, () => pathTo(state, parents, via));
      }
    }
  }

  private firstVisit(node: number, gates: readonly number[], seen: { keys?: Set<string> }): boolean {
    if (gates.length === 0) {
      if (this.stamp[node] === this.walkId) return false;
      this.stamp[node] = this.walkId;
      return true;
    }
    const key = `${node}|${gates.join(",")}`;
    seen.keys ??= new Set();
    if (seen.keys.has(key)) return false;
    seen.keys.add(key);
    return true;
  }
}

function mergeSorted(gates: readonly number[], relation: number): readonly number[] {
  if (gates.includes(relation)) return gates;
  return [...gates, relation].sort((a, b) => a - b);
}

/** The relations from the start of a walk to `state`, nearest to the start first. */
function pathTo(state: number, parents: readonly number[], via: readonly number[]): number[] {
  const path: number[] = [];
  for (let s = state; parents[s]! >= 0; s = parents[s]!) path.push(via[s]!);
  return path.reverse();
}
