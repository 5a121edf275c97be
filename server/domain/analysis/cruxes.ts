import type { CruxReport } from "../../contract/analysis";
import type { AnalysisInput, Assumptions, SupportReading } from "./analysis-input";
import { FORCING, toForced } from "./assumptions";
import { BudgetMeter, type Budget } from "./budget";
import { buildBipolarGraph } from "./bipolar-graph";
import { FlipEvaluator, type Flip } from "./flip-evaluator";
import { buildFramework, type Framework } from "./framework";
import { groundedLabelling, labelName } from "./grounded";
import { influenceOrder } from "./influence-order";
import { mostContested, mostReliedOn } from "./prominence";

const { FREE } = FORCING;

/** Options of {@link findCruxes}. */
export interface CruxOptions {
  readonly assumptions?: Assumptions;
  readonly budget?: Budget;
  readonly support?: SupportReading;
  /** Cruxes listed per proposal (default 20). */
  readonly maxPerProposal?: number;
  /** Pairs are formed among this many single assumptions that reach each proposal, nearest claims first (default 30). */
  readonly pairCandidates?: number;
  /** Length of the ranked, contested and relied-on lists (default 20). */
  readonly limit?: number;
}

/** Assumptions (one or two flips) and the label they give a proposal. */
interface Found {
  readonly flips: readonly Flip[];
  readonly label: number;
}

/**
 * The cruxes of each proposal: the claims whose assumed acceptance or rejection changes the proposal's grounded
 * label. Every claim is tried alone, accepted and rejected (one what-if run tells the effect on every proposal), so
 * the single cruxes are exhaustive. Pairs are a best-effort list within the budget (`complete: false` when it ran
 * out): per proposal, pairs of the single assumptions that reach it by attacks without changing it, nearest claims
 * first (see influence-order.ts), at most `pairCandidates` of them — a pair whose parts do not both reach the proposal
 * leaves it as the other part alone does, except through new attacks on undercut supports, which this skips.
 * Cruxes are listed singles first, each group ranked by how many proposals its claims decide alone.
 *
 * @example
 * // "a contradicts p", "b contradicts a", proposal p (accepted): assuming a accepted or b rejected rejects p.
 */
export function findCruxes(input: AnalysisInput, options: CruxOptions = {}): CruxReport {
  const graph = buildBipolarGraph(input);
  const support = options.support ?? "general";
  const framework = buildFramework(graph, support, toForced(graph, options.assumptions));
  const base = groundedLabelling(framework).labels;
  const search: Search = { framework, base, evaluator: new FlipEvaluator(framework, base, support), meter: new BudgetMeter(options.budget), singles: new Map(), pairs: new Map(), reachers: new Map() };
  const proposals = graph.ids.map((_, v) => v).filter((v) => graph.isProposal[v] === 1);
  findSingles(search);
  const maxPerProposal = options.maxPerProposal ?? 20;
  for (const p of proposals) findPairs(search, p, nearestReachers(search, support, p, options.pairCandidates ?? 30), maxPerProposal);
  const singleCount = new Map<number, number>();
  for (const p of proposals) for (const claim of new Set(search.singles.get(p)?.map((found) => found.flips[0]!.node))) singleCount.set(claim, (singleCount.get(claim) ?? 0) + 1);
  const limit = options.limit ?? 20;
  return {
    proposals: proposals.map((p) => report(search, p, singleCount, maxPerProposal)),
    ranked: rankClaims(search, singleCount).slice(0, limit),
    contested: mostContested(graph).slice(0, limit),
    reliedOn: mostReliedOn(graph).slice(0, limit),
    complete: !search.meter.exhausted,
  };
}

interface Search {
  readonly framework: Framework;
  readonly base: Uint8Array;
  readonly evaluator: FlipEvaluator;
  readonly meter: BudgetMeter;
  /** Per proposal: the single-claim and the pair assumptions that change its label. */
  readonly singles: Map<number, Found[]>;
  readonly pairs: Map<number, Found[]>;
  /** Per proposal: the single assumptions that reach it (whether or not they change it). */
  readonly reachers: Map<number, Flip[]>;
}

function isCandidate(search: Search, v: number): boolean {
  return v < search.framework.realCount && search.framework.graph.isProposal[v] === 0 && search.framework.forced[v] === FREE;
}

