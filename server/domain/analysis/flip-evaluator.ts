import type { SupportReading } from "./analysis-input";
import { FORCING } from "./assumptions";
import { createDeriver, type Deriver } from "./derive-attacks";
import type { Framework } from "./framework";
import { LABELS } from "./grounded";
import { edgeKey } from "./pivots";
import { relabel, type RelabelScope, type TempGate } from "./relabel";

const { FORCED_IN, FREE } = FORCING;
const { OUT, IN } = LABELS;

/** One more assumption: argument `node` assumed accepted (1) or rejected (2). */
export interface Flip {
  readonly node: number;
  readonly status: 1 | 2;
}

/**
 * The arguments whose grounded label changes, with the new one; every argument the assumptions reach by attacks,
 * counting attacks they would drop together with other assumptions (a superset of the changed ones); and the work it
 * took (for budgets).
 */
export interface FlipOutcome {
  readonly changed: ReadonlyMap<number, number>;
  readonly reached: readonly number[];
  readonly cost: number;
}

const NOTHING: ReadonlySet<number> = new Set();

/**
 * Grounded labels after a few more assumptions, without building the framework again. An assumption on c drops the
 * attacks on c and those built on them (the framework's `pivotOnly` edges through c) and, when c is rejected, adds
 * the attacks derived from the refuter's attack on c (what c supports is attacked, see derive-attacks.ts). Grounded
 * semantics is directional (Baroni & Giacomin, "On principle-based evaluation of extension-based argumentation
 * semantics", AIJ 171, 2007): the arguments no changed edge can reach keep their labels, so only the descendants of
 * the touched arguments are labelled again, with the others' labels fixed. A property test checks the outcome
 * against evaluating the whole map under the same assumptions.
 */
export class FlipEvaluator {
  private readonly byVia = new Map<number, number[]>();
  private readonly deriver: Deriver;
  private readonly stamp: Int32Array;
  private readonly reach: Int32Array;
  private readonly refuterMark: Int32Array;
  private readonly local: Int32Array;
  private run = 0;
  /** The assumptions of the current run: 1 or 2 for the flipped arguments, 0 elsewhere (reset after each run). */
  private readonly flipped: Int8Array;
  private refuted: { target: number; gates: readonly number[] }[] = [];

  constructor(
    private readonly framework: Framework,
    private readonly base: Uint8Array,
    reading: SupportReading,
  ) {
    for (const [key, vias] of framework.pivotOnly) {
      for (const via of vias) {
        const keys = this.byVia.get(via);
        if (keys) keys.push(key);
        else this.byVia.set(via, [key]);
      }
    }
    this.flipped = new Int8Array(framework.size);
    const isForced = (v: number): boolean => framework.forced[v] !== FREE || this.flipped[v] !== 0;
    this.deriver = createDeriver(framework.graph, reading, (attack) => {
      if (!attack.targetIsRelation && this.flipped[attack.target] === 0) this.refuted.push({ target: attack.target, gates: attack.gates });
    }, isForced);
    this.stamp = new Int32Array(framework.size);
    this.reach = new Int32Array(framework.size);
    this.refuterMark = new Int32Array(framework.size);
    this.local = new Int32Array(framework.size);
  }

  evaluate(flips: readonly Flip[]): FlipOutcome {
    this.run += 1;
    for (const flip of flips) this.flipped[flip.node] = flip.status;
    try {
      return this.evaluateFlipped(flips);
    } finally {
      for (const flip of flips) this.flipped[flip.node] = 0;
    }
  }

  private evaluateFlipped(flips: readonly Flip[]): FlipOutcome {
    const dropped = this.byVia.size === 0 ? NOTHING : new Set<number>();
    const touched = flips.map((flip) => flip.node);
    const pivotTargets: number[] = [];
    for (const flip of flips) {
      for (const key of this.byVia.get(flip.node) ?? []) {
        pivotTargets.push(key % 4_194_304);
        if (!this.framework.pivotOnly.get(key)!.every((via) => this.flipped[via] !== 0)) continue;
        (dropped as Set<number>).add(key);
        touched.push(key % 4_194_304);
      }
    }
    const { refuterTargets, temps } = this.refuterAttacks(flips);
    touched.push(...refuterTargets, ...temps.flatMap((temp) => temp.targets));
    const reached = this.reachable([...touched, ...pivotTargets]);
    const members = this.descendants(touched, dropped);
    for (const v of refuterTargets) this.refuterMark[v] = this.run;
    const scope: RelabelScope = {
      framework: this.framework, base: this.base, flipped: this.flipped, local: this.local, members, dropped, temps,
      isMember: (v) => this.isMember(v),
      isRefuterTarget: (v) => this.refuterMark[v] === this.run,
    };
    return { ...relabel(scope), reached };
  }

  /** Attacks derived from assuming the flipped nodes rejected: plain targets, and gated ones through temporary gates. */
  private refuterAttacks(flips: readonly Flip[]): { refuterTargets: number[]; temps: TempGate[] } {
    this.refuted = [];
    for (const flip of flips) if (flip.status !== FORCED_IN) this.deriver(this.framework.size, flip.node, false, -1);
    const refuterTargets: number[] = [];
    const temps = new Map<string, TempGate>();
    for (const { target, gates } of this.refuted) {
      if (gates.length === 0) {
        refuterTargets.push(target);
        continue;
      }
      const key = gates.join(",");
      const temp = temps.get(key) ?? { attackers: [...new Set(gates.flatMap((r) => this.framework.undercutAttackers.get(r) ?? []))], targets: [] };
      temp.targets.push(target);
      temps.set(key, temp);
    }
    return { refuterTargets, temps: [...temps.values()] };
  }

  /**
   * The arguments whose label may change: the touched ones and what they reach by attacks, except that an argument
   * OUT in the base labelling with an IN attacker that nothing touched reaches stays OUT, so the walk does not go
   * through it. Marks the result in `local` for this run.
   */
  private descendants(touched: readonly number[], dropped: ReadonlySet<number>): number[] {
    const { offsets, targets } = this.framework.attacked;
    const members: number[] = [];
    const add = (v: number): void => {
      if (this.stamp[v] === this.run || (this.flipped[v] === 0 && this.staysOut(v, dropped))) return;
      this.stamp[v] = this.run;
      this.local[v] = members.length;
      members.push(v);
    };
    touched.forEach(add);
    for (let head = 0; head < members.length; head += 1) {
      const v = members[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) add(targets[e]!);
    }
    return members;
  }

  /** The touched arguments and everything they reach by attacks, marked in `reach` for this run. */
  private reachable(touched: readonly number[]): number[] {
    const { offsets, targets } = this.framework.attacked;
    const reached: number[] = [];
    const reach = (v: number): void => {
      if (this.reach[v] === this.run) return;
      this.reach[v] = this.run;
      reached.push(v);
    };
    touched.forEach(reach);
    for (let head = 0; head < reached.length; head += 1) {
      const v = reached[head]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) reach(targets[e]!);
    }
    return reached;
  }

  /** OUT in the base labelling and attacked by an IN argument that no change reaches. */
  private staysOut(v: number, dropped: ReadonlySet<number>): boolean {
    if (this.base[v] !== OUT) return false;
    const { offsets, targets } = this.framework.attackers;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const u = targets[e]!;
      if (this.base[u] === IN && this.reach[u] !== this.run && (dropped.size === 0 || !dropped.has(edgeKey(u, v)))) return true;
    }
    return false;
  }

  private isMember(v: number): boolean {
    return v < this.framework.size && this.stamp[v] === this.run;
  }
}
