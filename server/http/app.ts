import express, { type Express } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { API_ROUTES } from "../contract/routes";
import { buildOpenApiDocument } from "../contract/openapi";
import type { UseCaseContext } from "../usecases/context";
import { GraphCache } from "../usecases/graph";
import { checkHealth } from "../usecases/health";
import { API_DOCS_INIT, apiDocsPage, swaggerAssetsDir } from "./api-docs";
import { problemMapper, sendProblem } from "./problem";
import { authGate, type AuthOptions } from "./auth-gate";
import type { Gate } from "./route";
import { accountsRouter } from "./routers/accounts-router";
import { casesRouter } from "./routers/cases-router";
import { documentsRouter } from "./routers/documents-router";
import { analysisRouter } from "./routers/analysis-router";
import { interchangeRouter } from "./routers/interchange-router";
import { eventsRouter, type EventStreamOptions } from "./routers/events-router";
import { mapsRouter } from "./routers/maps-router";
import { nodesRouter } from "./routers/nodes-router";
import { reanchorRouter } from "./routers/reanchor-router";
import { relationsRouter } from "./routers/relations-router";

export interface AppDeps {
  ctx: UseCaseContext;
  /** Accounts: anonymous reading, trusted origins (see http/auth-gate.ts); by default anonymous visitors may read. */
  auth?: AuthOptions;
  /** Overrides the gate built from `auth` (the real one: sessions, API tokens, roles, cross-site check). */
  gate?: Gate;
  /** Live event streams: heartbeat interval, and a signal that ends them all when the server shuts down. */
  events?: EventStreamOptions;
  /** The built client bundle (vite build output); served at `/` when present. */
  clientDir?: string;
  version?: string;
  log?: (message: string, error?: unknown) => void;
  /** Largest JSON body accepted. */
  jsonLimit?: string;
}

/** Builds the Express app; main.ts listens on it, tests start it on port 0. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const auth = deps.auth ?? { anonymousRead: true };
  const gate = deps.gate ?? authGate(deps.ctx, auth);
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const openapi = buildOpenApiDocument(API_ROUTES, { version: deps.version ?? "0.0.0" });
  const graphs = new GraphCache();
  app.disable("x-powered-by");
  app.set("etag", false);
  const parseJson = express.json({ limit: deps.jsonLimit ?? "5mb", strict: false });
  // An import's body is a file of any format (JSON too), read as text by its own route with its own limit.
  app.use((req, res, next) => (req.path === "/api/v1/maps/import" ? next() : parseJson(req, res, next)));

  app.get("/healthz", async (_req, res) => {
    res.json(await checkHealth(deps.ctx));
  });
  app.get("/api/openapi.json", (_req, res) => res.json(openapi));
  app.get("/api/docs", (_req, res) => res.type("html").send(apiDocsPage()));
  app.get("/api/docs/init.js", (_req, res) => res.type("js").send(API_DOCS_INIT));
  app.use("/api/docs/assets", express.static(swaggerAssetsDir(), { maxAge: "1d" }));

  app.use(interchangeRouter(deps.ctx, gate));
  app.use(mapsRouter(deps.ctx, gate, graphs));
  app.use(nodesRouter(deps.ctx, gate));
  app.use(relationsRouter(deps.ctx, gate));
  app.use(documentsRouter(deps.ctx, gate));
  app.use(casesRouter(deps.ctx, gate, graphs));
  app.use(analysisRouter(deps.ctx, gate, graphs));
  app.use(accountsRouter(deps.ctx, gate, auth));
  app.use(eventsRouter(deps.ctx, gate, deps.events));
  app.use(reanchorRouter(deps.ctx, gate));
  app.use("/api", (req, res) => sendProblem(res, "not_found", `No API route ${req.method} ${req.originalUrl}.`));

  if (deps.clientDir && existsSync(join(deps.clientDir, "index.html"))) serveClient(app, deps.clientDir);
  app.use(problemMapper(log));
  return app;
}

/** Hashed assets are immutable; index.html is revalidated so a new build reaches users at once. */
function serveClient(app: Express, clientDir: string): void {
  app.use("/assets", express.static(join(clientDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!api\/).*/, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(join(clientDir, "index.html"));
  });
}
