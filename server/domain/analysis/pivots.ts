/** A number key for the edge `from → to` (frameworks stay below 2^22 arguments, so keys stay exact). */
export function edgeKey(from: number, to: number): number {
  return from * 4_194_304 + to;
}

/**
 * Which attacks hold only through attacks on other nodes. A secondary or mediated attack is built on a stated attack
 * against some node (its `via`); assuming that node accepted or rejected drops it (see derive-attacks.ts). An edge is
 * robust when one of its derivations is built on an attack against its own target (stated and supported attacks),
 * which only an assumption on the target itself drops. What-if evaluation (flip-evaluator.ts) reads this to know which
 * edges an assumption removes without deriving everything again.
 */
export class PivotTracker {
  private readonly robust = new Set<number>();
  private readonly vias = new Map<number, Set<number>>();

  constructor(readonly enabled: boolean) {}

  note(from: number, to: number, via: number): void {
    if (!this.enabled) return;
    const key = edgeKey(from, to);
    if (via === to) {
      this.robust.add(key);
      return;
    }
    const set = this.vias.get(key) ?? new Set<number>();
    set.add(via);
    this.vias.set(key, set);
  }

  /** Whether `from → to` holds whatever is assumed about nodes other than `to` (every edge, when tracking is off). */
  isRobust(from: number, to: number): boolean {
    return !this.enabled || this.robust.has(edgeKey(from, to));
  }

  /** Edge key → the nodes whose attacks the edge is built on, for the edges that are not robust. */
  pivotOnly(): Map<number, number[]> {
    const result = new Map<number, number[]>();
    for (const [key, vias] of this.vias) if (!this.robust.has(key)) result.set(key, [...vias].sort((a, b) => a - b));
    return result;
  }
}
