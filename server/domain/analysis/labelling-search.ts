import type { BudgetMeter } from "./budget";
import { LABELS, type AttackGraph } from "./grounded";
import { buildResidues, type Residue } from "./residue";
import { SearchState, type SearchMode } from "./search-state";

const GROUNDED_IN = LABELS.IN;

/** The semantics found by labelling search. */
export type SearchSemantics = "preferred" | "stable";

/** Extensions as sorted arrays of framework indices (auxiliary arguments included), and whether the search finished. */
export interface SearchResult {
  readonly extensions: Int32Array[];
  readonly complete: boolean;
}

/**
 * All preferred or all stable extensions by labelling search, not by enumerating subsets: the algorithm of Modgil &
 * Caminada ("Proof theories and algorithms for abstract argumentation frameworks", in Argumentation in AI, 2009) with
 * the pruning and propagation of Nofal, Atkinson & Dunne ("Algorithms for decision problems in argument systems under
 * preferred semantics", AIJ 207, 2014). It starts from the grounded labelling and branches only on its UNDEC part:
 * - branch IN: targets become OUT, attackers MUST_OUT (they must end OUT, i.e. be attacked by an IN argument);
 *   preferred backtracks to UNDEC ("not IN here"), stable to MUST_OUT (every argument is IN or attacked);
 * - propagate and prune as described at SearchState.propagate.
 * A leaf without BLANK or MUST_OUT is admissible (stable: a stable extension). Preferred keeps a leaf's IN set S only
 * when it is maximal, which holds exactly when the reduct — the arguments neither in S nor attacked by S — has no
 * non-empty admissible set (Baumann, Brewka & Ulbricht, "Revisiting the foundations of abstract argumentation", KR
 * 2020); that is checked by a small search on the reduct. Distinct leaves have distinct IN sets, so no extension is
 * found twice and no list of found extensions needs comparing.
 * Unconnected parts of the UNDEC residue are searched one by one and their extensions combined (every combination,
 * up to the extension cap), so independent disputes cost the sum, not the product, of their searches.
 */
export function searchExtensions(
  graph: AttackGraph,
  grounded: Uint8Array,
  semantics: SearchSemantics,
  meter: BudgetMeter,
): SearchResult {
  const base: number[] = [];
  for (let v = 0; v < graph.size; v += 1) if (grounded[v] === GROUNDED_IN) base.push(v);
  const parts: number[][][] = [];
  let complete = true;
  for (const residue of buildResidues(graph, grounded)) {
    const state = new SearchState(residue, semantics);
    complete = run(state, meter) && complete;
    if (state.found.length >= meter.maxExtensions) complete = false;
    parts.push(state.found.map((found) => Array.from(found, (v) => residue.members[v]!)));
    if (state.found.length === 0) break;
  }
  const combined = combine(base, parts, meter.maxExtensions);
  return { extensions: combined.extensions, complete: complete && combined.complete };
}

/** Every union of the base with one extension per part, in order, at most `cap` of them. */
function combine(base: readonly number[], parts: readonly number[][][], cap: number): SearchResult {
  if (parts.some((part) => part.length === 0)) return { extensions: [], complete: true };
  let combos: number[][] = [[...base]];
  let complete = true;
  for (const part of parts) {
    const next: number[][] = [];
    for (const combo of combos) {
      for (const extension of part) if (next.length < cap) next.push([...combo, ...extension]);
    }
    if (next.length < combos.length * part.length) complete = false;
    combos = next;
  }
  return { extensions: combos.map((combo) => Int32Array.from(combo).sort()), complete };
}

/** Depth-first search with an explicit stack; returns false when the budget or the extension cap stopped it. */
function run(state: SearchState, meter: BudgetMeter): boolean {
  if (!state.propagate()) return true;
  const frames: { arg: number; next: number; mark: number; phase: number }[] = [];
  const enter = (from: number): void => {
    const p = state.nextBlank(from);
    if (p < state.residue.size) frames.push({ arg: state.residue.order[p]!, next: p + 1, mark: state.mark(), phase: 0 });
    else if (state.isLeaf(p)) recordLeaf(state, meter);
  };
  enter(0);
  while (frames.length > 0) {
    if (!meter.spend(state.takeSteps()) || state.found.length >= meter.maxExtensions) return false;
    if (state.mode === "exists" && state.found.length > 0) return true;
    const frame = frames[frames.length - 1]!;
    if (frame.phase === 0) {
      frame.phase = 1;
      if (state.makeIn(frame.arg) && state.propagate()) enter(frame.next);
    } else if (frame.phase === 1) {
      state.undo(frame.mark);
      frame.phase = 2;
      state.setLabel(frame.arg, state.notIn);
      if (state.propagate()) enter(frame.next);
    } else {
      state.undo(frame.mark);
      frames.pop();
    }
  }
  return !meter.exhausted;
}

function recordLeaf(state: SearchState, meter: BudgetMeter): void {
  const found = state.inSet();
  if (state.mode === "exists" ? found.length > 0 : state.mode === "stable" || !hasAdmissible(state.residue, state.undecided(), meter)) {
    state.found.push(found);
  }
}

/** Whether the arguments marked 0 in `excluded` hold a non-empty admissible set (searched part by part). */
function hasAdmissible(residue: Residue, excluded: Uint8Array, meter: BudgetMeter): boolean {
  for (const part of buildResidues(residue, excluded)) {
    const state = new SearchState(part, "exists" satisfies SearchMode);
    run(state, meter);
    if (state.found.length > 0) return true;
  }
  return false;
}

