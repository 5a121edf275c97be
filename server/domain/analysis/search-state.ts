import type { Residue } from "./residue";

/** Labels of the search (Modgil & Caminada 2009; Nofal et al. 2014). BLANK means not decided yet. */
export const BLANK = 0;
export const IN = 1;
export const OUT = 2;
export const MUST_OUT = 3;
export const UNDEC = 4;

/**
 * What the search is for: all preferred extensions, all stable extensions, or (inside a preferred search) whether a
 * framework has any non-empty admissible set.
 */
export type SearchMode = "preferred" | "stable" | "exists";

/**
 * The labelling under construction, with counters kept up to date on every change so that each propagation rule is
 * a constant-time test: attackers still BLANK (they could become IN) and attackers not OUT. Every change goes on a
 * trail and `undo` rolls back to a mark.
 */
export class SearchState {
  /** IN sets (local indices) of the leaves kept. */
  readonly found: Int32Array[] = [];
  private readonly labels: Uint8Array;
  private readonly blankAttackers: Int32Array;
  private readonly liveAttackers: Int32Array;
  private readonly targetStamp: Int32Array;
  private readonly trailArg: number[] = [];
  private readonly trailOld: number[] = [];
  private readonly pending: number[] = [];
  private mustOut = 0;
  private steps = 0;

  constructor(
    readonly residue: Residue,
    readonly mode: SearchMode,
  ) {
    this.labels = new Uint8Array(residue.size);
    const { offsets } = residue.attackers;
    this.blankAttackers = new Int32Array(residue.size);
    for (let v = 0; v < residue.size; v += 1) this.blankAttackers[v] = offsets[v + 1]! - offsets[v]!;
    this.liveAttackers = this.blankAttackers.slice();
    this.targetStamp = new Int32Array(residue.size).fill(-1);
    for (let v = 0; v < residue.size; v += 1) this.pending.push(v);
  }

  /** The label an argument takes when the search backtracks from making it IN. */
  get notIn(): number {
    return this.mode === "stable" ? MUST_OUT : UNDEC;
  }

  label(v: number): number {
    return this.labels[v]!;
  }

  mark(): number {
    return this.trailArg.length;
  }

  /** Steps spent since the last call (one per label change). */
  takeSteps(): number {
    const steps = this.steps;
    this.steps = 0;
    return steps;
  }

  setLabel(v: number, label: number): void {
    const old = this.labels[v]!;
    if (old === label) return;
    this.trailArg.push(v);
    this.trailOld.push(old);
    this.apply(v, old, label, true);
    this.pending.push(v);
  }

  undo(mark: number): void {
    this.pending.length = 0;
    while (this.trailArg.length > mark) {
      const v = this.trailArg.pop()!;
      this.apply(v, this.labels[v]!, this.trailOld.pop()!, false);
    }
  }

  /** Labels `v` IN, its targets OUT and its attackers MUST_OUT; false on a conflict. */
  makeIn(v: number): boolean {
    this.setLabel(v, IN);
    const { attacked, attackers } = this.residue;
    for (let e = attacked.offsets[v]!; e < attacked.offsets[v + 1]!; e += 1) {
      const t = attacked.targets[e]!;
      if (this.labels[t] === IN) return false;
      this.setLabel(t, OUT);
    }
    for (let e = attackers.offsets[v]!; e < attackers.offsets[v + 1]!; e += 1) {
      const z = attackers.targets[e]!;
      const label = this.labels[z]!;
      if (label === IN) return false;
      if (label === BLANK || label === UNDEC) this.setLabel(z, MUST_OUT);
    }
    return true;
  }

  /**
   * Applies the propagation rules until nothing changes; false when the branch is dead:
   * - a BLANK argument whose attackers are all OUT is IN (it is in every complete extension of the branch);
   * - dead when a MUST_OUT argument has no attacker left that could become IN;
   * - preferred: dead when an UNDEC argument is defended (every complete extension would hold it), or when it could
   *   join every admissible set of the branch (see {@link isAddable}), since then no leaf of the branch is maximal.
   */
  propagate(): boolean {
    while (this.pending.length > 0) {
      const t = this.pending.pop()!;
      const label = this.labels[t]!;
      if (label === MUST_OUT && this.blankAttackers[t] === 0) return this.fail();
      if (label === BLANK && this.liveAttackers[t] === 0 && !this.makeIn(t)) return this.fail();
      if (label === UNDEC && this.mode === "preferred" && (this.liveAttackers[t] === 0 || this.isAddable(t))) return this.fail();
    }
    return true;
  }

  /** True once no argument is BLANK or MUST_OUT: the IN set is admissible (stable: IN and OUT cover everything). */
  isLeaf(from: number): boolean {
    return this.mustOut === 0 && this.nextBlank(from) === this.residue.size;
  }

  /** The first position in the branching order at or after `from` whose argument is BLANK. */
  nextBlank(from: number): number {
    let p = from;
    while (p < this.residue.size && this.labels[this.residue.order[p]!] !== BLANK) p += 1;
    return p;
  }

  /** The IN arguments, in local order. */
  inSet(): Int32Array {
    const list: number[] = [];
    for (let v = 0; v < this.residue.size; v += 1) if (this.labels[v] === IN) list.push(v);
    return Int32Array.from(list);
  }

  /** The UNDEC arguments at a leaf: those neither IN nor attacked by IN (the reduct of the IN set). */
  undecided(): Uint8Array {
    return Uint8Array.from(this.labels, (label) => (label === UNDEC ? 0 : 1));
  }

  /**
   * An UNDEC argument x whose attackers and targets are all decided, none IN, and every attacker OUT or attacked by x:
   * whatever admissible set S a leaf of this branch reaches, S ∪ {x} is admissible too (x conflicts with nothing in
   * S and defends itself), so the branch holds no preferred extension.
   */
  private isAddable(x: number): boolean {
    const { attacked, attackers } = this.residue;
    for (let e = attacked.offsets[x]!; e < attacked.offsets[x + 1]!; e += 1) {
      const t = attacked.targets[e]!;
      if (t === x || this.labels[t] === BLANK || this.labels[t] === IN) return false;
      this.targetStamp[t] = x;
    }
    for (let e = attackers.offsets[x]!; e < attackers.offsets[x + 1]!; e += 1) {
      const y = attackers.targets[e]!;
      const label = this.labels[y]!;
      if (label !== OUT && (label === BLANK || label === IN || this.targetStamp[y] !== x)) return false;
    }
    return true;
  }

  private fail(): boolean {
    this.pending.length = 0;
    return false;
  }

  private apply(v: number, old: number, label: number, propagating: boolean): void {
    this.labels[v] = label;
    this.steps += 1;
    this.mustOut += (label === MUST_OUT ? 1 : 0) - (old === MUST_OUT ? 1 : 0);
    const blankDelta = (label === BLANK ? 1 : 0) - (old === BLANK ? 1 : 0);
    const liveDelta = (old === OUT ? 1 : 0) - (label === OUT ? 1 : 0);
    const { attacked, attackers } = this.residue;
    for (let e = attacked.offsets[v]!; e < attacked.offsets[v + 1]!; e += 1) {
      const t = attacked.targets[e]!;
      this.blankAttackers[t]! += blankDelta;
      this.liveAttackers[t]! += liveDelta;
      if (propagating) this.pending.push(t);
    }
    if (propagating && this.mode === "preferred") {
      for (let e = attackers.offsets[v]!; e < attackers.offsets[v + 1]!; e += 1) this.pending.push(attackers.targets[e]!);
    }
  }
}
