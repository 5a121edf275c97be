import { Router } from "express";
import { ANALYSIS_ROUTES as R } from "../../contract/routes/analysis";
import { AnalysisCache, explainNode, getAcceptance, getActorView, getCruxes, getStanceMatrix, getWarnings } from "../../usecases/analysis";
import type { UseCaseContext } from "../../usecases/context";
import type { GraphCache } from "../../usecases/graph";
import { mount, sendJson, type Gate } from "../route";

export function analysisRouter(ctx: UseCaseContext, gate: Gate, graphs: GraphCache): Router {
  const router = Router();
  const cache = new AnalysisCache(graphs);
  mount(router, R.getAcceptance, gate, async ({ params, query, res }) => sendJson(res, 200, await getAcceptance(ctx, cache, params.map, query)));
  mount(router, R.explainNode, gate, async ({ params, query, res }) => {
    sendJson(res, 200, await explainNode(ctx, cache, params.map, params.node, query));
  });
  mount(router, R.getActorView, gate, async ({ params, query, res }) => {
    sendJson(res, 200, await getActorView(ctx, cache, params.map, params.actor, query));
  });
  mount(router, R.getStances, gate, async ({ params, query, res }) => sendJson(res, 200, await getStanceMatrix(ctx, cache, params.map, query)));
  mount(router, R.getCruxes, gate, async ({ params, query, res }) => sendJson(res, 200, await getCruxes(ctx, cache, params.map, query)));
  mount(router, R.getWarnings, gate, async ({ params, res }) => sendJson(res, 200, await getWarnings(ctx, cache, params.map)));
  return router;
}
