import type { z } from "zod";
import {
  AcceptanceResultSchema,
  ActorViewSchema,
  CruxReportSchema,
  ExplanationSchema,
  StanceMatrixSchema,
  WarningsReportSchema,
  type AcceptanceResult,
  type ActorView,
  type CruxReport,
  type Explanation,
  type Semantics,
  type StanceMatrix,
  type WarningsReport,
} from "../../server/contract/analysis";
import { browserFetch, createParsedFetch } from "./fetch-parsed";

/** What-if assumptions as the API takes them: node id → the status forced on it. */
export type Assumptions = Readonly<Record<string, "accepted" | "rejected">>;

/** Assumptions in the API's `assume` format, ids sorted: `"c1:rejected,c2:accepted"` ("" when none). */
export function assumeParam(assumptions: Assumptions): string {
  return Object.keys(assumptions)
    .sort()
    .map((id) => `${id}:${assumptions[id]}`)
    .join(",");
}

/** The analysis routes (server/contract/routes/analysis.ts), each answer parsed with the contract's schema. */
export interface AnalysisApi {
  getAcceptance(map: string, semantics: Semantics, assumptions: Assumptions): Promise<AcceptanceResult>;
  explain(map: string, node: string, semantics: Semantics, assumptions: Assumptions): Promise<Explanation>;
  /** The map from one actor's point of view: its stated stances assumed, the what-if `assumptions` on top. */
  getActorView(map: string, actor: string, semantics: Semantics, assumptions: Assumptions): Promise<ActorView>;
  getStances(map: string, semantics: Semantics): Promise<StanceMatrix>;
  getCruxes(map: string, assumptions: Assumptions): Promise<CruxReport>;
  getWarnings(map: string): Promise<WarningsReport>;
}

export function createAnalysisApi(baseUrl = "", fetchImpl: typeof fetch = browserFetch): AnalysisApi {
  const request = createParsedFetch(baseUrl, fetchImpl);
  function get<S extends z.ZodType>(what: string, path: string, query: Record<string, string>, schema: S): Promise<z.infer<S>> {
    const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== "")).toString();
    return request(what, `${path}${search ? `?${search}` : ""}`, schema);
  }
  const map = (slug: string) => `/api/v1/maps/${encodeURIComponent(slug)}`;
  return {
    getAcceptance: (slug, semantics, assumptions) =>
      get(`work out what is accepted (${semantics})`, `${map(slug)}/acceptance`, { semantics, assume: assumeParam(assumptions) }, AcceptanceResultSchema),
    explain: (slug, node, semantics, assumptions) =>
      get("explain why", `${map(slug)}/explanations/${encodeURIComponent(node)}`, { semantics, assume: assumeParam(assumptions) }, ExplanationSchema),
    getActorView: (slug, actor, semantics, assumptions) =>
      get("work out the actor’s point of view", `${map(slug)}/actors/${encodeURIComponent(actor)}/view`, { semantics, assume: assumeParam(assumptions) }, ActorViewSchema),
    getStances: (slug, semantics) => get("work out the stance matrix", `${map(slug)}/stances`, { semantics }, StanceMatrixSchema),
    getCruxes: (slug, assumptions) => get("find the cruxes", `${map(slug)}/cruxes`, { assume: assumeParam(assumptions) }, CruxReportSchema),
    getWarnings: (slug) => get("check the map for warnings", `${map(slug)}/warnings`, {}, WarningsReportSchema),
  };
}
