import { exportCytoscapeJson, importCytoscapeJson } from "../../../server/domain/formats/cytoscape-json";
import { groupKeys, nodeKeys, readValid, refusal, relationKeys, smallMap } from "./format-test-kit";

describe("cytoscape-json", () => {
  test("exports the small map as the golden cy.json() elements", () => {
    expect(exportCytoscapeJson(smallMap())).toBe(readValid("small-map.cyjs"));
  });

  test("node and edge ids are distinct, and the undercut points at an anchor node naming the attacked relation", () => {
    const cy = JSON.parse(exportCytoscapeJson(smallMap())) as { elements: { nodes: { data: Record<string, unknown>; position?: unknown }[]; edges: { data: Record<string, unknown> }[] } };
    const ids = [...cy.elements.nodes, ...cy.elements.edges].map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    const undercut = cy.elements.edges.find((e) => e.data.targetRelation === "r4")!;
    expect(undercut.data.target).toBe("anchor:r4");
    expect(cy.elements.nodes.find((n) => n.data.id === "anchor:r4")).toEqual({ data: { id: "anchor:r4", kind: "relation-anchor", relationId: "r4" }, position: { x: 300, y: 150 } });
  });

  test("round trip keeps nodes, every relation kind, groups, strength, notes, positions and map names; loses documents and excerpts", () => {
    const map = smallMap();
    const { map: back, warnings } = importCytoscapeJson(exportCytoscapeJson(map));
    expect(nodeKeys(back)).toEqual(nodeKeys(map));
    expect(relationKeys(back)).toEqual(relationKeys(map));
    expect(groupKeys(back)).toEqual(groupKeys(map));
    expect(back.nodes.map((n) => n.position)).toEqual(map.nodes.map((n) => n.position));
    expect(back.map).toEqual(map.map);
    expect(back.documents).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test("reads a Cytoscape desktop .cyjs file: names, interactions, compound parents and extra fields reported", () => {
    const { map, warnings } = importCytoscapeJson(readValid("cytoscape-desktop.cyjs"));
    expect(map.map.title).toBe("Sanctions debate");
    expect(map.nodes.map((n) => [n.kind, n.title, n.position])).toEqual([
      ["proposal", "Lift sanctions", { x: 120, y: -40.5 }],
      ["claim", "Sanctions failed", { x: -80, y: 60 }],
      ["claim", "Regime change", { x: 300, y: 60 }],
    ]);
    expect(relationKeys(map)).toEqual(["supports | claim:Regime change | proposal:Lift sanctions", "supports | claim:Sanctions failed | proposal:Lift sanctions"]);
    expect(warnings).toEqual([
      "Compound nodes (parent) have no Crux equivalent; their children were kept, flat",
      "Edges without a relation kind were read as supports",
      "Data fields with no Crux equivalent were left out: shared_name, SUID, selected, shared_interaction, name",
    ]);
  });

  test("accepts elements as one array with groups", () => {
    const text = JSON.stringify({ elements: [{ group: "nodes", data: { id: "a", label: "A" } }, { group: "nodes", data: { id: "b", label: "B" } }, { group: "edges", data: { id: "e", source: "a", target: "b", relation: "contradicts" } }] });
    expect(relationKeys(importCytoscapeJson(text).map)).toEqual(["contradicts | claim:A | claim:B"]);
  });

  test("refuses nodes without ids and edges between unknown nodes, listing every problem", async () => {
    const text = JSON.stringify({ elements: { nodes: [{ data: { id: "a" } }, { data: {} }, { data: { id: "a" } }], edges: [{ data: { source: "a", target: "zz" } }, { data: { source: "q", target: "a" } }] } });
    const error = await refusal(() => importCytoscapeJson(text));
    expect(error.details.errors).toEqual([
      { path: "elements.nodes[1].data.id", message: "a node needs data with an id" },
      { path: "elements.nodes[2].data.id", message: 'the id "a" is used twice' },
      { path: "elements.edges[0].data.target", message: 'no node has the id "zz"' },
      { path: "elements.edges[1].data.source", message: 'no node has the id "q"' },
    ]);
  });
});
