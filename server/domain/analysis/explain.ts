import type { Explanation, ExplanationNode } from "../../contract/analysis";
import { DomainError } from "../errors";
import type { AnalysisInput } from "./analysis-input";
import { collectAttackRecords } from "./attack-records";
import { evaluate, prepareMap, type AcceptanceOptions, type Evaluation } from "./evaluation";
import { buildGradualTree } from "./gradual-tree";
import { LABELS } from "./grounded";
import { buildJustificationTree, type TreeLimits } from "./justification-tree";
import { findUndecidedCycle } from "./undecided-cycle";

const { IN, OUT, UNDEC } = LABELS;

/** Options of {@link explain}: those of an acceptance query, plus bounds on the tree. */
export interface ExplainOptions extends AcceptanceOptions {
  /** Levels of the tree below the node (default 4). */
  readonly depth?: number;
  /** Total nodes in the tree (default 200). */
  readonly maxNodes?: number;
}

/**
 * Why a claim or proposal has its label under a semantics, as a tree a person can follow: for a rejected node, the
 * accepted attackers that defeat it (and why they are accepted); for an accepted node, each attack on it and how it
 * fails (the attacker is rejected, or an accepted node undercuts it); for an undecided node, the unresolved attacks
 * and a cycle of undecided nodes it depends on. Preferred and stable explain one witness extension (see
 * ExplanationSchema); gradual lists attackers and supporters with their strengths.
 * Throws `not_found` when the id is not a claim or proposal of the map.
 *
 * @example
 * explain(map, "b", { semantics: "grounded" }).summary; // '"b" is rejected: it is defeated by accepted "c".'
 * // (nodes are named by their titles when the input has them, else by id)
 */
export function explain(input: AnalysisInput, nodeId: string, options: ExplainOptions = {}): Explanation {
  const prepared = prepareMap(input, options.support);
  const v = prepared.graph.indexOf.get(nodeId);
  if (v === undefined) throw new DomainError("not_found", `No claim or proposal has the id "${nodeId}".`);
  const evaluation = evaluate(prepared, options);
  const titles = new Map(input.nodes.map((n) => [n.id, n.title ?? n.id]));
  const name = (id: string) => `"${titles.get(id) ?? id}"`;
  const limits: TreeLimits = { depth: options.depth ?? 4, maxNodes: options.maxNodes ?? 200 };
  const { result } = evaluation;
  const label = result.labels[nodeId]!;
  const base = { node: nodeId, semantics: result.semantics, label, complete: result.complete };
  if (evaluation.gradual) {
    const tree = buildGradualTree(evaluation.graph, evaluation.gradual, evaluation.forced, v, limits);
    const summary = `${name(nodeId)} has strength ${tree.strength!.toFixed(2)} (${label}) from its base score, attackers and supporters.`;
    return { ...base, summary, witness: null, cycle: [], tree };
  }
  const { labels, rank, witness } = witnessLabelling(evaluation, v);
  const attacks = collectAttackRecords(evaluation.graph, evaluation.framework, options.support ?? "general");
  const tree = buildJustificationTree({ framework: evaluation.framework, labels, rank, forced: evaluation.forced, attacks }, v, limits);
  const cycle = labels[v] === UNDEC ? findUndecidedCycle(evaluation.framework, labels, v) : [];
  const extensionCount = evaluation.extensions?.length;
  const summary = summarise(tree, label, cycle, extensionCount === undefined ? null : { witness, count: extensionCount, semantics: result.semantics }, name);
  return { ...base, summary, witness, ...(extensionCount === undefined ? {} : { extensionCount }), cycle, tree };
}

/** The labelling to explain: grounded, or the complete labelling of a witness extension. */
function witnessLabelling(evaluation: Evaluation, v: number): { labels: Uint8Array; rank: Int32Array | null; witness: number | null } {
  const { extensions, framework, grounded } = evaluation;
  if (!extensions) return { labels: grounded.labels, rank: grounded.rank, witness: null };
  if (extensions.length === 0) return { labels: grounded.labels, rank: grounded.rank, witness: null };
  const holding = extensions.findIndex((extension) => extension.includes(v));
  const witness = holding >= 0 ? holding : 0;
  const labels = new Uint8Array(framework.size);
  for (const a of extensions[witness]!) labels[a] = IN;
  for (const a of extensions[witness]!) {
    for (let e = framework.attacked.offsets[a]!; e < framework.attacked.offsets[a + 1]!; e += 1) labels[framework.attacked.targets[e]!] = OUT;
  }
  return { labels, rank: null, witness };
}

function summarise(
  tree: ExplanationNode,
  label: string,
  cycle: readonly string[],
  extensions: { witness: number | null; count: number; semantics: string } | null,
  name: (id: string) => string,
): string {
  const quoted = (ids: readonly string[]): string => ids.map(name).join(", ");
  let why: string;
  if (tree.reason === "assumed") why = `it is assumed ${tree.label}`;
  else if (tree.reason === "unattacked") why = "nothing attacks it";
  else if (tree.reason === "defended") why = `each of its ${tree.steps.length} attack(s) fails`;
  else if (tree.reason === "defeated") why = `it is defeated by accepted ${quoted(tree.steps.map((step) => step.from))}`;
  else if (cycle.length > 0) why = `it depends on the unresolved cycle ${cycle.map(name).join(" → ")} → ${name(cycle[0]!)}`;
  else why = `its attackers ${quoted(tree.steps.map((step) => step.from))} are unresolved`;
  if (!extensions) return `${name(tree.id)} is ${label}: ${why}.`;
  if (extensions.count === 0) return `${name(tree.id)} is ${label}: the map has no ${extensions.semantics} extension.`;
  const where = `extension ${extensions.witness! + 1} of ${extensions.count}`;
  return `${name(tree.id)} is ${label} under ${extensions.semantics} semantics; in ${where} it is ${tree.label}: ${why}.`;
}
