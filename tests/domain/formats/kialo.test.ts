import { exportKialo } from "../../../server/domain/formats/kialo-export";
import { importKialo } from "../../../server/domain/formats/kialo-import";
import { readInvalid, readValid, refusal, relationKeyer, smallMap } from "./format-test-kit";

/** Kialo keeps claims' texts only, so a map is compared by texts and Pro/Con links. */
function textRelations(map: ReturnType<typeof smallMap>): string[] {
  const text = new Map(map.nodes.map((n) => [n.id, (n.text || n.title).replace(/\s+/g, " ")]));
  return map.relations.filter((r) => (r.relation === "supports" || r.relation === "contradicts") && text.has(r.target) && text.get(r.source)).map((r) => `${r.relation}: ${text.get(r.source)} → ${text.get(r.target)}`).sort();
}

describe("kialo", () => {
  test("exports the small map as the golden Kialo outline", () => {
    expect(exportKialo(smallMap())).toBe(readValid("small-map.kialo.txt"));
  });

  test("a map with one root has it as the thesis, and a statement reached twice becomes a link", () => {
    const map = smallMap();
    const tree = { ...map, nodes: map.nodes.filter((n) => ["c1", "c2", "c6"].includes(n.id) || n.id === "p1"), relations: map.relations.filter((r) => ["r1", "r5", "r14"].includes(r.id)) };
    const withRoot = { ...tree, relations: [...tree.relations, { ...map.relations[0]!, id: "rx", source: "p1", target: "c1", strength: null }] };
    expect(exportKialo(withRoot)).toBe(
      [
        "Discussion Title: Russia and the Korean peninsula (test map)",
        "",
        "1. Russia poses no threat to US interests in Northeast Asia.",
        "1.1. Pro: Russia's main interest on the Korean peninsula is stability, e.g. no war and no collapse (see the 6-party talks, 2003–2009).",
        "1.2. Con: A unified Korea could become a US client state. That would put US troops on Russia's border.",
        "1.3. Pro: Set up a trilateral US-China-Russia consultation mechanism on Korean affairs.",
        "1.3.1. Pro: -> See 1.1.",
        "",
      ].join("\n"),
    );
  });

  test("round trip keeps every claim and proposal text and every support and contradiction between them", () => {
    const map = smallMap();
    const { map: back, warnings } = importKialo(exportKialo(map));
    expect(back.map.title).toBe(map.map.title);
    expect(back.nodes.map((n) => n.text).sort()).toEqual(map.nodes.filter((n) => n.kind !== "actor").map((n) => n.text.replace(/\s+/g, " ")).sort());
    expect(textRelations(back)).toEqual(textRelations(map).filter((r) => !r.includes("→ (")));
    expect(warnings).toEqual([]);
  });

  test("loses titles (derived from texts), kinds (all claims), actors, undercuts, groups and every other relation kind", () => {
    const { map: back } = importKialo(exportKialo(smallMap()));
    expect(new Set(back.nodes.map((n) => n.kind))).toEqual(new Set(["claim"]));
    expect(back.nodes.every((n) => n.title === n.text || n.title.endsWith("…"))).toBe(true);
    expect(back.relations.map(relationKeyer(back)).every((k) => k.startsWith("supports") || k.startsWith("contradicts"))).toBe(true);
    expect(back.relations.every((r) => r.group === null && back.nodes.some((n) => n.id === r.target))).toBe(true);
  });

  test("imports Kialo's own export: Pro and Con, links, claims spanning several lines", () => {
    const { map } = importKialo(readValid("kialo-discussion.txt"));
    expect(map.map).toMatchObject({ slug: "should-the-us-pursue-strategic-engagement-with-north-korea", title: "Should the US pursue strategic engagement with North Korea?" });
    expect(map.nodes).toHaveLength(7);
    expect(map.nodes[5]!.text).toBe("Russia and China would support engagement.\nBoth neighbours have said so in the six-party talks.");
    expect(map.relations.map(relationKeyer(map))).toContain("contradicts | claim:Isolation has not stopped the nuclear programme. | claim:Engagement would reward bad behaviour.");
    expect(map.relations).toHaveLength(7);
  });

  test("refuses a broken outline, listing every numbering problem with its line", async () => {
    const error = await refusal(() => importKialo(readInvalid("kialo-bad-numbering.txt")));
    expect(error.details.errors).toEqual([
      { path: "line 3", message: 'expected "Discussion Title: …" or a numbered claim such as "1. Thesis"' },
      { path: "line 6", message: "1.1. appears twice" },
      { path: "line 7", message: "1.3.1. has no parent 1.3. above it" },
      { path: "line 8", message: "the link points at 9.9., which is not a claim of this discussion" },
    ]);
  });
});
