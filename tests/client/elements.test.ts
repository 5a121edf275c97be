import { anchorElementId, buildElements, nodeElementId, relationElementId, relationInElementId } from "../../client/graph/elements";
import { nodeBox, wrapToWidth } from "../../client/graph/node-size";
import { aGraph, aNode, aRelation, sampleGraph } from "./graph-fixture";

const ids = (elements: ReturnType<typeof buildElements>) => elements.map((e) => e.data.id as string);

describe("map → Cytoscape elements", () => {
  test("makes one node per map node and one edge per relation, all ids distinct", () => {
    const graph = sampleGraph();
    const elements = buildElements(graph);
    expect(new Set(ids(elements)).size).toBe(elements.length);
    for (const node of graph.nodes) expect(ids(elements)).toContain(nodeElementId(node.id));
    for (const r of graph.relations) expect(ids(elements)).toContain(relationElementId(r.id));
  });

  test("keeps node and edge ids apart even when the API reuses a string for a node and a relation", () => {
    const graph = aGraph([aNode("x", "claim"), aNode("y", "claim")], [aRelation("x", "x", "supports", "y")]);
    expect(new Set(ids(buildElements(graph))).size).toBe(3);
  });

  test("draws an undercut as an edge into an anchor node splitting the relation it attacks", () => {
    const elements = buildElements(sampleGraph());
    const byId = new Map(elements.map((e) => [e.data.id, e]));
    const anchor = byId.get(anchorElementId("r1"));
    expect(anchor).toMatchObject({ group: "nodes", classes: ["anchor"], data: { relationId: "r1" } });
    expect(byId.get(relationInElementId("r1"))?.data).toMatchObject({ source: nodeElementId("c1"), target: anchorElementId("r1") });
    expect(byId.get(relationInElementId("r1"))?.classes).toContain("segment");
    expect(byId.get(relationElementId("r1"))?.data).toMatchObject({ source: anchorElementId("r1"), target: nodeElementId("p1") });
    expect(byId.get(relationElementId("r7"))?.data).toMatchObject({ source: nodeElementId("c6"), target: anchorElementId("r1"), undercut: true });
  });

  test("lists every node (anchors included) before any edge, so elements can be added in chunks", () => {
    const groups = buildElements(sampleGraph()).map((e) => e.group);
    expect(groups.lastIndexOf("nodes")).toBeLessThan(groups.indexOf("edges"));
  });

  test("classes nodes by kind and edges by relation kind", () => {
    const byId = new Map(buildElements(sampleGraph()).map((e) => [e.data.id, e]));
    expect(byId.get(nodeElementId("p1"))?.classes).toEqual(["proposal"]);
    expect(byId.get(nodeElementId("a1"))?.classes).toEqual(["actor"]);
    expect(byId.get(relationElementId("r3"))?.classes).toEqual(["contradicts"]);
  });

  test("adds a status class per node when given one (extension point for acceptance colouring)", () => {
    const byId = new Map(buildElements(sampleGraph(), { status: { c1: "accepted" } }).map((e) => [e.data.id, e]));
    expect(byId.get(nodeElementId("c1"))?.classes).toEqual(["claim", "status-accepted"]);
  });

  test("leaves out relations with a missing end, and undercuts of those", () => {
    const graph = aGraph([aNode("a", "claim"), aNode("b", "claim")], [aRelation("r1", "a", "supports", "gone"), aRelation("r2", "b", "contradicts", "r1")]);
    expect(buildElements(graph).filter((e) => e.group === "edges")).toEqual([]);
    expect(ids(buildElements(graph))).not.toContain(anchorElementId("r1"));
  });

  test("builds elements with the classes the filters and focus call for, the half-edge and anchor of a split relation included", () => {
    const visibility = {
      hiddenNodes: new Set(["a2"]),
      hiddenRelations: new Set(["r10", "r11"]),
      focused: { nodes: new Set(["p1", "c1", "c6"]), relations: new Set(["r1", "r7"]) },
    };
    const byId = new Map(buildElements(sampleGraph(), { visibility, focusRoot: "p1" }).map((e) => [e.data.id, e.classes as string[]]));
    expect(byId.get(nodeElementId("a2"))).toEqual(["actor", "hidden", "faded"]);
    expect(byId.get(nodeElementId("p1"))).toEqual(["proposal", "focus-root"]);
    expect(byId.get(nodeElementId("c2"))).toEqual(["claim", "faded"]);
    expect(byId.get(relationElementId("r11"))).toEqual(["concerns", "hidden", "faded"]);
    expect(byId.get(relationElementId("r1"))).toEqual(["supports"]);
    expect(byId.get(relationInElementId("r1"))).toEqual(["supports", "segment"]);
    expect(byId.get(anchorElementId("r1"))).toEqual(["anchor"]);
    expect(byId.get(relationElementId("r3"))).toEqual(["contradicts", "faded"]);
  });

  test("marks no focus root and fades nothing when nothing is focused", () => {
    const visibility = { hiddenNodes: new Set<string>(), hiddenRelations: new Set(["r1"]), focused: null };
    const elements = buildElements(sampleGraph(), { visibility, focusRoot: "p1" });
    const byId = new Map(elements.map((e) => [e.data.id, e.classes as string[]]));
    expect(byId.get(nodeElementId("p1"))).toEqual(["proposal"]);
    expect(byId.get(relationInElementId("r1"))).toEqual(["supports", "hidden", "segment"]);
    expect(byId.get(anchorElementId("r1"))).toEqual(["anchor", "hidden"]);
    expect(elements.flatMap((e) => e.classes as string[]).filter((c) => c === "faded")).toEqual([]);
  });

  test("carries saved positions as element positions", () => {
    const graph = aGraph([aNode("a", "claim", { position: { x: 10, y: -20 } })], []);
    expect(buildElements(graph)[0]?.position).toEqual({ x: 10, y: -20 });
  });
});

describe("node boxes", () => {
  test("wraps titles on word boundaries", () => {
    const characters = (text: string) => text.length;
    expect(wrapToWidth("one two three four", 9, characters)).toEqual(["one two", "three", "four"]);
    expect(wrapToWidth("antidisestablishment is long", 9, characters)).toEqual(["antidisestablishment", "is long"]);
  });

  test("grows a card's height with the length of its title, never its width", () => {
    const short = nodeBox("claim", "Short");
    const long = nodeBox("claim", "A much longer title that certainly needs several lines to fit inside the card");
    expect(long.width).toBe(short.width);
    expect(long.height).toBeGreaterThan(short.height * 2);
    expect(short.textWidth).toBeLessThan(short.width);
  });

  test("wraps with the text metrics it is given: every line fits the wrap width, and a wider font gets more lines and a taller card", () => {
    const title = "A bold Obama approach to Russia on Korea as well";
    const narrow = (text: string) => text.length * 7;
    const wide = (text: string) => text.length * 10;
    const small = nodeBox("proposal", title, narrow);
    const large = nodeBox("proposal", title, wide);
    for (const [box, width] of [[small, narrow], [large, wide]] as const) {
      expect(box.label.replace(/\n/g, " ")).toBe(title);
      for (const line of box.label.split("\n")) expect(width(line)).toBeLessThanOrEqual(box.textWidth);
    }
    expect(large.label.split("\n").length).toBeGreaterThan(small.label.split("\n").length);
    expect(large.height).toBeGreaterThan(small.height);
    expect(large.width).toBe(small.width);
  });
});
