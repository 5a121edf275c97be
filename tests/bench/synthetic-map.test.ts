import { CruxJsonSchema, type CruxJson } from "../../server/contract/crux-json";
import { validateCruxJson } from "../../server/domain/formats";
import { generateSyntheticMap } from "../../server/domain/synthetic-map";

const count = <T>(list: T[], keep: (item: T) => boolean) => list.filter(keep).length;

describe("generateSyntheticMap: seeded synthetic maps for the benchmarks", () => {
  test.each([1_000, 10_000, 100_000])("a %i-node map has the crux-json shape and breaks no map-file rule", (nodes) => {
    const map = generateSyntheticMap({ nodes, seed: 7, positions: true });
    expect(map.nodes).toHaveLength(nodes);
    expect(CruxJsonSchema.safeParse(map).success).toBe(true);
    expect(() => validateCruxJson(map, { maxNodes: 1_000_000 })).not.toThrow();
  }, 60_000);

  test("the same seed gives the same map, another seed another map", () => {
    const a = JSON.stringify(generateSyntheticMap({ nodes: 1_000, seed: 3 }));
    expect(JSON.stringify(generateSyntheticMap({ nodes: 1_000, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateSyntheticMap({ nodes: 1_000, seed: 4 }))).not.toBe(a);
  });

  describe("a 1,000-node map is shaped like the hand-built maps", () => {
    const map: CruxJson = generateSyntheticMap({ nodes: 1_000, seed: 1 });
    const kinds = (relation: string) => count(map.relations, (r) => r.relation === relation);

    test("has claims, proposals and actors in about the Toloraya proportions", () => {
      expect(count(map.nodes, (n) => n.kind === "claim")).toBeGreaterThan(550);
      expect(count(map.nodes, (n) => n.kind === "proposal")).toBeGreaterThan(150);
      expect(count(map.nodes, (n) => n.kind === "actor")).toBeGreaterThan(150);
      expect(map.relations.length / map.nodes.length).toBeGreaterThan(2);
    });

    test("uses every relation kind, undercuts, linked premises and contradiction cycles", () => {
      for (const relation of ["supports", "contradicts", "qualifies", "endorses", "opposes", "proposes", "concerns", "part_of"]) {
        expect(kinds(relation)).toBeGreaterThan(0);
      }
      const relationIds = new Set(map.relations.map((r) => r.id));
      expect(count(map.relations, (r) => relationIds.has(r.target))).toBeGreaterThan(0);
      expect(count(map.relations, (r) => r.group !== null)).toBeGreaterThan(0);
      const contradictions = new Set(map.relations.filter((r) => r.relation === "contradicts").map((r) => `${r.source}>${r.target}`));
      expect([...contradictions].some((pair) => contradictions.has(pair.split(">").reverse().join(">")))).toBe(true);
    });

    test("gives some nodes heavy fan-in", () => {
      const incoming = new Map<string, number>();
      for (const r of map.relations) incoming.set(r.target, (incoming.get(r.target) ?? 0) + 1);
      expect(Math.max(...incoming.values())).toBeGreaterThan(20);
    });

    test("anchors every claim and proposal in its document at the right offsets", () => {
      const texts = new Map(map.documents.map((d) => [d.id, d.text]));
      for (const node of map.nodes.filter((n) => n.kind !== "actor")) {
        expect(node.excerpts).toHaveLength(1);
        const [excerpt] = node.excerpts;
        expect(texts.get(excerpt!.documentId)!.slice(excerpt!.start, excerpt!.end)).toBe(excerpt!.quote);
        expect(excerpt!.quote).toBe(node.text);
      }
      expect(count(map.relations, (r) => r.excerpts.length > 0)).toBeGreaterThan(0);
    });
  });
});
