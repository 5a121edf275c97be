import { Router } from "express";
import { LIVE_ROUTES as R } from "../../contract/routes/live";
import type { UseCaseContext } from "../../usecases/context";
import { listOrphans, reanchorExcerpt } from "../../usecases/reanchor-document";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

/** Orphaned excerpts of a document, and placing an excerpt again. */
export function reanchorRouter(ctx: UseCaseContext, gate: Gate): Router {
  const router = Router();
  mount(router, R.listOrphans, gate, async ({ params, res }) => sendJson(res, 200, { orphans: await listOrphans(ctx, params.id) }));
  mount(router, R.updateExcerpt, gate, async ({ params, body, actor, req, res }) => {
    const { expectedVersion, ...anchor } = body;
    const excerpt = await reanchorExcerpt(ctx, actor, params.id, expectedVersionOf(req, expectedVersion), anchor);
    sendJson(res, 200, excerpt, etagOf(excerpt.version));
  });
  return router;
}
