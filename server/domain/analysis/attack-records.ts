import type { SupportReading } from "./analysis-input";
import type { BipolarGraph } from "./bipolar-graph";
import { deriveAttacks, type AttackKind } from "./derive-attacks";
import type { Framework, Gate } from "./framework";

/** One attack on an argument as a person reads it: who attacks, how, through which relations, and its gate if undercut. */
export interface AttackRecord {
  /** The attacking argument: a claim or proposal, or the framework's refuter (an assumption that `via` is rejected). */
  readonly source: number;
  /** The node whose stated attack the record is built from. */
  readonly via: number;
  readonly kind: AttackKind;
  readonly relations: readonly number[];
  readonly gate: Gate | null;
}

const KIND_ORDER: Record<AttackKind, number> = { contradicts: 0, supported: 1, secondary: 2, mediated: 3 };

/**
 * The attacks on each argument with their provenance, one per attacker (and gate): a stated attack is preferred to a
 * derived one, and a shorter derivation to a longer one. Only what the framework kept is listed: a gated attack is
 * left out when the same attacker also attacks unconditionally.
 */
export function collectAttackRecords(graph: BipolarGraph, framework: Framework, reading: SupportReading): Map<number, AttackRecord[]> {
  const assumptions = { forced: framework.forced, refuter: framework.refuter };
  const best = new Map<string, AttackRecord>();
  const plain = new Set<string>();
  deriveAttacks(graph, reading, (attack) => {
    if (attack.targetIsRelation) return;
    const gate = attack.gates.length === 0 ? null : framework.gateOf.get(`${attack.source}|${attack.gates.join(",")}`) ?? null;
    if (attack.gates.length > 0 && gate === null) return;
    if (gate === null) plain.add(`${attack.target}|${attack.source}`);
    const key = gate === null ? `${attack.target}|${attack.source}` : gateKey(attack.source, attack.target, attack.gates);
    const record: AttackRecord = { source: attack.source, via: attack.via, kind: attack.kind, relations: attack.path(), gate };
    const previous = best.get(key);
    if (!previous || isSimpler(record, previous)) best.set(key, record);
  }, assumptions);
  const byTarget = new Map<number, AttackRecord[]>();
  for (const [key, record] of best) {
    const target = Number(key.slice(0, key.indexOf("|")));
    if (record.gate !== null && plain.has(`${target}|${record.source}`)) continue;
    const list = byTarget.get(target) ?? [];
    list.push(record);
    byTarget.set(target, list);
  }
  for (const list of byTarget.values()) list.sort((a, b) => a.source - b.source || (a.gate?.y ?? -1) - (b.gate?.y ?? -1));
  return byTarget;
}

function gateKey(source: number, target: number, relations: readonly number[]): string {
  return `${target}|${source}|${relations.join(",")}`;
}

function isSimpler(a: AttackRecord, b: AttackRecord): boolean {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] < 0 || (a.kind === b.kind && a.relations.length < b.relations.length);
}
