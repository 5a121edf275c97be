import { useApiServer } from "../support/api-suite";
import type { Router } from "express";
import { createApp } from "../../server/http/app";

const { server, api } = useApiServer();

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: Router & { stack?: Layer[] };
}

/** Every route Express actually serves under /api/v1, read from the router stack (so none can hide). */
function servedRoutes(): string[] {
  const app = createApp({ ctx: server.ctx }) as unknown as { router: { stack: Layer[] } };
  const out: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) out.push(`${method} ${layer.route.path}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk(app.router.stack);
  return out.filter((r) => r.includes("/api/v1/"));
}

describe("OpenAPI document", () => {
  test("is OpenAPI 3.1 and documents every route the server serves", async () => {
    const doc = (await api.get("/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(20);
    for (const route of served) expect(documented).toContain(route);
  });

  test("describes request bodies and problem responses from the zod schemas", async () => {
    const doc = (await api.get("/api/openapi.json")).body;
    const create = doc.paths["/api/v1/maps/{map}/relations"].post;
    const schema = create.requestBody.content["application/json"].schema;
    expect(schema.properties.relation.enum).toContain("contradicts");
    expect(schema.additionalProperties).toBe(false);
    expect(create.responses["422"].content["application/problem+json"]).toBeDefined();
    expect(create.security).toEqual([{ session: [] }, { token: [] }]);
    expect(doc.components.securitySchemes.token).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.paths["/api/v1/maps/{map}/graph"].get.security).toBeUndefined();
  });

  test("the browsable docs page and its assets are served", async () => {
    const page = await api.get("/api/docs");
    expect(page.status).toBe(200);
    expect(page.body).toContain("swagger-ui-bundle.js");
    expect((await api.get("/api/docs/assets/swagger-ui-bundle.js")).status).toBe(200);
  });

  test("health check answers ok", async () => {
    expect((await api.get("/healthz")).body).toEqual({ status: "ok", maps: 0 });
  });
});
