import type { AcceptanceResult, Semantics } from "../../contract/analysis";
import type { AnalysisInput, Assumptions, SupportReading } from "./analysis-input";
import { isUnforced, toForced, type Forced } from "./assumptions";
import { buildBipolarGraph, type BipolarGraph } from "./bipolar-graph";
import { BudgetMeter, type Budget } from "./budget";
import { buildFramework, deriveBaseAttacks, type Framework, type FrameworkAttack } from "./framework";
import { gradualStrengths, labelOfStrength, type GradualResult } from "./gradual";
import { groundedLabelling, labelName, type Labelling } from "./grounded";
import { searchExtensions } from "./labelling-search";

/** Options shared by every analysis. */
export interface AcceptanceOptions {
  readonly semantics?: Semantics;
  readonly assumptions?: Assumptions;
  readonly budget?: Budget;
  /** How supports derive attacks (default `general`); read when the map is prepared. */
  readonly support?: SupportReading;
  /** Gradual base score for every node (default 0.5, DF-QuAD's neutral value). */
  readonly baseScore?: number;
}

/** Everything one evaluation computed, kept so that explanations can read the labellings behind a result. */
export interface Evaluation {
  readonly graph: BipolarGraph;
  /** The framework built under the assumptions. */
  readonly framework: Framework;
  readonly forced: Forced;
  readonly grounded: Labelling;
  /** Preferred or stable extensions as sorted framework indices. */
  readonly extensions?: readonly Int32Array[];
  readonly gradual?: GradualResult;
  readonly result: AcceptanceResult;
}

/** Indexes the map and builds its framework once; reuse it for many evaluations of the same map. */
export interface PreparedMap {
  readonly graph: BipolarGraph;
  readonly support: SupportReading;
  /** The framework without assumptions. */
  readonly framework: Framework;
  /** Every attack with no assumptions: what-if runs filter it rather than derive again. */
  readonly attacks: readonly FrameworkAttack[];
}

export function prepareMap(input: AnalysisInput, support: SupportReading = "general"): PreparedMap {
  const graph = buildBipolarGraph(input);
  const attacks = deriveBaseAttacks(graph, support);
  return { graph, support, attacks, framework: buildFramework(graph, support, undefined, attacks) };
}

/** Evaluates a prepared map under one semantics and set of assumptions. */
export function evaluate(prepared: PreparedMap, options: AcceptanceOptions = {}): Evaluation {
  const semantics = options.semantics ?? "grounded";
  const { graph } = prepared;
  const assumptions = sortedRecord(options.assumptions ?? {});
  const forced = toForced(graph, assumptions);
  const framework = isUnforced(forced) ? prepared.framework : buildFramework(graph, prepared.support, forced, prepared.attacks);
  const grounded = groundedLabelling(framework);
  const base = { graph, framework, forced, grounded };
  if (semantics === "grounded") {
    const labels = mapReal(graph, (v) => labelName(grounded.labels[v]!));
    return { ...base, result: { semantics, labels, complete: true, assumptions } };
  }
  if (semantics === "gradual") {
    const gradual = gradualStrengths(graph, forced, options.baseScore);
    const strengths = mapReal(graph, (v) => gradual.strengths[v]!);
    const labels = mapReal(graph, (v) => labelOfStrength(gradual.strengths[v]!));
    const note = gradual.converged ? undefined : "The strengths did not settle (the map has cycles where DF-QuAD oscillates); they are those of the last round.";
    return { ...base, gradual, result: { semantics, labels, strengths, complete: gradual.converged, assumptions, ...(note ? { note } : {}) } };
  }
  const search = searchExtensions(framework, grounded.labels, semantics, new BudgetMeter(options.budget));
  const extensions = sortExtensions(search.extensions, graph.ids.length);
  const result = summariseExtensions(graph, semantics, extensions, search.complete, assumptions);
  return { ...base, extensions, result };
}

/**
 * Labels from extensions: accepted when in every one (sceptical acceptance), rejected when in none, undecided when
 * in some (credulous acceptance only). With no extension at all (only stable can have none) every node is rejected.
 */
function summariseExtensions(
  graph: BipolarGraph,
  semantics: "preferred" | "stable",
  extensions: readonly Int32Array[],
  complete: boolean,
  assumptions: Assumptions,
): AcceptanceResult {
  const realCount = graph.ids.length;
  const counts = new Int32Array(realCount);
  const named = extensions.map((extension) => {
    const real = extension.filter((v) => v < realCount);
    for (const v of real) counts[v]! += 1;
    return Array.from(real, (v) => graph.ids[v]!);
  });
  const total = extensions.length;
  const labels = mapReal(graph, (v) => (total > 0 && counts[v] === total ? "accepted" : counts[v] === 0 ? "rejected" : "undecided"));
  const result: AcceptanceResult = { semantics, labels, extensions: named, complete, assumptions };
  if (total === 0 && complete) return { ...result, note: "The map has no stable extension, so every node is in none and is labelled rejected." };
  if (!complete) return { ...result, note: `The search stopped at its budget after ${total} extension(s); labels reflect those found.` };
  return result;
}

/** Orders extensions by their claims and proposals (indices follow id order, so this is the order of id lists). */
function sortExtensions(extensions: readonly Int32Array[], realCount: number): Int32Array[] {
  const keyed = extensions.map((extension) => ({ extension, real: extension.filter((v) => v < realCount) }));
  keyed.sort((a, b) => compareLists(a.real, b.real));
  return keyed.map((entry) => entry.extension);
}

/** A record over the claims and proposals, in id order. */
export function mapReal<T>(graph: BipolarGraph, value: (v: number) => T): Record<string, T> {
  const record: Record<string, T> = {};
  graph.ids.forEach((id, v) => (record[id] = value(v)));
  return record;
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key]!;
  return sorted;
}

function compareLists(a: Int32Array, b: Int32Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
