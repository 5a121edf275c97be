import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

/**
 * One API route: the single source for the Express handler's validation and the OpenAPI document.
 * Paths use OpenAPI's `{param}` syntax; http/route.ts turns them into Express paths.
 */
export interface RouteSpec {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The request body's media type when it is not JSON (e.g. an import file). */
  bodyContentType?: string;
  /** Requires `If-Match` (or `expectedVersion` in the body): updates and deletes. */
  ifMatch?: boolean;
  /** Requires an editor (issue 6); reads are open by default. */
  write?: boolean;
  responses: Record<number, ResponseSpec>;
}

export function defineRoutes<T extends Record<string, RouteSpec>>(routes: T): T {
  return routes;
}
