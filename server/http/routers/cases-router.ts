import { Router } from "express";
import { CASE_ROUTES as R } from "../../contract/routes/cases";
import { createCase, deleteCase, getCase, getCaseBrief, listCases, updateCase } from "../../usecases/cases";
import type { UseCaseContext } from "../../usecases/context";
import type { GraphCache } from "../../usecases/graph";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

export function casesRouter(ctx: UseCaseContext, gate: Gate, graphs: GraphCache): Router {
  const router = Router();
  mount(router, R.listCases, gate, async ({ params, res }) => sendJson(res, 200, { cases: await listCases(ctx, graphs, params.map) }));
  mount(router, R.createCase, gate, async ({ params, body, actor, res }) => {
    const created = await createCase(ctx, actor, params.map, body);
    res.location(`/api/v1/cases/${created.id}`);
    sendJson(res, 201, created, etagOf(created.version));
  });
  mount(router, R.getCase, gate, async ({ params, res }) => {
    const found = await getCase(ctx, graphs, params.id);
    // The ETag is the case's version (for If-Match), but the weak points follow the map: never answer from a cache (a
    // revalidation would get 304 and the weak points of an older map).
    res.setHeader("Cache-Control", "no-store");
    sendJson(res, 200, found, etagOf(found.version));
  });
  mount(router, R.updateCase, gate, async ({ params, body, actor, req, res }) => {
    const { expectedVersion, ...patch } = body;
    const updated = await updateCase(ctx, actor, params.id, expectedVersionOf(req, expectedVersion), patch);
    sendJson(res, 200, updated, etagOf(updated.version));
  });
  mount(router, R.deleteCase, gate, async ({ params, actor, req, res }) => {
    await deleteCase(ctx, actor, params.id, expectedVersionOf(req));
    res.status(204).end();
  });
  mount(router, R.getCaseBrief, gate, async ({ params, query, res }) => {
    const file = await getCaseBrief(ctx, graphs, params.id, query);
    const disposition = query.format === "html" ? "inline" : "attachment";
    res.setHeader("Content-Disposition", `${disposition}; filename="${file.fileName}"`);
    res.setHeader("Cache-Control", "no-cache");
    res.status(200).type(file.mediaType).send(file.body);
  });
  return router;
}
