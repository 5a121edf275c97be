import { Router } from "express";
import { CORE_ROUTES as R } from "../../contract/routes/core";
import type { UseCaseContext } from "../../usecases/context";
import { createRelation, deleteRelation, getRelation, updateRelation } from "../../usecases/relations";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

export function relationsRouter(ctx: UseCaseContext, gate: Gate): Router {
  const router = Router();
  mount(router, R.createRelation, gate, async ({ params, body, actor, res }) => {
    const relation = await createRelation(ctx, actor, params.map, body);
    res.location(`/api/v1/relations/${relation.id}`);
    sendJson(res, 201, relation, etagOf(relation.version));
  });
  mount(router, R.getRelation, gate, async ({ params, res }) => {
    const relation = await getRelation(ctx, params.id);
    sendJson(res, 200, relation, etagOf(relation.version));
  });
  mount(router, R.updateRelation, gate, async ({ params, body, actor, req, res }) => {
    const { expectedVersion, ...patch } = body;
    const relation = await updateRelation(ctx, actor, params.id, expectedVersionOf(req, expectedVersion), patch);
    sendJson(res, 200, relation, etagOf(relation.version));
  });
  mount(router, R.deleteRelation, gate, async ({ params, actor, req, res }) => {
    await deleteRelation(ctx, actor, params.id, expectedVersionOf(req));
    res.status(204).end();
  });
  return router;
}
