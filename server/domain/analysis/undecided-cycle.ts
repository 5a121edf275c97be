import type { Framework } from "./framework";
import { LABELS } from "./grounded";

const { UNDEC } = LABELS;

/**
 * A cycle of UNDEC arguments behind an UNDEC argument `v`, as node ids in attack order (each attacks the next, the
 * last attacks the first), auxiliary arguments left out. Every UNDEC argument has an UNDEC attacker (otherwise it
 * would be IN or OUT), so following attackers always ends in a cycle: the shortest one through `v` when there is one
 * (breadth-first), else the first one met upstream.
 *
 * @example
 * // "a contradicts b", "b contradicts a", "b contradicts c": for c the cycle is ["a", "b"].
 */
export function findUndecidedCycle(framework: Framework, labels: Uint8Array, v: number): string[] {
  const cycle = shortestCycleThrough(framework, labels, v) ?? upstreamCycle(framework, labels, v);
  return cycle.filter((a) => a < framework.realCount).map((a) => framework.graph.ids[a]!);
}

function undecidedAttackers(framework: Framework, labels: Uint8Array, v: number): number[] {
  const { offsets, targets } = framework.attackers;
  const found: number[] = [];
  for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) if (labels[targets[e]!] === UNDEC) found.push(targets[e]!);
  return found;
}

function shortestCycleThrough(framework: Framework, labels: Uint8Array, v: number): number[] | null {
  const parent = new Map<number, number>([[v, -1]]);
  const queue = [v];
  for (let head = 0; head < queue.length; head += 1) {
    const w = queue[head]!;
    for (const u of undecidedAttackers(framework, labels, w)) {
      if (u === v) {
        const path: number[] = [];
        for (let a = w; a !== v; a = parent.get(a)!) path.push(a);
        return [v, ...path];
      }
      if (parent.has(u)) continue;
      parent.set(u, w);
      queue.push(u);
    }
  }
  return null;
}

/** Follows the first UNDEC attacker until an argument repeats; returns the repeated stretch in attack order. */
function upstreamCycle(framework: Framework, labels: Uint8Array, v: number): number[] {
  const position = new Map<number, number>();
  const walk: number[] = [];
  let a = v;
  while (!position.has(a)) {
    position.set(a, walk.length);
    walk.push(a);
    const next = undecidedAttackers(framework, labels, a)[0];
    if (next === undefined) return [];
    a = next;
  }
  return walk.slice(position.get(a)!).reverse();
}
