import { useApiServer } from "../support/api-suite";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FormatNameSchema } from "../../server/contract/interchange";
import { ROOT } from "../support/test-server";

const { api } = useApiServer({ seed: true });

const fixture = (kind: "valid" | "invalid", name: string) => readFileSync(join(ROOT, "tests/fixtures", kind, "formats", name), "utf8");
const mapCount = async () => (await api.get("/api/v1/maps")).body.maps.length as number;

describe("export over HTTP", () => {
  test.each(FormatNameSchema.options)("exports the Toloraya map as %s with its content type and a file name", async (format) => {
    const reply = await api.get(`/api/v1/maps/toloraya-2009/export?format=${format}`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-disposition")).toMatch(/^attachment; filename="toloraya-2009\.[a-z.]+"$/);
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    expect(text).toContain("Nunn-Lugar");
  });

  test("an unknown format answers 400 naming the known ones", async () => {
    const reply = await api.get("/api/v1/maps/toloraya-2009/export?format=docx");
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].path).toBe("query.format");
  });
});

describe("import over HTTP", () => {
  test("a crux-json export imports back as a new map with the same numbers of nodes and relations", async () => {
    const exported = await api.get("/api/v1/maps/toloraya-2009/export?format=crux-json");
    const reply = await api.post("/api/v1/maps/import?format=crux-json&slug=toloraya-copy", JSON.stringify(exported.body), { "content-type": "application/json" });
    expect(reply.status).toBe(201);
    expect(reply.body.map.slug).toBe("toloraya-copy");
    const [original, copy] = await Promise.all([api.get("/api/v1/maps/toloraya-2009/graph"), api.get("/api/v1/maps/toloraya-copy/graph")]);
    expect(copy.body.nodes.length).toBe(original.body.nodes.length);
    expect(copy.body.relations.length).toBe(original.body.relations.length);
    expect(copy.body.nodes.map((n: { title: string }) => n.title)).toEqual(original.body.nodes.map((n: { title: string }) => n.title));
  });

  test.each([
    ["aif-json", "aifdb-nodeset.json"],
    ["aif-json", "ova3-analysis.json"],
    ["argdown", "general-debate.argdown"],
    ["kialo", "kialo-discussion.txt"],
    ["graphml", "yed-diagram.graphml"],
    ["cytoscape-json", "cytoscape-desktop.cyjs"],
    ["csv", "kumu-style.csv"],
  ])("imports a real-looking %s file (%s) as a new map", async (format, name) => {
    const slug = `import-${name.replace(/\W+/g, "-").toLowerCase()}`;
    const reply = await api.post(`/api/v1/maps/import?format=${format}&slug=${slug}`, fixture("valid", name), { "content-type": "text/plain" });
    expect(reply.status).toBe(201);
    expect(Array.isArray(reply.body.warnings)).toBe(true);
    const graph = (await api.get(`/api/v1/maps/${slug}/graph`)).body;
    expect(graph.nodes.length).toBeGreaterThan(1);
  });

  test.each([
    ["graphml", "billion-laughs.graphml"],
    ["crux-json", "dangling-endpoint.crux.json"],
    ["crux-json", "proto-pollution.crux.json"],
    ["crux-json", "deep-nesting.json"],
    ["csv", "malformed.csv"],
    ["argdown", "parse-errors.argdown"],
    ["kialo", "kialo-bad-numbering.txt"],
  ])("refuses a hostile or broken %s file (%s) with a 4xx listing problems, and writes nothing", async (format, name) => {
    const before = await mapCount();
    const reply = await api.post(`/api/v1/maps/import?format=${format}&slug=hostile-${Date.now()}`, fixture("invalid", name), { "content-type": "text/plain" });
    expect([400, 413, 422]).toContain(reply.status);
    expect(reply.headers.get("content-type")).toMatch(/problem\+json/);
    expect(reply.body.detail.length).toBeGreaterThan(10);
    expect(await mapCount()).toBe(before);
  });

  test("refuses an import into a slug that exists with 409 and writes nothing", async () => {
    const before = await mapCount();
    const exported = await api.get("/api/v1/maps/toloraya-2009/export?format=crux-json");
    const reply = await api.post("/api/v1/maps/import?format=crux-json", JSON.stringify(exported.body), { "content-type": "application/json" });
    expect(reply.status).toBe(409);
    expect(await mapCount()).toBe(before);
  });
});
