import type { AttackGraph } from "../../../server/domain/analysis/grounded";

/** Subsets as bit masks over at most 20 arguments: the obvious, slow definitions the tests compare against. */
export type Mask = number;

export function attackMatrix(graph: AttackGraph): Mask[] {
  const attackersOf: Mask[] = Array.from({ length: graph.size }, () => 0);
  for (let v = 0; v < graph.size; v += 1) {
    for (let e = graph.attackers.offsets[v]!; e < graph.attackers.offsets[v + 1]!; e += 1) attackersOf[v]! |= 1 << graph.attackers.targets[e]!;
  }
  return attackersOf;
}

const has = (set: Mask, v: number): boolean => (set & (1 << v)) !== 0;

export function isConflictFree(attackersOf: Mask[], set: Mask): boolean {
  return attackersOf.every((attackers, v) => !has(set, v) || (attackers & set) === 0);
}

/** The arguments attacked by `set`. */
export function attackedBy(attackersOf: Mask[], set: Mask): Mask {
  return attackersOf.reduce((out, attackers, v) => ((attackers & set) !== 0 ? out | (1 << v) : out), 0);
}

export function defends(attackersOf: Mask[], set: Mask, v: number): boolean {
  return (attackersOf[v]! & ~attackedBy(attackersOf, set)) === 0;
}

export function isAdmissible(attackersOf: Mask[], set: Mask): boolean {
  const threats = attackersOf.reduce((acc, attackers, v) => (has(set, v) ? acc | attackers : acc), 0);
  return (threats & set) === 0 && (threats & ~attackedBy(attackersOf, set)) === 0;
}

/** Least fixed point of the characteristic function (Dung 1995). */
export function bruteGrounded(attackersOf: Mask[]): Mask {
  let set = 0;
  for (;;) {
    const next = attackersOf.reduce((acc, _, v) => (defends(attackersOf, set, v) ? acc | (1 << v) : acc), 0);
    if (next === set) return set;
    set = next;
  }
}

/** Maximal admissible sets, by enumerating every subset. */
export function brutePreferred(attackersOf: Mask[]): Mask[] {
  const admissible: Mask[] = [];
  for (let set = 0; set < 1 << attackersOf.length; set += 1) if (isAdmissible(attackersOf, set)) admissible.push(set);
  return admissible.filter((a) => !admissible.some((b) => b !== a && (a & b) === a)).sort((a, b) => a - b);
}

/** Conflict-free sets attacking every argument outside them. */
export function bruteStable(attackersOf: Mask[]): Mask[] {
  const all = (1 << attackersOf.length) - 1;
  const stable: Mask[] = [];
  for (let set = 0; set <= all; set += 1) {
    if (isConflictFree(attackersOf, set) && (set | attackedBy(attackersOf, set)) === all) stable.push(set);
  }
  return stable;
}

export function toMask(members: Iterable<number>): Mask {
  let mask = 0;
  for (const v of members) mask |= 1 << v;
  return mask;
}
