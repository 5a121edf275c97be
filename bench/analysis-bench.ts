/**
 * Benchmarks of the argumentation analysis (issue 5): grounded semantics on 100k and 1M arguments against a bare
 * linear pass over the same typed arrays, grounded on CSR against the same algorithm on string-keyed maps, and all
 * preferred extensions of a 1k-node map against grounded on the same map. Frameworks are seeded random, so runs
 * compare. `npm run bench` calls {@link benchAnalysis} (the `AnalysisBench` of bench/bench.ts: samples per side,
 * medians taken there); `npx tsx bench/analysis-bench.ts` runs it alone and prints the table.
 */
import { generateSyntheticMap, seededRandom } from "../server/domain/synthetic-map";
import { performance } from "node:perf_hooks";
import type { AnalysisInput, AnalysisRelation } from "../server/domain/analysis";
import { EdgeList, buildCsr } from "../server/domain/analysis/csr";
import { evaluate, prepareMap } from "../server/domain/analysis/evaluation";
import { groundedLabelling, type AttackGraph } from "../server/domain/analysis/grounded";
import { formatTable, toRow, type BenchOptions, type Measured } from "./harness";

/** Sizes measured; the smoke run (`--smoke`) uses tiny ones. */
export interface AnalysisBenchSizes {
  readonly grounded: readonly number[];
  readonly preferred: readonly number[];
  readonly whatIf: readonly number[];
}

const FULL: AnalysisBenchSizes = { grounded: [100_000, 1_000_000], preferred: [1_000], whatIf: [100_000] };
const SMOKE: AnalysisBenchSizes = { grounded: [2_000], preferred: [200], whatIf: [300] };

/** Runs every measurement, Crux and baseline alternately, and returns the samples of each. */
export async function benchAnalysis(options: BenchOptions, sizes: AnalysisBenchSizes = options.smoke ? SMOKE : FULL): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (const size of sizes.grounded) {
    const graph = randomAttackGraph(size, 2, 42);
    measured.push(measure("grounded labelling vs one linear pass over the same CSR arrays", size, options, () => groundedLabelling(graph), () => linearPass(graph)));
    if (size <= 100_000) {
      const maps = toStringMaps(graph);
      measured.push(measure("grounded on CSR vs the same algorithm on Map<string, string[]>", size, options, () => groundedLabelling(graph), () => groundedOnMaps(maps)));
    }
  }
  for (const size of sizes.preferred) {
    const prepared = prepareMap(policyLikeMap(size, 7));
    const budget = { maxSteps: 1e9, maxExtensions: 100_000 };
    measured.push(measure("all preferred extensions (64) vs grounded, same map", size, options, () => evaluate(prepared, { semantics: "preferred", budget }), () => evaluate(prepared, { semantics: "grounded" })));
  }
  for (const size of sizes.whatIf) {
    const prepared = prepareMap(syntheticInput(size));
    const claims = prepared.graph.ids.filter((_, v) => prepared.graph.isProposal[v] === 0);
    let turn = 0;
    // A different claim each run, accepted or rejected in turn, so no run repeats another's framework.
    const whatIf = () => {
      turn += 1;
      return evaluate(prepared, { assumptions: { [claims[(turn * 7919) % claims.length]!]: turn % 2 ? "accepted" : "rejected" } });
    };
    measured.push(measure("grounded what-if (one claim assumed) vs grounded as the map stands, synthetic map", size, options, whatIf, () => evaluate(prepared)));
  }
  return measured;
}

/** A synthetic map (server/domain/synthetic-map) as the analysis reads it; its relations say whether they target a relation. */
function syntheticInput(size: number): AnalysisInput {
  const map = generateSyntheticMap({ nodes: size, seed: size });
  const relationIds = new Set(map.relations.map((r) => r.id));
  return {
    nodes: map.nodes.map((n) => ({ id: n.id, kind: n.kind })),
    relations: map.relations.map((r) => ({ id: r.id, source: r.source, target: r.target, targetType: relationIds.has(r.target) ? "relation" : "node", relation: r.relation, strength: r.strength ?? null })),
  };
}

/** Warms both sides up, then samples them alternately so that machine noise falls on both alike. */
function measure(name: string, size: number, options: BenchOptions, crux: () => unknown, baseline: () => unknown): Measured {
  crux();
  baseline();
  const samples: Measured = { measure: name, size, unit: "ms", kind: "time", crux: [], baseline: [] };
  for (let run = 0; run < options.runs; run += 1) {
    samples.crux.push(timeMs(crux));
    samples.baseline.push(timeMs(baseline));
  }
  options.log(`analysis: ${name} (${size}) done`);
  return samples;
}

