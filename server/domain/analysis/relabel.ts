import { FORCING } from "./assumptions";
import type { Framework } from "./framework";
import { LABELS } from "./grounded";
import { edgeKey } from "./pivots";

const { FORCED_IN } = FORCING;
const { IN, OUT, UNDEC } = LABELS;

/** A refuter attack that goes through undercut relations: an auxiliary argument attacked by their undercutters. */
export interface TempGate {
  readonly attackers: readonly number[];
  readonly targets: number[];
}

/**
 * What one what-if run relabels: `members` (framework arguments, marked by `isMember`, numbered by `local`) and
 * temporary gates; everything else keeps its `base` label. `flipped` holds the run's assumptions (1 accepted,
 * 2 rejected), `dropped` the edges (edgeKey) they remove, `isRefuterTarget` the arguments the refuter attacks.
 */
export interface RelabelScope {
  readonly framework: Framework;
  readonly base: Uint8Array;
  readonly flipped: Int8Array;
  readonly local: Int32Array;
  readonly members: readonly number[];
  readonly dropped: ReadonlySet<number>;
  readonly temps: readonly TempGate[];
  readonly isMember: (v: number) => boolean;
  readonly isRefuterTarget: (v: number) => boolean;
}

/**
 * The grounded labelling of the members (framework arguments, then the temporary gates) with every other argument
 * keeping its base label: an IN outsider attacking a member makes it OUT, an UNDEC one keeps it from being IN.
 */
export function relabel(scope: RelabelScope): { changed: Map<number, number>; cost: number } {
  const { members, dropped, temps, framework, base, flipped, local, isMember } = scope;
  const size = members.length + temps.length;
  const run: Relabelling = { labels: new Uint8Array(size), pending: new Int32Array(size), fixed: new Uint8Array(size), queue: [], outs: [], cost: size };
  const toTemps = new Map<number, number[]>();
  temps.forEach((temp, i) => {
    const m = members.length + i;
    for (const u of temp.attackers) {
      if (isMember(u)) toTemps.set(local[u]!, [...(toTemps.get(local[u]!) ?? []), m]); // few: gates are rare
      countAttacker(scope, run, m, u);
    }
    for (const t of temp.targets) if (isMember(t)) run.pending[local[t]!]! += 1;
  });
  const { offsets, targets } = framework.attackers;
  members.forEach((v, m) => {
    const status = flipped[v]!;
    if (status !== 0) {
      run.fixed[m] = 1;
      run.labels[m] = status === FORCED_IN ? IN : OUT;
      (status === FORCED_IN ? run.queue : run.outs).push(m);
      return;
    }
    if (scope.isRefuterTarget(v)) run.labels[m] = OUT;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      if (dropped.size === 0 || !dropped.has(edgeKey(targets[e]!, v))) countAttacker(scope, run, m, targets[e]!);
    }
  });
  for (let m = 0; m < size; m += 1) {
    if (run.labels[m] === OUT && run.fixed[m] === 0) run.outs.push(m);
    else if (run.labels[m] === UNDEC && run.pending[m] === 0 && run.fixed[m] === 0) {
      run.labels[m] = IN;
      run.queue.push(m);
    }
  }
  propagate(scope, run, toTemps);
  const changed = new Map<number, number>();
  members.forEach((v, m) => {
    if (v < framework.realCount && run.labels[m] !== base[v]) changed.set(v, run.labels[m]!);
  });
  return { changed, cost: run.cost };
}

/** Member `m` is attacked by `u`: a member counts as a threat until it is OUT; an outsider by its base label. */
function countAttacker({ isMember, base }: RelabelScope, run: Relabelling, m: number, u: number): void {
  run.cost += 1;
  if (isMember(u) || base[u] === UNDEC) run.pending[m]! += 1;
  else if (base[u] === IN) run.labels[m] = OUT;
}

/** The grounded queue over the members: IN ones make their targets OUT, OUT ones release theirs. */
function propagate(scope: RelabelScope, run: Relabelling, toTemps: ReadonlyMap<number, number[]>): void {
  const { members, dropped, temps, framework, local, isMember } = scope;
  const { offsets, targets } = framework.attacked;
  const eachTarget = (m: number, visit: (t: number) => void): void => {
    if (m >= members.length) {
      for (const t of temps[m - members.length]!.targets) if (isMember(t)) visit(local[t]!);
      return;
    }
    const v = members[m]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) {
      const t = targets[e]!;
      if (isMember(t) && (dropped.size === 0 || !dropped.has(edgeKey(v, t)))) visit(local[t]!);
    }
    for (const t of toTemps.get(m) ?? []) visit(t);
  };
  const { labels, pending, fixed, queue } = run;
  const release = (t: number): void => {
    run.cost += 1;
    if (labels[t] !== UNDEC || fixed[t] === 1) return;
    pending[t]! -= 1;
    if (pending[t] !== 0) return;
    labels[t] = IN;
    queue.push(t);
  };
  const defeat = (t: number): void => {
    run.cost += 1;
    if (labels[t] !== UNDEC || fixed[t] === 1) return;
    labels[t] = OUT;
    eachTarget(t, release);
  };
  for (const m of run.outs) eachTarget(m, release);
  for (let head = 0; head < queue.length; head += 1) eachTarget(queue[head]!, defeat);
}

/** The state of one relabelling run. */
interface Relabelling {
  readonly labels: Uint8Array;
  readonly pending: Int32Array;
  readonly fixed: Uint8Array;
  readonly queue: number[];
  readonly outs: number[];
  cost: number;
}
