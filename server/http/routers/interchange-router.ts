import express, { Router } from "express";
import { INTERCHANGE_ROUTES as R } from "../../contract/routes/interchange";
import type { UseCaseContext } from "../../usecases/context";
import { exportMapFile, importMapFile } from "../../usecases/interchange";
import { mount, sendJson, type Gate } from "../route";

/** Upload limit a little above the formats' own 20 MB check, so that check (with its clear message) answers first. */
const IMPORT_BODY_LIMIT = "21mb";

export function interchangeRouter(ctx: UseCaseContext, gate: Gate): Router {
  const router = Router();
  mount(router, R.exportMap, gate, async ({ params, query, res }) => {
    const file = await exportMapFile(ctx, params.map, query.format);
    res.setHeader("Content-Disposition", `attachment; filename="${file.fileName}"`);
    res.status(200).type(file.contentType).send(file.body);
  });
  // Any content type: a file is text whatever its kind (JSON, XML, CSV, Argdown).
  const readFile = express.text({ type: () => true, limit: IMPORT_BODY_LIMIT });
  mount(
    router,
    R.importMap,
    gate,
    async ({ query, body, actor, res }) => {
      const result = await importMapFile(ctx, actor, query.format, body, { slug: query.slug, title: query.title });
      res.location(`/api/v1/maps/${result.map.slug}`);
      sendJson(res, 201, result);
    },
    readFile,
  );
  return router;
}
