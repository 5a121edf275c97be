import { indexGraph } from "../../client/state/graph-index";
import { neighbourhood, restsOn } from "../../client/state/neighbourhood";
import { computeVisibility, countVisible } from "../../client/state/visibility";
import { DEFAULT_VIEW } from "../../client/state/view-state";
import { sampleGraph } from "./graph-fixture";

const index = indexGraph(sampleGraph());
const sorted = (set: Set<string>) => [...set].sort();

describe("neighbourhood", () => {
  test("one hop in: the reasons, objections, qualifications, parts, backers of a node and the undercuts of its reasons", () => {
    const n = neighbourhood(index, "p1", "in", 1);
    expect(sorted(n.nodes)).toEqual(["a1", "a2", "c1", "c2", "c3", "c4", "c6", "p1", "p2"]);
    expect(n.relations.has("r7")).toBe(true);
  });

  test("one hop out: what a node bears on; an undercut reaches both ends of the relation it attacks", () => {
    expect(sorted(neighbourhood(index, "c1", "out", 1).nodes)).toEqual(["c1", "p1"]);
    const undercut = neighbourhood(index, "c6", "out", 1);
    expect(sorted(undercut.nodes)).toEqual(["c1", "c6", "p1"]);
    expect(sorted(undercut.relations)).toEqual(["r1", "r7"]);
  });

  test("more hops reach further, both ways", () => {
    expect(neighbourhood(index, "c5", "out", 1).nodes.has("p1")).toBe(false);
    expect(neighbourhood(index, "c5", "out", 2).nodes.has("p1")).toBe(true);
    expect(sorted(neighbourhood(index, "c5", "both", 1).nodes)).toEqual(["c1", "c5"]);
  });

  test("walks only the relations allowed (e.g. the visible ones)", () => {
    const n = neighbourhood(index, "p1", "in", 1, (r) => r.relation !== "contradicts");
    expect(n.nodes.has("c3")).toBe(false);
    expect(n.nodes.has("c6")).toBe(false);
  });

  test("an unknown node has an empty neighbourhood", () => {
    expect(neighbourhood(index, "nope", "both", 2).nodes.size).toBe(0);
  });
});

describe("what a proposal rests on", () => {
  test("its support tree, qualifications and parts, and the objections and undercuts against the tree", () => {
    const tree = restsOn(index, "p1");
    expect(Object.fromEntries(tree.roles)).toEqual({
      p1: "root",
      c1: "reason",
      c2: "reason",
      c5: "reason",
      c4: "qualification",
      p2: "component",
      c3: "objection",
      c6: "objection",
    });
    expect(tree.nodes.has("a1")).toBe(false);
    expect(sorted(tree.relations)).toEqual(["r1", "r2", "r3", "r4", "r5", "r6", "r7"]);
  });
});

describe("visibility", () => {
  test("hiding actors hides them and their relations", () => {
    const v = computeVisibility(index, { ...DEFAULT_VIEW, hiddenNodeKinds: ["actor"], hiddenRelations: [] });
    expect(sorted(v.hiddenNodes)).toEqual(["a1", "a2"]);
    expect(sorted(v.hiddenRelations)).toEqual(["r10", "r11", "r8", "r9"]);
    expect(countVisible(index, v)).toEqual({ claim: 6, proposal: 2, actor: 0, relations: 7 });
  });

  test("hiding a relation kind hides the undercuts of relations of that kind too", () => {
    const v = computeVisibility(index, { ...DEFAULT_VIEW, hiddenRelations: ["supports"] });
    expect(v.hiddenRelations.has("r1")).toBe(true);
    expect(v.hiddenRelations.has("r7")).toBe(true);
  });

  test("the actor filter keeps the chosen actors and what they are directly linked to", () => {
    const v = computeVisibility(index, { ...DEFAULT_VIEW, hiddenRelations: [], actors: ["a2"] });
    const shown = sampleGraph().nodes.map((n) => n.id).filter((id) => !v.hiddenNodes.has(id));
    expect(shown.sort()).toEqual(["a2", "p1"]);
  });

  test("a focus marks its neighbourhood and walks only what the filters leave visible", () => {
    const v = computeVisibility(index, { ...DEFAULT_VIEW, hiddenRelations: ["contradicts"], focus: { node: "p1", mode: "in", depth: 1 } });
    expect(v.focused?.nodes.has("c1")).toBe(true);
    expect(v.focused?.nodes.has("c3")).toBe(false);
  });

  test("no focus when the focused node is hidden", () => {
    const v = computeVisibility(index, { ...DEFAULT_VIEW, hiddenNodeKinds: ["actor"], focus: { node: "a1", mode: "both", depth: 1 } });
    expect(v.focused).toBeNull();
  });
});
