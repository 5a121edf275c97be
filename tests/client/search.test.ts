import { buildSearchIndex, normaliseForSearch, searchNodes } from "../../client/state/search";
import { aNode, sampleGraph } from "./graph-fixture";

const titles = (query: string, nodes = sampleGraph().nodes) => searchNodes(buildSearchIndex(nodes), query).map((h) => h.node.title);

describe("search", () => {
  test("finds a title word whatever the case and punctuation", () => {
    expect(titles("nunn-lugar")[0]).toBe("Dismantle nuclear infrastructure, Nunn-Lugar style");
    expect(titles("NUNN LUGAR")[0]).toBe("Dismantle nuclear infrastructure, Nunn-Lugar style");
  });

  test("finds actors by alias", () => {
    const hits = searchNodes(buildSearchIndex(sampleGraph().nodes), "kremlin");
    expect(hits.map((h) => [h.node.id, h.field])).toEqual([["a1", "alias"]]);
  });

  test("searches the full text when the title does not match", () => {
    const hits = searchNodes(buildSearchIndex(sampleGraph().nodes), "strongly");
    expect(hits.map((h) => [h.node.id, h.field])).toEqual([["c1", "text"]]);
  });

  test("ranks a whole-title match over a title start over a word start over a text match", () => {
    const nodes = [
      aNode("text", "claim", { title: "Something else", text: "moscow is mentioned here" }),
      aNode("word", "claim", { title: "Fears in Moscow" }),
      aNode("start", "claim", { title: "Moscow conservatives fear" }),
      aNode("whole", "actor", { title: "Moscow" }),
    ];
    expect(searchNodes(buildSearchIndex(nodes), "moscow").map((h) => h.node.id)).toEqual(["whole", "start", "word", "text"]);
  });

  test("needs every word of the query, in any order", () => {
    expect(titles("russia policy")).toEqual(["Russia would support such a policy"]);
    expect(titles("policy russia")).toEqual(["Russia would support such a policy"]);
    expect(titles("russia zebra")).toEqual([]);
  });

  test("ignores accents and returns nothing for an empty query", () => {
    expect(normaliseForSearch("Élysée–Moscow")).toBe("elysee moscow");
    expect(titles("   ")).toEqual([]);
  });
});
