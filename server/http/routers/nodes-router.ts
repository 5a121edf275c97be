import { Router } from "express";
import { CORE_ROUTES as R } from "../../contract/routes/core";
import type { UseCaseContext } from "../../usecases/context";
import { createNode, deleteNode, getNode, saveNodePositions, updateNode } from "../../usecases/nodes";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

export function nodesRouter(ctx: UseCaseContext, gate: Gate): Router {
  const router = Router();
  mount(router, R.createNode, gate, async ({ params, body, actor, res }) => {
    const node = await createNode(ctx, actor, params.map, body);
    res.location(`/api/v1/nodes/${node.id}`);
    sendJson(res, 201, node, etagOf(node.version));
  });
  mount(router, R.savePositions, gate, async ({ params, body, actor, res }) => {
    sendJson(res, 200, await saveNodePositions(ctx, actor, params.map, body));
  });
  mount(router, R.getNode, gate, async ({ params, res }) => {
    const node = await getNode(ctx, params.id);
    sendJson(res, 200, node, etagOf(node.version));
  });
  mount(router, R.updateNode, gate, async ({ params, body, actor, req, res }) => {
    const { expectedVersion, ...patch } = body;
    const node = await updateNode(ctx, actor, params.id, expectedVersionOf(req, expectedVersion), patch);
    sendJson(res, 200, node, etagOf(node.version));
  });
  mount(router, R.deleteNode, gate, async ({ params, actor, req, res }) => {
    await deleteNode(ctx, actor, params.id, expectedVersionOf(req));
    res.status(204).end();
  });
  return router;
}