function record<T>(map: Map<number, T[]>, proposal: number, found: T): void {
  const list = map.get(proposal);
  if (list) list.push(found);
  else map.set(proposal, [found]);
}

/** Tries every claim alone, accepted and rejected; one run shows which proposals change. */
function findSingles(search: Search): void {
  const { framework, evaluator, meter } = search;
  for (let claim = 0; claim < framework.realCount; claim += 1) {
    if (!isCandidate(search, claim)) continue;
    for (const status of [1, 2] as const) {
      if (!meter.spend(0)) return;
      const flip: Flip = { node: claim, status };
      const outcome = evaluator.evaluate([flip]);
      meter.spend(outcome.cost);
      for (const [v, label] of outcome.changed) if (framework.graph.isProposal[v] === 1) record(search.singles, v, { flips: [flip], label });
      for (const v of outcome.reached) if (v < framework.realCount && framework.graph.isProposal[v] === 1) record(search.reachers, v, flip);
    }
  }
}

/** The single assumptions that reach the proposal without changing it alone, nearest claims first, at most `limit`. */
function nearestReachers(search: Search, support: SupportReading, proposal: number, limit: number): Flip[] {
  const alone = new Set((search.singles.get(proposal) ?? []).map(({ flips }) => flips[0]!));
  const reachers = (search.reachers.get(proposal) ?? []).filter((flip) => !alone.has(flip));
  if (reachers.length === 0) return [];
  const rank = new Map(influenceOrder(search.framework, support, proposal).map((v, i) => [v, i] as const));
  return reachers.sort((a, b) => (rank.get(a.node) ?? Infinity) - (rank.get(b.node) ?? Infinity) || a.node - b.node || a.status - b.status).slice(0, limit);
}

/** Pairs of single assumptions on two claims, both reaching the proposal, neither changing it alone. */
function findPairs(search: Search, proposal: number, flips: readonly Flip[], maxPerProposal: number): void {
  const count = () => (search.singles.get(proposal)?.length ?? 0) + (search.pairs.get(proposal)?.length ?? 0);
  for (let i = 0; i < flips.length; i += 1) {
    for (let j = i + 1; j < flips.length; j += 1) {
      if (count() >= maxPerProposal || search.meter.exhausted) return;
      const pair = [flips[i]!, flips[j]!];
      if (pair[0]!.node === pair[1]!.node) continue;
      const outcome = search.evaluator.evaluate(pair);
      search.meter.spend(outcome.cost);
      const label = outcome.changed.get(proposal);
      if (label !== undefined && !search.meter.exhausted) record(search.pairs, proposal, { flips: pair, label });
    }
  }
}

function report(search: Search, proposal: number, singleCount: ReadonlyMap<number, number>, maxPerProposal: number) {
  const { ids } = search.framework.graph;
  const entry = ({ flips, label }: Found) => {
    const named = flips.map((flip) => [ids[flip.node]!, flip.status === 1 ? "accepted" : "rejected"] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    const score = flips.reduce((sum, flip) => sum + (singleCount.get(flip.node) ?? 0), 0);
    return { assumptions: Object.fromEntries(named), label: labelName(label), score, key: named.join(" ") };
  };
  const order = (a: { score: number; key: string }, b: { score: number; key: string }) => b.score - a.score || (a.key < b.key ? -1 : 1);
  const singles = (search.singles.get(proposal) ?? []).map(entry).sort(order);
  const pairs = (search.pairs.get(proposal) ?? []).map(entry).sort(order);
  const cruxes = [...singles, ...pairs].slice(0, maxPerProposal).map(({ assumptions, label }) => ({ assumptions, label }));
  return { proposal: ids[proposal]!, label: labelName(search.base[proposal]!), cruxes };
}

function rankClaims(search: Search, singleCount: ReadonlyMap<number, number>) {
  const cruxCount = new Map<number, number>();
  for (const found of [...search.singles.values(), ...search.pairs.values()].flat()) {
    for (const flip of found.flips) cruxCount.set(flip.node, (cruxCount.get(flip.node) ?? 0) + 1);
  }
  const { ids } = search.framework.graph;
  return [...cruxCount]
    .map(([v, cruxes]) => ({ claim: ids[v]!, proposals: singleCount.get(v) ?? 0, cruxes }))
    .sort((a, b) => b.proposals - a.proposals || b.cruxes - a.cruxes || (a.claim < b.claim ? -1 : 1));
}
