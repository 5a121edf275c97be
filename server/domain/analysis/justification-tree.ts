import type { AcceptanceLabelValue, ExplanationNode, ExplanationStep } from "../../contract/analysis";
import type { AttackRecord } from "./attack-records";
import type { Framework } from "./framework";
import { LABELS, labelName } from "./grounded";

const { IN, OUT } = LABELS;

/** What a justification tree is built from: a complete labelling of the framework, and the attacks on each argument. */
export interface TreeSource {
  readonly framework: Framework;
  /** IN / OUT / UNDEC per framework argument (grounded.ts constants). */
  readonly labels: Uint8Array;
  /** Grounded rounds (to list the earliest defeaters first), or null for other labellings. */
  readonly rank: Int32Array | null;
  readonly forced: Int8Array;
  readonly attacks: ReadonlyMap<number, readonly AttackRecord[]>;
}

/** Bounds on a tree: depth in nodes from the root, and total nodes. */
export interface TreeLimits {
  readonly depth: number;
  readonly maxNodes: number;
}

/**
 * A justification tree for argument `root` (Modgil & Caminada 2009 build such trees as argument games; ours lists,
 * per node, the attacks that decide its label): an accepted node lists every attack on it and why each fails, a
 * rejected node the attacks that succeed (by accepted attackers), an undecided node the attacks left unresolved.
 * Each node is expanded once; later occurrences say `truncated: "repeat"`.
 *
 * @example
 * // "b contradicts a", "c contradicts b", grounded: a accepted (defended)
 * //   └ attack from b fails (attacker-rejected) → b rejected (defeated)
 * //        └ attack from c succeeds (attacker-accepted) → c accepted (unattacked)
 */
export function buildJustificationTree(source: TreeSource, root: number, limits: TreeLimits): ExplanationNode {
  const expanded = new Set<number>();
  let budget = limits.maxNodes;
  const visit = (v: number, depth: number): ExplanationNode => {
    budget -= 1;
    const label = labelName(source.labels[v]!);
    const id = source.framework.graph.ids[v]!;
    if (source.forced[v]) return { id, label, reason: "assumed", steps: [] };
    const records = source.attacks.get(v) ?? [];
    const reason = label === "accepted" ? (records.length === 0 ? "unattacked" : "defended") : label === "rejected" ? "defeated" : "unresolved";
    const truncated = expanded.has(v) ? "repeat" : depth >= limits.depth ? "depth" : budget <= 0 ? "size" : undefined;
    if (truncated) return { id, label, reason, truncated, steps: [] };
    expanded.add(v);
    const steps = records.map((record) => describeAttack(source, record)).filter((step) => keeps(label, step.step.status));
    steps.sort((a, b) => rankOf(source, a.decider) - rankOf(source, b.decider));
    return {
      id, label, reason,
      steps: steps.map(({ step, decider }) => ({ ...step, child: budget > 0 && decider >= 0 ? visit(decider, depth + 1) : null })),
    };
  };
  return visit(root, 0);
}

function keeps(label: AcceptanceLabelValue, status: ExplanationStep["status"]): boolean {
  return label === "accepted" || (label === "rejected" ? status === "succeeds" : status === "unresolved");
}

function rankOf(source: TreeSource, v: number): number {
  return source.rank && v >= 0 ? source.rank[v]! : 0;
}

/**
 * The step for one attack, and the real argument that decides it (the attacker or an undercutter). An attack by the
 * refuter is shown as coming from the assumed-rejected node it is derived from.
 */
function describeAttack(source: TreeSource, record: AttackRecord): { step: Omit<ExplanationStep, "child">; decider: number } {
  const described = describeGatedAttack(source, record);
  if (record.source !== source.framework.refuter || described.step.because !== "attacker-accepted") return described;
  return { step: { ...described.step, from: source.framework.graph.ids[record.via]!, because: "assumed-rejected" }, decider: record.via };
}

function describeGatedAttack(source: TreeSource, record: AttackRecord): { step: Omit<ExplanationStep, "child">; decider: number } {
  const { graph } = source.framework;
  const base = {
    role: "attack" as const,
    from: graph.ids[record.source] ?? graph.ids[record.via]!,
    kind: record.kind,
    relationIds: record.relations.map((r) => graph.input.relations[r]!.id),
  };
  const attacker = source.labels[record.source]!;
  const gate = record.gate;
  const decidedByAttacker = (status: ExplanationStep["status"], because: ExplanationStep["because"]) => ({ step: { ...base, status, because, undercutBy: [] }, decider: record.source });
  if (gate === null || source.labels[gate.y] === IN || source.labels[gate.x] === IN) {
    if (attacker === IN) return decidedByAttacker("succeeds", "attacker-accepted");
    if (attacker === OUT) return decidedByAttacker("fails", "attacker-rejected");
    return decidedByAttacker("unresolved", "attacker-undecided");
  }
  const wanted = source.labels[gate.y] === OUT ? IN : 0;
  const undercutters = undercuttersOf(source, gate.y, gate.x, wanted);
  const because = wanted === IN ? "undercut" : attacker === IN ? "undercut-undecided" : "attacker-undecided";
  const status = wanted === IN ? "fails" : "unresolved";
  const decider = because === "attacker-undecided" ? record.source : undercutters[0] ?? -1;
  return { step: { ...base, status, because, undercutBy: undercutters.map((u) => graph.ids[u]!) }, decider };
}

/** Real arguments with label `wanted` that attack gate argument `y` (through nested gates, their sources). */
function undercuttersOf(source: TreeSource, y: number, x: number, wanted: number): number[] {
  const { framework, labels } = source;
  const found: number[] = [];
  for (let e = framework.attackers.offsets[y]!; e < framework.attackers.offsets[y + 1]!; e += 1) {
    const u = framework.attackers.targets[e]!;
    if (u === x || labels[u] !== wanted) continue;
    if (u < framework.realCount) found.push(u);
    else {
      const nested = framework.auxGate[u - framework.realCount]!;
      if (nested >= 0) found.push(framework.gates[nested]!.source);
    }
  }
  return [...new Set(found)].sort((a, b) => a - b);
}
