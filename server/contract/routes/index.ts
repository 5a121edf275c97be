import { ANALYSIS_ROUTES } from "./analysis";
import { CASE_ROUTES } from "./cases";
import { ACCOUNT_ROUTES } from "./accounts";
import { CORE_ROUTES } from "./core";
import { INTERCHANGE_ROUTES } from "./interchange";
import { LIVE_ROUTES } from "./live";
import type { RouteSpec } from "./route-spec";

/** Every API route of Crux. Features add their route files here; the OpenAPI document is built from this. */
export const API_ROUTES = { ...CORE_ROUTES, ...CASE_ROUTES, ...ACCOUNT_ROUTES, ...LIVE_ROUTES, ...INTERCHANGE_ROUTES, ...ANALYSIS_ROUTES } satisfies Record<string, RouteSpec>;
export type RouteName = keyof typeof API_ROUTES;
export type { RouteSpec } from "./route-spec";
