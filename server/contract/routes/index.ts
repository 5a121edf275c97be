import { CORE_ROUTES } from "./core";
import type { RouteSpec } from "./route-spec";

/** Every API route of Crux. Features add their route files here; the OpenAPI document is built from this. */
export const API_ROUTES = { ...CORE_ROUTES } satisfies Record<string, RouteSpec>;
export type RouteName = keyof typeof API_ROUTES;
export type { RouteSpec } from "./route-spec";
