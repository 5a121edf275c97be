import { parseAssumeParam, SemanticsSchema } from "../../server/contract/analysis";
import { assumeParam } from "../api/analysis-api";
import type { ViewState } from "./view-state";

/**
 * The analysis part of a deep link: `analysis=grounded&assume=c1:rejected,c2:accepted`, `assume` in the API's own
 * format (api/analysis-api.ts; ids sorted, so one set of assumptions has one URL). Unknown semantics and malformed
 * entries are dropped rather than failing, like the rest of url-state.ts.
 */
export function writeAnalysisParams(params: URLSearchParams, view: Pick<ViewState, "semantics" | "assumptions">): void {
  if (view.semantics) params.set("analysis", view.semantics);
  const assume = assumeParam(view.assumptions);
  if (assume) params.set("assume", assume);
}

export function readAnalysisParams(params: URLSearchParams): Pick<ViewState, "semantics" | "assumptions"> {
  const semantics = SemanticsSchema.safeParse(params.get("analysis"));
  return {
    semantics: semantics.success ? semantics.data : null,
    assumptions: parseAssumeParam(params.get("assume") ?? "").assumptions,
  };
}
