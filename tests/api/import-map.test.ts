import { aMapFile } from "../support/builders";
import { apiClient } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";
import { importMap } from "../../server/usecases/import-map";
import { DomainError } from "../../server/domain/errors";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("importing a crux-json map (the path the seed takes)", () => {
  test("imports documents, nodes, relations, undercuts and excerpts with fresh ids", async () => {
    const file = aMapFile();
    const map = await importMap(server.ctx, "tester", file);
    const graph = (await apiClient(server.url).get(`/api/v1/maps/${map.slug}/graph`)).body;
    expect(graph.nodes.map((n: { title: string }) => n.title)).toEqual(file.nodes.map((n) => n.title));
    expect(graph.nodes.map((n: { id: string }) => n.id)).not.toContain("c1");
    const byTitle = new Map(graph.nodes.map((n: { title: string; id: string }) => [n.title, n.id]));
    const support = graph.relations.find((r: { relation: string }) => r.relation === "supports");
    expect(support.source).toBe(byTitle.get("Russia supports it"));
    const undercut = graph.relations.find((r: { relation: string }) => r.relation === "contradicts");
    expect(undercut).toMatchObject({ target: support.id, targetType: "relation" });
    expect(graph.nodes[1].excerpts[0]).toMatchObject({ start: 0, end: 44, quote: file.nodes[1]?.excerpts?.[0]?.quote });
  });

  test("refuses a file with several broken rules, lists every one, and writes nothing", async () => {
    const file = aMapFile({
      relations: [
        { id: "r1", source: "a1", target: "c1", relation: "supports" },
        { id: "r2", source: "c1", target: "ghost", relation: "supports" },
      ],
    });
    (file.nodes[0]!.excerpts as { quote: string }[])[0]!.quote = "not the text";
    const before = await server.ctx.store.read.maps.countAll();
    const error = await importMap(server.ctx, "tester", file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    const problems = (error as DomainError).details.errors ?? [];
    expect(problems.map((p) => p.path).sort()).toEqual(["nodes[0].excerpts[0].quote", "relations[0].relation", "relations[1].target"]);
    expect(await server.ctx.store.read.maps.countAll()).toBe(before);
  });

  test("a failure inside the write transaction leaves no partial map behind", async () => {
    const file = aMapFile();
    await importMap(server.ctx, "tester", file);
    const maps = await server.ctx.store.read.maps.countAll();
    await expect(importMap(server.ctx, "tester", file)).rejects.toMatchObject({ code: "duplicate" });
    expect(await server.ctx.store.read.maps.countAll()).toBe(maps);
  });
});

describe("exporting a map as crux-json", () => {
  test("import → export → import → export gives the same map up to ids", async () => {
    const { exportMapAsCruxJson } = await import("../../server/usecases/export-map");
    const first = await importMap(server.ctx, "tester", aMapFile());
    const exported = await exportMapAsCruxJson(server.ctx, first.slug);
    const second = await importMap(server.ctx, "tester", exported, { slug: `${first.slug}-copy` });
    const again = await exportMapAsCruxJson(server.ctx, second.slug);
    const withoutIds = (file: typeof exported) => {
      const name = new Map<string, string>();
      [...file.documents, ...file.nodes, ...file.relations].forEach((x, i) => name.set(x.id, `#${i}`));
      const rename = (id: string) => name.get(id) ?? id;
      return JSON.parse(
        JSON.stringify({ ...file, map: { ...file.map, slug: "-" } }, (key, value) =>
          ["id", "source", "target", "documentId"].includes(key) && typeof value === "string" ? rename(value) : value,
        ),
      );
    };
    expect(withoutIds(again)).toEqual(withoutIds(exported));
    expect(exported.relations.find((r) => r.relation === "contradicts")?.target).toBe(
      exported.relations.find((r) => r.relation === "supports")?.id,
    );
  });
});
