import type { AcceptanceLabelValue, StanceMatrix, StatedStance } from "../../server/contract/analysis";
import { nodeRef, type NodeRef } from "./analysis-explanation";
import { outgoingOf, type GraphIndex } from "./graph-index";

/** One actor's column: `committed` when it states a stance on anything in the map (so its view can differ). */
export interface StanceColumn {
  actor: NodeRef;
  committed: boolean;
  /** Proposals it states a stance on. */
  stated: number;
  /** Nodes it both endorses and opposes (left out of its assumptions). */
  conflicts: NodeRef[];
}

export interface StanceCell {
  actor: string;
  proposal: string;
  stated: StatedStance | null;
  derived: AcceptanceLabelValue;
  /** The actor's commitments change this proposal's label from the map's own. */
  differs: boolean;
  /** The cell in one sentence, for its tooltip and screen readers. */
  text: string;
}

export interface StanceRow {
  proposal: NodeRef;
  /** The proposal's label with nobody's commitments assumed (null when every actor is committed). */
  baseline: AcceptanceLabelValue | null;
  cells: StanceCell[];
}

export interface StanceTable {
  columns: StanceColumn[];
  rows: StanceRow[];
  /** Actors left out because they state no stance (their column would repeat the baseline). */
  omitted: number;
}

const STANCE_WORDS: Record<StatedStance, string> = { proposes: "proposes", endorses: "endorses", opposes: "opposes" };
const COMMITTING = new Set(["endorses", "opposes", "proposes"]);

/**
 * Stance matrix → a table with a row per proposal (titles read better down the side than across the top) and a
 * column per actor. An actor that states no stance anywhere has no assumptions, so its derived labels are the map's
 * own: the first such column becomes the `baseline` of each row and, unless `allActors`, the others are left out.
 * Rows follow the map's order of proposals; columns put the most committed actors first.
 */
export function stanceTable(matrix: StanceMatrix, index: GraphIndex, allActors = false): StanceTable {
  const ref = (id: string) => nodeRef(index, id);
  const committed = (actor: string) => outgoingOf(index, actor).some((r) => COMMITTING.has(r.relation));
  const byActor = new Map(matrix.rows.map((row) => [row.actor, row]));
  const silent = matrix.rows.find((row) => !committed(row.actor));
  const baseline = new Map(silent?.cells.map((c) => [c.proposal, c.derived]) ?? []);
  const columns: StanceColumn[] = matrix.rows
    .map((row) => ({ actor: ref(row.actor), committed: committed(row.actor), stated: row.cells.filter((c) => c.stated).length, conflicts: row.conflicts.map(ref) }))
    .filter((column) => allActors || column.committed)
    .sort((a, b) => Number(b.committed) - Number(a.committed) || b.stated - a.stated || a.actor.title.localeCompare(b.actor.title));
  const order = new Map(index.graph.nodes.map((n, i) => [n.id, i]));
  const proposals = [...matrix.proposals].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const rows = proposals.map((proposal): StanceRow => {
    const row = ref(proposal);
    const base = baseline.get(proposal) ?? null;
    const cells = columns.map(({ actor }): StanceCell => {
      const cell = byActor.get(actor.id)?.cells.find((c) => c.proposal === proposal);
      const stated = cell?.stated ?? null;
      const derived = cell?.derived ?? "undecided";
      const says = stated ? `${actor.title} ${STANCE_WORDS[stated]} it` : `${actor.title} states no stance on it`;
      return { actor: actor.id, proposal, stated, derived, differs: base !== null && derived !== base, text: `“${row.title}”: ${says}; given its commitments, the proposal is ${derived}.` };
    });
    return { proposal: row, baseline: base, cells };
  });
  return { columns, rows, omitted: matrix.rows.length - columns.length };
}
