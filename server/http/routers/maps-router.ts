import { Router } from "express";
import { CORE_ROUTES as R } from "../../contract/routes/core";
import type { UseCaseContext } from "../../usecases/context";
import type { GraphCache } from "../../usecases/graph";
import { createMap, deleteMap, getMap, listMaps, updateMap } from "../../usecases/maps";
import { listRevisions } from "../../usecases/revisions";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

export function mapsRouter(ctx: UseCaseContext, gate: Gate, graphs: GraphCache): Router {
  const router = Router();
  mount(router, R.listMaps, gate, async ({ res }) => sendJson(res, 200, { maps: await listMaps(ctx) }));
  mount(router, R.createMap, gate, async ({ body, actor, res }) => {
    const map = await createMap(ctx, actor, body);
    res.location(`/api/v1/maps/${map.slug}`);
    sendJson(res, 201, map, etagOf(map.version));
  });
  mount(router, R.getMap, gate, async ({ params, res }) => {
    const map = await getMap(ctx, params.map);
    sendJson(res, 200, map, etagOf(map.version));
  });
  mount(router, R.updateMap, gate, async ({ params, body, actor, req, res }) => {
    const { expectedVersion, ...patch } = body;
    const map = await updateMap(ctx, actor, params.map, expectedVersionOf(req, expectedVersion), patch);
    sendJson(res, 200, map, etagOf(map.version));
  });
  mount(router, R.deleteMap, gate, async ({ params, actor, req, res }) => {
    await deleteMap(ctx, actor, params.map, expectedVersionOf(req));
    res.status(204).end();
  });
  mount(router, R.getGraph, gate, async ({ params, req, res }) => {
    const snapshot = await graphs.get(ctx, params.map);
    res.setHeader("ETag", snapshot.etag);
    res.setHeader("Cache-Control", "no-cache");
    if (req.get("if-none-match") === snapshot.etag) {
      res.status(304).end();
      return;
    }
    res.status(200).type("application/json").send(snapshot.body);
  });
  mount(router, R.listRevisions, gate, async ({ params, query, res }) => {
    sendJson(res, 200, { revisions: await listRevisions(ctx, params.map, query) });
  });
  return router;
}
