import type { SupportReading } from "./analysis-input";
import { FORCING, type Forced } from "./assumptions";
import type { BipolarGraph } from "./bipolar-graph";
import { EdgeList, buildCsr, type Csr } from "./csr";
import { createDeriver, deriveAttacks, type DerivedAttack } from "./derive-attacks";
import { PivotTracker } from "./pivots";

const { FREE, FORCED_OUT } = FORCING;

/** An attack as the framework reads it (the path, for explanations, is left out so a derivation can be kept cheaply). */
export type FrameworkAttack = Omit<DerivedAttack, "path">;

/**
 * Every attack of a map with no assumptions, in the order deriveAttacks emits them: derived once per map version
 * (evaluation.ts keeps it in the PreparedMap) so that what-if runs filter it instead of deriving again.
 */
export function deriveBaseAttacks(graph: BipolarGraph, reading: SupportReading): FrameworkAttack[] {
  const attacks: FrameworkAttack[] = [];
  deriveAttacks(graph, reading, ({ source, target, targetIsRelation, kind, via, gates }) => attacks.push({ source, target, targetIsRelation, kind, via, gates }));
  return attacks;
}

/**
 * The attacks under assumptions, from the base derivation, emitted as deriveAttacks would emit them: an attack built
 * on a stated attack against an assumed node goes (its `via`), so does a derived attack on an assumed node, undercuts
 * stay; then the refuter's attacks on assumed-rejected nodes and what follows from them are derived afresh.
 */
function emitUnderAssumptions(graph: BipolarGraph, reading: SupportReading, base: readonly FrameworkAttack[], forced: Forced, refuter: number, sink: (attack: FrameworkAttack) => void): void {
  for (const attack of base) {
    if (attack.targetIsRelation || (forced[attack.via] === FREE && forced[attack.target] === FREE)) sink(attack);
  }
  if (refuter < 0) return;
  const derive = createDeriver(graph, reading, sink, (v) => forced[v] !== FREE);
  for (let v = 0; v < graph.ids.length; v += 1) if (forced[v] === FORCED_OUT) derive(refuter, v, false, -1);
}

/**
 * Attacks from one source that hold only while none of the relations they are built from is undercut, flattened
 * into plain attacks with auxiliary arguments (Modgil & Bench-Capon, "Metalevel argumentation", J. Logic Comput.
 * 21(6), 2011, used there for attacks on attacks): `source ⇝ x ⇝ y ⇝ target` for each target, and every
 * undercutter of one of `relations` ⇝ `y`. `x` reads "source is not accepted" (one per source), `y` reads "the
 * attacks of source through these relations succeed" (one per source and relation set, shared by all its targets).
 * In every complete labelling `y` is IN exactly when the source is IN and no undercutter is IN, so the attacks carry
 * unless an accepted argument undercuts them, and carry again when the undercutter is itself defeated. An undercut
 * that is itself undercut is another gate, whose `y` attacks this one.
 */
export interface Gate {
  readonly source: number;
  /** Relation indices whose undercuts defeat the gated attacks. */
  readonly relations: readonly number[];
  readonly x: number;
  readonly y: number;
}

/**
 * A Dung argumentation framework on integers (Dung, "On the acceptability of arguments...", AIJ 77, 1995).
 * Arguments `0 .. realCount-1` are the map's claims and proposals (`graph.ids` order); later ones are auxiliary
 * (the refuter of assumed-rejected nodes, then the `x` and `y` of gates) and never appear in results.
 */
export interface Framework {
  readonly graph: BipolarGraph;
  readonly size: number;
  readonly realCount: number;
  /** Predecessors: the attackers of each argument. */
  readonly attackers: Csr;
  /** Successors: the arguments each argument attacks. */
  readonly attacked: Csr;
  readonly gates: readonly Gate[];
  /** The unattacked auxiliary argument that attacks every assumed-rejected node, or -1 when none is assumed rejected. */
  readonly refuter: number;
  /** The assumptions the framework was built under (0 free, 1 accepted, 2 rejected per argument). */
  readonly forced: Forced;
  /** For auxiliary argument `realCount + i`: the gate it is the `y` of, or -1 (an `x`, or the refuter). */
  readonly auxGate: Int32Array;
  /** The gate of each source and relation set, keyed `source|relations` (relation indices joined by commas). */
  readonly gateOf: ReadonlyMap<string, Gate>;
  /** For each undercut relation index, the arguments that attack its gates (undercutters, or the `y` of nested gates). */
  readonly undercutAttackers: ReadonlyMap<number, readonly number[]>;
  /** Edges (by edgeKey) that hold only through attacks on the listed nodes; see pivots.ts. */
  readonly pivotOnly: ReadonlyMap<number, readonly number[]>;
}

/**
 * The framework of a map under a support reading and what-if assumptions: stated and derived attacks between claims
 * and proposals (see deriveAttacks for how assumptions change them), undercut attacks flattened through gates
 * (see {@link Gate}).
 *
 * @example
 * // "a contradicts b", "u contradicts (a contradicts b)": a ⇝ x, x ⇝ y, y ⇝ b, u ⇝ y (x, y auxiliary).
 * // Grounded: a, u IN; x OUT (a is IN); y OUT (u is IN); b IN: the undercut attack does not carry.
 */
