import { z } from "zod";
import {
  AcceptanceQuerySchema,
  AcceptanceResultSchema,
  ActorViewSchema,
  CruxQuerySchema,
  CruxReportSchema,
  ExplainQuerySchema,
  ExplanationSchema,
  StanceMatrixSchema,
  StanceQuerySchema,
  WarningsReportSchema,
} from "../analysis";
import { IdSchema } from "../vocabulary";
import { defineRoutes } from "./route-spec";

const MapParams = z.strictObject({ map: z.string().min(1).max(100) });
const ok = (schema: z.ZodType) => ({ 200: { description: "OK", schema } });

/** What survives its objections, why, from whose point of view, and where the crux lies (issue 5). */
export const ANALYSIS_ROUTES = defineRoutes({
  getAcceptance: {
    method: "get",
    path: "/api/v1/maps/{map}/acceptance",
    summary: "Acceptance of every claim and proposal under grounded, preferred, stable or gradual semantics, with what-if assumptions",
    tag: "analysis",
    params: MapParams,
    query: AcceptanceQuerySchema.strict(),
    responses: ok(AcceptanceResultSchema),
  },
  explainNode: {
    method: "get",
    path: "/api/v1/maps/{map}/explanations/{node}",
    summary: "Why a node is accepted, rejected or undecided: a justification tree",
    tag: "analysis",
    params: z.strictObject({ map: z.string().min(1).max(100), node: IdSchema }),
    query: ExplainQuerySchema.strict(),
    responses: ok(ExplanationSchema),
  },
  getActorView: {
    method: "get",
    path: "/api/v1/maps/{map}/actors/{actor}/view",
    summary: "The map from one actor's point of view: what it endorses assumed accepted, what it opposes rejected; what-if assumptions (assume) take precedence",
    tag: "analysis",
    params: z.strictObject({ map: z.string().min(1).max(100), actor: IdSchema }),
    query: AcceptanceQuerySchema.strict(),
    responses: ok(ActorViewSchema),
  },
  getStances: {
    method: "get",
    path: "/api/v1/maps/{map}/stances",
    summary: "Actors × proposals: stated stances and the stances that follow from each actor's commitments",
    tag: "analysis",
    params: MapParams,
    query: StanceQuerySchema.strict(),
    responses: ok(StanceMatrixSchema),
  },
  getCruxes: {
    method: "get",
    path: "/api/v1/maps/{map}/cruxes",
    summary: "For each proposal, the claims whose acceptance or rejection flips it; the most contested and relied-on claims",
    tag: "analysis",
    params: MapParams,
    query: CruxQuerySchema.strict(),
    responses: ok(CruxReportSchema),
  },
  getWarnings: {
    method: "get",
    path: "/api/v1/maps/{map}/warnings",
    summary: "Structural problems: contradictory endorsements, unsupported proposals, support cycles, unanchored nodes",
    tag: "analysis",
    params: MapParams,
    responses: ok(WarningsReportSchema),
  },
});