function timeMs(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** `size` arguments, about `degree` attacks each, mostly from later to earlier arguments (debates answer what came before). */
function randomAttackGraph(size: number, degree: number, seed: number): AttackGraph {
  const random = seededRandom(seed);
  const edges = new EdgeList();
  for (let e = 0; e < size * degree; e += 1) {
    const target = Math.floor(random() * size);
    const back = random() < 0.9;
    const source = back ? Math.min(size - 1, target + 1 + Math.floor(random() * 50)) : Math.floor(random() * size);
    if (source !== target) edges.push(source, target);
  }
  return { size, attackers: buildCsr(size, edges, true), attacked: buildCsr(size, edges, false) };
}

/** The baseline: touch every attack once, as any algorithm must. */
function linearPass(graph: AttackGraph): number {
  const { offsets, targets } = graph.attackers;
  let sum = 0;
  for (let v = 0; v < graph.size; v += 1) for (let e = offsets[v]!; e < offsets[v + 1]!; e += 1) sum += targets[e]!;
  return sum;
}

interface StringMaps {
  readonly ids: string[];
  readonly attackers: Map<string, string[]>;
  readonly attacked: Map<string, string[]>;
}

function toStringMaps(graph: AttackGraph): StringMaps {
  const ids = Array.from({ length: graph.size }, (_, v) => `node-${v}`);
  const attackers = new Map(ids.map((id) => [id, [] as string[]]));
  const attacked = new Map(ids.map((id) => [id, [] as string[]]));
  for (let v = 0; v < graph.size; v += 1) {
    for (let e = graph.attackers.offsets[v]!; e < graph.attackers.offsets[v + 1]!; e += 1) {
      attackers.get(ids[v]!)!.push(ids[graph.attackers.targets[e]!]!);
      attacked.get(ids[graph.attackers.targets[e]!]!)!.push(ids[v]!);
    }
  }
  return { ids, attackers, attacked };
}

/** The grounded algorithm of grounded.ts written the obvious way, on string-keyed maps. */
function groundedOnMaps({ ids, attackers, attacked }: StringMaps): Map<string, string> {
  const labels = new Map<string, string>();
  const pending = new Map(ids.map((id) => [id, attackers.get(id)!.length]));
  const queue = ids.filter((id) => pending.get(id) === 0);
  for (const id of queue) labels.set(id, "in");
  for (let head = 0; head < queue.length; head += 1) {
    for (const target of attacked.get(queue[head]!)!) {
      if (labels.has(target)) continue;
      labels.set(target, "out");
      for (const next of attacked.get(target)!) {
        if (labels.has(next)) continue;
        const left = pending.get(next)! - 1;
        pending.set(next, left);
        if (left === 0) {
          labels.set(next, "in");
          queue.push(next);
        }
      }
    }
  }
  return labels;
}

/**
 * A map shaped like a policy debate: proposals at the top, chains of claims supporting them, objections and replies
 * (contradicts, mostly answering what came before), six pairs of claims contradicting each other (the disputed
 * points: 2^6 preferred extensions) and one three-claim odd cycle.
 */
function policyLikeMap(size: number, seed: number): AnalysisInput {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `n${String(i).padStart(5, "0")}`, kind: i < size / 20 ? ("proposal" as const) : ("claim" as const) }));
  const relations: AnalysisRelation[] = [];
  const relate = (source: number, target: number, relation: "supports" | "contradicts"): void => {
    relations.push({ id: `r${relations.length}`, source: nodes[source]!.id, target: nodes[target]!.id, targetType: "node", relation, strength: null });
  };
  for (let i = size / 20; i < size; i += 1) {
    const earlier = Math.floor(random() * i);
    relate(i, earlier, random() < 0.6 ? "supports" : "contradicts");
  }
  for (let k = 0; k < 6; k += 1) {
    const a = size - 1 - 2 * k;
    relate(a, a - 1, "contradicts");
    relate(a - 1, a, "contradicts");
  }
  relate(size - 20, size - 21, "contradicts");
  relate(size - 21, size - 22, "contradicts");
  relate(size - 22, size - 20, "contradicts");
  return { nodes, relations };
}

if (process.argv[1]?.endsWith("analysis-bench.ts")) {
  void benchAnalysis({ smoke: process.argv.includes("--smoke"), runs: 5, log: () => undefined }).then((measured) => console.log(formatTable(measured.map(toRow))));
}