export function buildFramework(graph: BipolarGraph, reading: SupportReading, forced: Forced = new Int8Array(graph.ids.length), base?: readonly FrameworkAttack[]): Framework {
  const realCount = graph.ids.length;
  const refuter = forced.includes(FORCED_OUT) ? realCount : -1;
  const plain = new EdgeList();
  const pivots = new PivotTracker(reading !== "none" && graph.supportOut.targets.length > 0);
  const gated = new Map<string, { attack: FrameworkAttack; vias: Set<number> }>();
  const undercutters = new Map<number, Map<string, FrameworkAttack>>();
  const add = (attack: FrameworkAttack): void => {
    const key = `${attack.source}|${attack.gates.join(",")}`;
    if (attack.targetIsRelation) {
      const list = undercutters.get(attack.target) ?? new Map<string, DerivedAttack>();
      if (!list.has(key)) list.set(key, attack);
      undercutters.set(attack.target, list);
    } else if (attack.gates.length === 0) {
      plain.push(attack.source, attack.target);
      pivots.note(attack.source, attack.target, attack.via);
    } else {
      const entry = gated.get(`${attack.target}|${key}`) ?? { attack, vias: new Set<number>() };
      entry.vias.add(attack.via);
      gated.set(`${attack.target}|${key}`, entry);
    }
  };
  if (base) emitUnderAssumptions(graph, reading, base, forced, refuter, add);
  else deriveAttacks(graph, reading, add, { forced, refuter });
  const builder = new GateBuilder(realCount + (refuter >= 0 ? 1 : 0), plain, undercutters);
  for (const { attack, vias } of withoutRobustDuplicates(gated, plain, pivots, realCount)) {
    const y = builder.gate(attack.source, attack.gates);
    plain.push(y, attack.target);
    for (const via of vias) pivots.note(y, attack.target, via);
  }
  for (const relation of undercutters.keys()) builder.attackersOf(relation);
  builder.wire();
  const size = builder.next;
  return {
    graph,
    size,
    realCount,
    attackers: buildCsr(size, plain, true),
    attacked: buildCsr(size, plain, false),
    gates: builder.gates,
    refuter,
    forced,
    auxGate: builder.auxGate(realCount),
    gateOf: builder.gateOf,
    undercutAttackers: builder.undercutAttackers,
    pivotOnly: pivots.pivotOnly(),
  };
}

/** A gated attack is redundant when the same attack also holds unconditionally, whatever else is assumed. */
function withoutRobustDuplicates<T extends { attack: FrameworkAttack }>(gated: Map<string, T>, plain: EdgeList, pivots: PivotTracker, realCount: number): T[] {
  if (gated.size === 0) return [];
  const pairs = new Set<number>();
  for (let e = 0; e < plain.length; e += 1) pairs.add(plain.from[e]! * (realCount + 1) + plain.to[e]!);
  return [...gated.values()].filter(({ attack }) => !pairs.has(attack.source * (realCount + 1) + attack.target) || !pivots.isRobust(attack.source, attack.target));
}

/** Creates gates on demand, one per source and relation set, and wires their undercutters. */
class GateBuilder {
  readonly gates: Gate[] = [];
  readonly gateOf = new Map<string, Gate>();
  readonly undercutAttackers = new Map<number, number[]>();
  private readonly notAccepted = new Map<number, number>();
  next: number;

  constructor(
    firstAux: number,
    private readonly edges: EdgeList,
    private readonly undercutters: ReadonlyMap<number, ReadonlyMap<string, FrameworkAttack>>,
  ) {
    this.next = firstAux;
  }

  /** The `y` argument of the gate for attacks from `source` through `relations`. */
  gate(source: number, relations: readonly number[]): number {
    const key = `${source}|${relations.join(",")}`;
    const existing = this.gateOf.get(key);
    if (existing) return existing.y;
    let x = this.notAccepted.get(source);
    if (x === undefined) {
      x = this.next++;
      this.notAccepted.set(source, x);
      this.edges.push(source, x);
    }
    const gate: Gate = { source, relations, x, y: this.next++ };
    this.gates.push(gate);
    this.gateOf.set(key, gate);
    this.edges.push(x, gate.y);
    return gate.y;
  }

  /**
   * Adds the undercutters' attacks on every gate, once all gates exist (undercuts can undercut each other in
   * circles, so gates are created first and wired after; gates created while wiring are wired too).
   */
  wire(): void {
    for (let i = 0; i < this.gates.length; i += 1) {
      const gate = this.gates[i]!;
      for (const relation of gate.relations) for (const attacker of this.attackersOf(relation)) this.edges.push(attacker, gate.y);
    }
  }

  /**
   * The arguments that attack every gate through `relation`: its undercutters, or the gates of undercuts that are
   * themselves undercut. Computed for every undercut relation, used or not, so that what-if runs can gate new attacks.
   */
  attackersOf(relation: number): number[] {
    const known = this.undercutAttackers.get(relation);
    if (known) return known;
    const attackers: number[] = [];
    this.undercutAttackers.set(relation, attackers);
    for (const undercut of this.undercutters.get(relation)?.values() ?? []) {
      const attacker = undercut.gates.length === 0 ? undercut.source : this.gate(undercut.source, undercut.gates);
      if (!attackers.includes(attacker)) attackers.push(attacker);
    }
    return attackers;
  }

  auxGate(realCount: number): Int32Array {
    const aux = new Int32Array(this.next - realCount).fill(-1);
    this.gates.forEach((gate, index) => (aux[gate.y - realCount] = index));
    return aux;
  }
}
