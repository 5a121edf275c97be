import { exportGraphml } from "../../../server/domain/formats/graphml-export";
import { importGraphml } from "../../../server/domain/formats/graphml-import";
import { groupKeys, nodeKeys, readInvalid, readValid, refusal, relationKeys, smallMap } from "./format-test-kit";

describe("graphml", () => {
  test("exports the small map as the golden GraphML file", () => {
    expect(exportGraphml(smallMap())).toBe(readValid("small-map.graphml"));
  });

  test("round trip keeps nodes, every relation kind (the undercut through its anchor node), groups, strength, notes, positions and map names", () => {
    const map = smallMap();
    const { map: back, warnings } = importGraphml(exportGraphml(map));
    expect(nodeKeys(back)).toEqual(nodeKeys(map));
    expect(relationKeys(back)).toEqual(relationKeys(map));
    expect(groupKeys(back)).toEqual(groupKeys(map));
    const strip = (m: typeof map) => m.nodes.map(({ kind, title, text, aliases, tags, position }) => ({ kind, title, text, aliases, tags, position }));
    expect(strip(back)).toEqual(strip(map));
    expect(back.relations.find((r) => r.strength !== null)!.strength).toBe(0.8);
    expect(back.relations.filter((r) => r.note !== "").map((r) => r.note).sort()).toEqual(map.relations.filter((r) => r.note !== "").map((r) => r.note).sort());
    expect(back.map).toEqual(map.map);
    expect(warnings).toEqual([]);
  });

  test("loses documents and excerpts", () => {
    const { map: back } = importGraphml(exportGraphml(smallMap()));
    expect(back.documents).toEqual([]);
    expect([...back.nodes, ...back.relations].every((x) => x.excerpts.length === 0)).toBe(true);
  });

  test("reads a yEd diagram: labels, description as text, positions from geometry, relations from edge labels", () => {
    const { map, warnings } = importGraphml(readValid("yed-diagram.graphml"));
    expect(map.nodes.map((n) => [n.title, n.position])).toEqual([
      ["Lift sanctions", { x: 200, y: 100 }],
      ["Sanctions failed", { x: 100, y: 260 }],
      ["Lifting rewards tests", { x: 320, y: 260 }],
      ["See also", { x: 320, y: 420 }],
    ]);
    expect(map.nodes[0]!.text).toBe("The West should lift the sanctions & talk.");
    expect(relationKeys(map)).toEqual(["contradicts | claim:Lifting rewards tests | claim:Lift sanctions", "supports | claim:Sanctions failed | claim:Lift sanctions", "supports | claim:See also | claim:Lifting rewards tests"]);
    expect(warnings).toEqual(["Edges without a relation kind were read as supports", "GraphML attributes with no Crux equivalent were left out: url"]);
  });

  test("reads a Gephi graph whose node and edge ids overlap, reporting what has no Crux equivalent", () => {
    const { map, warnings } = importGraphml(readValid("gephi-graph.graphml"));
    expect(map.nodes.map((n) => [n.kind, n.title, n.position])).toEqual([
      ["proposal", "Trilateral consultation", { x: -120.5, y: 64.25 }],
      ["actor", "Russia", { x: -300, y: 0 }],
      ["claim", "Talks need every neighbour", null],
    ]);
    expect(relationKeys(map)).toEqual(["endorses | actor:Russia | proposal:Trilateral consultation", "supports | claim:Talks need every neighbour | proposal:Trilateral consultation"]);
    expect(warnings).toEqual(['Edges of kind "explains" have no Crux equivalent and were left out', "GraphML attributes with no Crux equivalent were left out: size, r, g, b, weight"]);
  });

  test("refuses the billion laughs: any DOCTYPE or ENTITY declaration, before parsing", async () => {
    const error = await refusal(() => importGraphml(readInvalid("billion-laughs.graphml")));
    expect(error.details.errors).toEqual([{ path: "line 2, column 1", message: "DOCTYPE and ENTITY declarations are not accepted (they allow entity-expansion attacks)" }]);
  });

  test("refuses elements nested deeper than the limit", async () => {
    const error = await refusal(() => importGraphml(readInvalid("deep-nesting.graphml")));
    expect(error.details.errors![0]!.message).toBe("elements nest deeper than the limit of 64 levels");
  });

  test("refuses duplicate or missing node ids and edges to unknown nodes, listing them all", async () => {
    const error = await refusal(() => importGraphml(readInvalid("dangling-edge.graphml")));
    expect(error.details.errors).toEqual([
      { path: "graph.node[1]", message: 'the node id "a" is used twice' },
      { path: "graph.node[2]", message: "a node needs an id" },
      { path: "graph.edge[0].target", message: 'no node has the id "nowhere"' },
      { path: "graph.edge[1].source", message: 'no node has the id ""' },
    ]);
  });

  test("refuses XML that is not well formed", async () => {
    const error = await refusal(() => importGraphml("<graphml><graph><node id='a'></graph></graphml>"));
    expect(error.details.errors![0]!.message).toMatch(/^not well-formed XML/);
  });
});
