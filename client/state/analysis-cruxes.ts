import type { AcceptanceLabelValue, CruxReport } from "../../server/contract/analysis";
import { nodeRef, type NodeRef } from "./analysis-explanation";
import type { GraphIndex } from "./graph-index";
import type { AssumedStatus, Assumptions } from "./view-state";

export interface CruxItem {
  key: string;
  assumptions: Assumptions;
  parts: { node: NodeRef; status: AssumedStatus }[];
  /** The proposal's label once the crux is assumed. */
  becomes: AcceptanceLabelValue;
}

export interface CruxGroup {
  proposal: NodeRef;
  label: AcceptanceLabelValue;
  cruxes: CruxItem[];
}

export interface CruxList {
  groups: CruxGroup[];
  /** Claims that decide the most proposals on their own, most first. */
  decisive: { node: NodeRef; proposals: number }[];
}

/**
 * Crux report → what the Cruxes table lists: per proposal (in the map's order, those with cruxes first), the one- or
 * two-claim assumptions that flip it, each part named by title; then the claims that decide most proposals alone.
 */
export function cruxList(report: CruxReport, index: GraphIndex, decisiveCount = 5): CruxList {
  const ref = (id: string) => nodeRef(index, id);
  const order = new Map(index.graph.nodes.map((n, i) => [n.id, i]));
  const groups = report.proposals
    .map((entry): CruxGroup => ({
      proposal: ref(entry.proposal),
      label: entry.label,
      cruxes: entry.cruxes.map((crux) => {
        const ids = Object.keys(crux.assumptions).sort();
        return {
          key: ids.map((id) => `${id}:${crux.assumptions[id]}`).join(","),
          assumptions: crux.assumptions,
          parts: ids.map((id) => ({ node: ref(id), status: crux.assumptions[id] as AssumedStatus })),
          becomes: crux.label,
        };
      }),
    }))
    .sort((a, b) => Number(b.cruxes.length > 0) - Number(a.cruxes.length > 0) || (order.get(a.proposal.id) ?? 0) - (order.get(b.proposal.id) ?? 0));
  const decisive = report.ranked
    .filter((r) => r.proposals > 0)
    .slice(0, decisiveCount)
    .map((r) => ({ node: ref(r.claim), proposals: r.proposals }));
  return { groups, decisive };
}
