import { exportCruxJson, importCruxJson } from "../../../server/domain/formats/crux-json";
import { DEFAULT_IMPORT_LIMITS } from "../../../server/domain/formats/import-limits";
import { validateCruxJson } from "../../../server/domain/formats/validate-crux-json";
import { readInvalid, readValid, refusal, smallMap } from "./format-test-kit";

describe("crux-json", () => {
  test("export then import gives back the identical map", () => {
    const map = smallMap();
    expect(importCruxJson(exportCruxJson(map))).toEqual({ map, warnings: [] });
  });

  test("the small fixture holds every node kind, every relation kind, an undercut, a group, a document with excerpts and positions", () => {
    const map = smallMap();
    expect(new Set(map.nodes.map((n) => n.kind))).toEqual(new Set(["claim", "proposal", "actor"]));
    expect(new Set(map.relations.map((r) => r.relation)).size).toBe(8);
    expect(map.relations.some((r) => map.relations.some((t) => t.id === r.target))).toBe(true);
    expect(map.relations.filter((r) => r.group === "g1")).toHaveLength(2);
    expect(map.documents).toHaveLength(1);
    expect(map.nodes.some((n) => n.excerpts.length > 0) && map.relations.some((r) => r.excerpts.length > 0)).toBe(true);
    expect(map.nodes.some((n) => n.position !== null) && map.nodes.some((n) => n.aliases.length > 0)).toBe(true);
  });

  test("import renames the map when slug and title are given", () => {
    const { map } = importCruxJson(readValid("small-map.crux.json"), { slug: "copy-of-small", title: "Copy" });
    expect(map.map).toMatchObject({ slug: "copy-of-small", title: "Copy" });
  });

  test("refuses a file with every referential problem listed with its path", async () => {
    const error = await refusal(() => importCruxJson(readInvalid("broken-references.crux.json")));
    expect(error.code).toBe("invalid_map_file");
    expect(error.details.errors).toEqual(
      expect.arrayContaining([
        { path: "nodes[2].id", message: expect.stringContaining('"c1" is already used') },
        { path: "nodes[1].excerpts[0].documentId", message: 'no document has the id "missing-doc"' },
        { path: "nodes[0].excerpts[0].quote", message: expect.stringContaining("is not the document's text") },
        { path: "relations[0].target", message: 'no node or relation has the id "nowhere"' },
        { path: "relations[1].relation", message: '"proposes" cannot go from a claim to a proposal' },
        { path: "relations[2].target", message: "a node cannot be related to itself" },
        { path: "relations[4]", message: expect.stringContaining("appears twice") },
        { path: "relations[6].group", message: expect.stringContaining('group "g9"') },
        { path: "relations[7].target", message: "undercuts target each other in a loop" },
      ]),
    );
    expect(error.details.errors!.length).toBe(9);
  });

  test("refuses a relation whose endpoint does not exist", async () => {
    const error = await refusal(() => importCruxJson(readInvalid("dangling-endpoint.crux.json")));
    expect(error.details.errors).toEqual([{ path: "relations[0].source", message: 'no node has the id "ghost"' }]);
  });

  test("reports every shape problem that zod finds, with paths", () => {
    expect(() => validateCruxJson({ format: "crux-json", formatVersion: 2, map: { slug: "Bad Slug", title: "" }, nodes: [{ id: "a", kind: "idea" }] })).toThrow(
      expect.objectContaining({
        code: "invalid_map_file",
        details: { errors: expect.arrayContaining([expect.objectContaining({ path: "formatVersion" }), expect.objectContaining({ path: "map.slug" }), expect.objectContaining({ path: "nodes[0].kind" }), expect.objectContaining({ path: "nodes[0].title" })]) },
      }),
    );
  });

  test("refuses __proto__ keys anywhere in the file", async () => {
    const error = await refusal(() => importCruxJson(readInvalid("proto-pollution.crux.json")));
    expect(error.details.errors).toEqual([
      { path: "nodes[0].__proto__", message: expect.stringContaining('"__proto__" is not accepted') },
      { path: "map.constructor.prototype", message: expect.stringContaining('"prototype" is not accepted') },
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  test("refuses JSON nested deeper than the limit before parsing it", async () => {
    const error = await refusal(() => importCruxJson(readInvalid("deep-nesting.json")));
    expect(error.details.errors).toEqual([{ path: "line 1, column 65", message: "arrays and objects nest deeper than the limit of 64 levels" }]);
  });

  test("refuses more nodes than the limit (option, default 200,000) with payload_too_large", async () => {
    expect(DEFAULT_IMPORT_LIMITS.maxNodes).toBe(200_000);
    const small = await refusal(() => importCruxJson(readInvalid("too-many-nodes.crux.json"), { maxNodes: 100 }));
    expect(small).toMatchObject({ code: "payload_too_large", details: { errors: [{ path: "nodes", message: "the file has 101 nodes, more than the limit of 100" }] } });
    const nodes = Array.from({ length: 200_001 }, (_, i) => ({ id: `n${i}`, kind: "claim", title: "x" }));
    const huge = JSON.stringify({ format: "crux-json", formatVersion: 1, map: { slug: "huge", title: "Huge" }, nodes });
    expect((await refusal(() => importCruxJson(huge))).code).toBe("payload_too_large");
  });

  test("refuses a file larger than the size limit (option, default 20 MB) before parsing it", async () => {
    expect(DEFAULT_IMPORT_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
    const error = await refusal(() => importCruxJson(" ".repeat(DEFAULT_IMPORT_LIMITS.maxBytes + 1)));
    expect(error).toMatchObject({ code: "payload_too_large", details: { errors: [{ message: "the file is larger than the limit of 20971520 bytes" }] } });
    expect((await refusal(() => importCruxJson("{}", { maxBytes: 1 }))).code).toBe("payload_too_large");
  });

  test("refuses text that is not JSON, saying where", async () => {
    const error = await refusal(() => importCruxJson('{\n  "format": "crux-json",\n  oops\n}'));
    expect(error.details.errors).toEqual([{ path: "line 3, column 3", message: expect.stringContaining("not valid JSON") }]);
  });
});
