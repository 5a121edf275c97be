import { FORCING, type Forced } from "./assumptions";
import type { BipolarGraph, RelationCsr } from "./bipolar-graph";

const { FORCED_IN, FORCED_OUT } = FORCING;

/** DF-QuAD's neutral base score: a claim nobody argues for or against ends at 0.5, "undecided". */
export const DEFAULT_BASE_SCORE = 0.5;
export const MAX_GRADUAL_ITERATIONS = 1_000;
const TOLERANCE = 1e-9;
/** Strengths within this distance of 0.5 are labelled undecided. */
const LABEL_MARGIN = 1e-9;

/** Strengths per argument (graph order), and whether the iteration settled before the cap. */
export interface GradualResult {
  readonly strengths: Float64Array;
  readonly converged: boolean;
  /** Effective weight of each relation in the last iteration (relation strength weakened by undercuts). */
  readonly weights: Float64Array;
}

/**
 * DF-QuAD (Rago, Toni, Aurisicchio & Baroni, "Discontinuity-free decision support with quantitative argumentation
 * debates", KR 2016) over the stated relations (derived attacks would count a support twice), with relation strengths
 * as edge weights as in weighted QBAFs (Potyka, "Continuous dynamical systems for weighted bipolar argumentation",
 * KR 2018). With base score τ, attackers a_i and supporters s_j:
 *   F(v_1..v_n) = 1 − Π (1 − w_i·v_i)                (aggregation; 0 when there is none)
 *   σ = τ − τ·(F_att − F_sup)     when F_att ≥ F_sup
 *   σ = τ + (1 − τ)·(F_sup − F_att) otherwise
 * so σ stays in [0, 1]. A relation's weight is its `strength` (1 when unset) times Π (1 − w_u·σ(u)) over its
 * undercutters u: an accepted undercutter of full strength cancels the relation. Assumed nodes are fixed at 1 or 0.
 * Acyclic maps settle after as many rounds as their depth; in cycles DF-QuAD may oscillate, so we iterate
 * synchronously up to {@link MAX_GRADUAL_ITERATIONS} rounds and report `converged: false` if it has not settled.
 *
 * @example
 * // "b contradicts a" (strength 1), base 0.5: σ(b) = 0.5, F_att(a) = 0.5, σ(a) = 0.5 − 0.5·0.5 = 0.25.
 */
export function gradualStrengths(graph: BipolarGraph, forced: Forced, baseScore = DEFAULT_BASE_SCORE): GradualResult {
  const size = graph.ids.length;
  const weights = new Float64Array(graph.input.relations.length);
  graph.input.relations.forEach((relation, index) => (weights[index] = relation.strength ?? 1));
  const stated = weights.slice();
  let current = new Float64Array(size);
  let next = new Float64Array(size);
  for (let v = 0; v < size; v += 1) current[v] = fixedStrength(forced[v]!, baseScore);
  for (let round = 0; round < MAX_GRADUAL_ITERATIONS; round += 1) {
    weakenUndercut(graph, stated, weights, current);
    let delta = 0;
    for (let v = 0; v < size; v += 1) {
      const value = forced[v] ? current[v]! : combine(baseScore, aggregate(graph.attackIn, v, weights, current), aggregate(graph.supportIn, v, weights, current));
      next[v] = value;
      delta = Math.max(delta, Math.abs(value - current[v]!));
    }
    [current, next] = [next, current];
    if (delta < TOLERANCE) return { strengths: current, converged: true, weights };
  }
  return { strengths: current, converged: false, weights };
}

/** The label a strength stands for: accepted above 0.5, rejected below, undecided at 0.5. */
export function labelOfStrength(strength: number): "accepted" | "rejected" | "undecided" {
  if (strength > 0.5 + LABEL_MARGIN) return "accepted";
  if (strength < 0.5 - LABEL_MARGIN) return "rejected";
  return "undecided";
}

function fixedStrength(forced: number, baseScore: number): number {
  return forced === FORCED_IN ? 1 : forced === FORCED_OUT ? 0 : baseScore;
}

function aggregate(csr: RelationCsr, v: number, weights: Float64Array, strengths: Float64Array): number {
  let product = 1;
  for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e += 1) {
    product *= 1 - weights[csr.relations[e]!]! * strengths[csr.targets[e]!]!;
  }
  return 1 - product;
}

function combine(base: number, attack: number, support: number): number {
  return attack >= support ? base - base * (attack - support) : base + (1 - base) * (support - attack);
}

/** Recomputes the weights of undercut relations from their undercutters' current strengths (undercuts may nest). */
function weakenUndercut(graph: BipolarGraph, stated: Float64Array, weights: Float64Array, strengths: Float64Array): void {
  const done = new Set<number>();
  const weigh = (relation: number, depth: number): number => {
    const undercuts = graph.undercuts.get(relation);
    if (!undercuts || done.has(relation) || depth > 8) return weights[relation]!;
    let weight = stated[relation]!;
    for (const u of undercuts) weight *= 1 - weigh(u.relation, depth + 1) * strengths[u.source]!;
    weights[relation] = weight;
    done.add(relation);
    return weight;
  };
  for (const relation of graph.undercuts.keys()) weigh(relation, 0);
}
