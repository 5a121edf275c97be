import { indexGraph } from "../../client/state/graph-index";
import { flattenOutline, outlineChildren, outlineRoots, type OutlineItem } from "../../client/state/outline";
import { aGraph, aNode, aRelation, sampleGraph } from "./graph-fixture";

const index = indexGraph(sampleGraph());
const child = (item: OutlineItem, nodeId: string) => outlineChildren(index, item).find((c) => c.nodeId === nodeId) as OutlineItem;

describe("outline", () => {
  test("starts from the top-level proposals, then claims no proposal reaches, then actors", () => {
    const roots = outlineRoots(index);
    expect(roots.map((r) => r.label)).toEqual(["Proposals (1)", "Actors (2)"]);
    expect(outlineChildren(index, roots[0] as OutlineItem).map((c) => c.nodeId)).toEqual(["p1"]);
  });

  test("unfolds a proposal into its parts, reasons for, reasons against, qualifications, undercuts and backers", () => {
    const p1 = child(outlineRoots(index)[0] as OutlineItem, "p1");
    expect(outlineChildren(index, p1).map((c) => [c.role, c.nodeId])).toEqual([
      ["component", "p2"],
      ["reason-for", "c1"],
      ["reason-for", "c2"],
      ["reason-against", "c3"],
      ["qualification", "c4"],
      ["undercut", "c6"],
      ["proposed-by", "a1"],
      ["opposed-by", "a2"],
    ]);
  });

  test("goes on into the reasons' own reasons", () => {
    const c1 = child(child(outlineRoots(index)[0] as OutlineItem, "p1"), "c1");
    expect(c1.hasChildren).toBe(true);
    expect(outlineChildren(index, c1).map((c) => [c.role, c.nodeId, c.hasChildren])).toEqual([
      ["reason-for", "c5", false],
      ["endorsed-by", "a1", false],
    ]);
  });

  test("unfolds an actor, under the Actors group, into what it proposes, endorses and opposes", () => {
    const actors = outlineRoots(index)[1] as OutlineItem;
    const russia = child(actors, "a1");
    expect(outlineChildren(index, russia).map((c) => [c.role, c.nodeId])).toEqual([["proposes", "p1"], ["endorses", "c1"]]);
  });

  test("lists claims that support no proposal under their own heading", () => {
    const graph = aGraph([aNode("p", "proposal"), aNode("lone", "claim"), aNode("x", "claim")], [aRelation("r1", "x", "supports", "lone")]);
    const roots = outlineRoots(indexGraph(graph));
    expect(roots.map((r) => r.label)).toEqual(["Proposals (1)", "Other claims (2)"]);
  });

  test("marks a node met again on its own path as repeated and does not expand it (cycles end)", () => {
    const graph = aGraph([aNode("p", "proposal"), aNode("a", "claim"), aNode("b", "claim")], [
      aRelation("r1", "a", "supports", "p"),
      aRelation("r2", "b", "supports", "a"),
      aRelation("r3", "a", "supports", "b"),
    ]);
    const cyclic = indexGraph(graph);
    const p = outlineChildren(cyclic, outlineRoots(cyclic)[0] as OutlineItem)[0] as OutlineItem;
    const a = outlineChildren(cyclic, p)[0] as OutlineItem;
    const b = outlineChildren(cyclic, a)[0] as OutlineItem;
    const again = outlineChildren(cyclic, b)[0] as OutlineItem;
    expect([again.nodeId, again.repeated, again.hasChildren]).toEqual(["a", true, false]);
  });

  test("flattens the expanded items into rows with level, position and set size for ARIA", () => {
    const rows = flattenOutline(index, new Set(["group:proposals", "group:proposals/p1"]));
    expect(rows.slice(0, 3).map((r) => [r.item.label, r.level, r.posInSet, r.setSize, r.expanded])).toEqual([
      ["Proposals (1)", 1, 1, 2, true],
      ["Strategic engagement with North Korea", 2, 1, 1, true],
      ["Dismantle nuclear infrastructure, Nunn-Lugar style", 3, 1, 8, false],
    ]);
    expect(rows.at(-1)?.item.label).toBe("Actors (2)");
    expect(new Set(rows.map((r) => r.item.key)).size).toBe(rows.length);
  });
});
