import { Router } from "express";
import { CORE_ROUTES as R } from "../../contract/routes/core";
import type { UseCaseContext } from "../../usecases/context";
import { createDocument, deleteDocument, getDocument, listDocuments, updateDocument } from "../../usecases/documents";
import { createExcerpt, deleteExcerpt } from "../../usecases/excerpts";
import { etagOf, expectedVersionOf } from "../parse";
import { mount, sendJson, type Gate } from "../route";

/** Source documents and the excerpts anchored in them. */
export function documentsRouter(ctx: UseCaseContext, gate: Gate): Router {
  const router = Router();
  mount(router, R.listDocuments, gate, async ({ params, res }) => sendJson(res, 200, { documents: await listDocuments(ctx, params.map) }));
  mount(router, R.createDocument, gate, async ({ params, body, actor, res }) => {
    const document = await createDocument(ctx, actor, params.map, body);
    res.location(`/api/v1/documents/${document.id}`);
    sendJson(res, 201, document, etagOf(document.version));
  });
  mount(router, R.getDocument, gate, async ({ params, res }) => {
    const document = await getDocument(ctx, params.id);
    sendJson(res, 200, document, etagOf(document.version));
  });
  mount(router, R.updateDocument, gate, async ({ params, body, actor, req, res }) => {
    const { expectedVersion, ...patch } = body;
    const document = await updateDocument(ctx, actor, params.id, expectedVersionOf(req, expectedVersion), patch);
    sendJson(res, 200, document, etagOf(document.version));
  });
  mount(router, R.deleteDocument, gate, async ({ params, actor, req, res }) => {
    await deleteDocument(ctx, actor, params.id, expectedVersionOf(req));
    res.status(204).end();
  });
  mount(router, R.createExcerpt, gate, async ({ body, actor, res }) => {
    const excerpt = await createExcerpt(ctx, actor, body);
    sendJson(res, 201, excerpt, etagOf(excerpt.version));
  });
  mount(router, R.deleteExcerpt, gate, async ({ params, actor, req, res }) => {
    await deleteExcerpt(ctx, actor, params.id, expectedVersionOf(req));
    res.status(204).end();
  });
  return router;
}
