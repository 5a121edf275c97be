import type { Request, RequestHandler, Response, Router } from "express";
import { z } from "zod";
import type { RouteSpec } from "../contract/routes";
import { DomainError } from "../domain/errors";
import { parseWith } from "./parse";

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface HandlerInput<R extends RouteSpec> {
  params: Infer<R["params"]>;
  query: Infer<R["query"]>;
  body: Infer<R["body"]>;
  /** Who is acting: the signed-in user's name, or "anonymous" where anonymous writes are allowed. */
  actor: string;
  req: Request;
  res: Response;
}

/** Decides who may call a route; throws unauthenticated/forbidden. Issue 6 (accounts) supplies the real one. */
export type Gate = (req: Request, route: RouteSpec) => Promise<string> | string;

/** Routes without query parameters refuse unknown ones rather than ignore them. */
const NO_QUERY = z.strictObject({});

/** `/api/v1/maps/{map}` → `/api/v1/maps/:map`. */
export function toExpressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

/**
 * Mounts one route from its spec: parses params, query and body with the spec's zod schemas (the same ones the
 * OpenAPI document shows), asks the gate who is acting, then calls the handler. Nothing else registers routes.
 */
export function mount<R extends RouteSpec>(
  router: Router,
  spec: R,
  gate: Gate,
  handler: (input: HandlerInput<R>) => Promise<void> | void,
  bodyParser?: RequestHandler,
): void {
  const handlers: RequestHandler[] = [];
  if (bodyParser) handlers.push(bodyParser);
  handlers.push(async (req, res) => {
    if (spec.body && !spec.bodyContentType && !req.is("application/json")) {
      throw new DomainError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
    }
    const actor = await gate(req, spec);
    const input = {
      params: (spec.params ? parseWith(spec.params, req.params, "path") : undefined) as Infer<R["params"]>,
      query: parseWith(spec.query ?? NO_QUERY, { ...req.query }, "query") as Infer<R["query"]>,
      body: (spec.body ? parseWith(spec.body, req.body ?? {}, "body") : undefined) as Infer<R["body"]>,
      actor,
      req,
      res,
    };
    await handler(input);
  });
  router[spec.method](toExpressPath(spec.path), ...handlers);
}

export function sendJson(res: Response, status: number, value: unknown, etag?: string): void {
  if (etag) res.setHeader("ETag", etag);
  res.status(status).json(value);
}
