import { parseAssumeParam, SemanticsSchema } from "../../server/contract/analysis";
import { assumeParam } from "../api/analysis-api";
import type { ViewState } from "./view-state";

type AnalysisView = Pick<ViewState, "semantics" | "assumptions" | "pointOfView">;

/**
 * The analysis part of a deep link: `analysis=grounded&assume=c1:rejected,c2:accepted&pov=a-russia`, `assume` in the
 * API's own format (api/analysis-api.ts; ids sorted, so one set of assumptions has one URL), `pov` the actor whose
 * point of view is shown. Unknown semantics and malformed entries are dropped rather than failing, like the rest of
 * url-state.ts; an actor the map no longer has is ignored when the map loads (state/analysis-viewpoint.ts).
 */
export function writeAnalysisParams(params: URLSearchParams, view: AnalysisView): void {
  if (view.semantics) params.set("analysis", view.semantics);
  const assume = assumeParam(view.assumptions);
  if (assume) params.set("assume", assume);
  if (view.pointOfView) params.set("pov", view.pointOfView);
}

export function readAnalysisParams(params: URLSearchParams): AnalysisView {
  const semantics = SemanticsSchema.safeParse(params.get("analysis"));
  return {
    semantics: semantics.success ? semantics.data : null,
    assumptions: parseAssumeParam(params.get("assume") ?? "").assumptions,
    pointOfView: params.get("pov")?.trim() || null,
  };
}
