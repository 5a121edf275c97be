import { z } from "zod";
import { ProblemSchema } from "./problem";
import type { RouteSpec } from "./routes/route-spec";

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

function parametersOf(route: RouteSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [location, schema] of [["path", route.params], ["query", route.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: location, required: location === "path" || (json.required ?? []).includes(name), schema: property });
    }
  }
  if (route.ifMatch) {
    out.push({
      name: "If-Match",
      in: "header",
      required: false,
      description: "The ETag (version) the change is based on; required unless the body carries expectedVersion.",
      schema: { type: "string" },
    });
  }
  return out;
}

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } });

function operationOf(name: string, route: RouteSpec): JsonSchema {
  const responses: JsonSchema = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = response.schema
      ? { description: response.description, content: { [response.contentType ?? "application/json"]: { schema: toSchema(response.schema, "output") } } }
      : { description: response.description };
  }
  responses["400"] = problem("The request is malformed or fails validation");
  if (route.params) responses["404"] = problem("Not found");
  if (route.ifMatch) {
    responses["409"] = problem("Stale version: someone else changed it; the body carries the current state");
    responses["428"] = problem("If-Match (or expectedVersion) is required");
  }
  if (route.body) responses["422"] = problem("A domain rule is broken (e.g. a quote not in the document)");
  if (route.write) {
    responses["401"] = problem("Sign in to write");
    responses["403"] = problem("Your role may not write");
  }
  return {
    operationId: name,
    ...(route.write ? { security: [{ session: [] }, { token: [] }] } : {}),
    summary: route.summary,
    tags: [route.tag],
    parameters: parametersOf(route),
    ...(route.body
      ? { requestBody: { required: true, content: { [route.bodyContentType ?? "application/json"]: { schema: toSchema(route.body, "input") } } } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the route specs and their zod schemas (never written by hand). */
export function buildOpenApiDocument(routes: Record<string, RouteSpec>, info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, route] of Object.entries(routes)) {
    (paths[route.path] ??= {})[route.method] = operationOf(name, route);
  }
  paths["/healthz"] = { get: { operationId: "health", summary: "Liveness and database check", tags: ["health"], responses: { 200: { description: "OK" } } } };
  return {
    openapi: "3.1.0",
    info: { title: "Crux API", version: info.version, description: "Policy-argument maps: claims, proposals, actors and their relations." },
    paths,
    components: {
      schemas: { Problem: toSchema(ProblemSchema, "output") },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "crux_session", description: "Set by POST /api/v1/session" },
        token: { type: "http", scheme: "bearer", description: "A personal API token from POST /api/v1/tokens" },
      },
    },
  };
}
