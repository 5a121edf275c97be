import { addContention, editCase, editContention, moveContention, removeContention, stepContention, whyNotContention } from "../../client/state/case-edit";
import { draftOf, isDirty, patchOf, tagLineOf } from "../../client/state/case-work";
import { indexGraph } from "../../client/state/graph-index";
import { aCase, aContention } from "./case-fixture";
import { aGraph, aNode, aRelation, sampleGraph } from "./graph-fixture";

const keys = (d: { contentions: { key: string }[] }) => d.contentions.map((c) => c.key);
const threeContentions = () => draftOf(aCase({ contentions: [aContention("k1", "c1"), aContention("k2", "c2"), aContention("k3", "c5")] }));

describe("reordering contentions", () => {
  test("moves a contention from one place to another and keeps the others in order", () => {
    const draft = threeContentions();
    expect(keys(moveContention(draft, 0, 2))).toEqual(["k2", "k3", "k1"]);
    expect(keys(moveContention(draft, 2, 0))).toEqual(["k3", "k1", "k2"]);
    expect(keys(draft)).toEqual(["k1", "k2", "k3"]);
  });

  test("clamps a move past either end and returns the same draft when nothing moves", () => {
    const draft = threeContentions();
    expect(keys(moveContention(draft, 1, 99))).toEqual(["k1", "k3", "k2"]);
    expect(keys(moveContention(draft, 1, -5))).toEqual(["k2", "k1", "k3"]);
    expect(moveContention(draft, 1, 1)).toBe(draft);
    expect(moveContention(draft, 7, 0)).toBe(draft);
  });

  test("steps a contention up or down by key, as the keyboard's move buttons do", () => {
    const draft = threeContentions();
    expect(keys(stepContention(draft, "k2", -1))).toEqual(["k2", "k1", "k3"]);
    expect(keys(stepContention(draft, "k2", 1))).toEqual(["k1", "k3", "k2"]);
    expect(stepContention(draft, "k1", -1)).toBe(draft);
    expect(stepContention(draft, "nope", 1)).toBe(draft);
  });
});

describe("adding and removing contentions", () => {
  const index = indexGraph(sampleGraph());

  test("removes a contention by key", () => {
    expect(keys(removeContention(threeContentions(), "k2"))).toEqual(["k1", "k3"]);
  });

  test("adds a node from the graph with its quotes, objections (with their answers) and caveats", () => {
    const graph = aGraph(
      [
        aNode("p", "proposal"),
        aNode("a", "claim", { excerpts: [{ id: "x1", documentId: "d", nodeId: "a", relationId: null, start: 0, end: 4, quote: "text", prefix: "", suffix: "", orphaned: false, version: 1 }, { id: "x2", documentId: "d", nodeId: "a", relationId: null, start: 5, end: 9, quote: "lost", prefix: "", suffix: "", orphaned: true, version: 1 }] }),
        aNode("o", "claim"),
        aNode("ans", "claim"),
        aNode("q", "claim"),
        aNode("russia", "actor"),
      ],
      [aRelation("r1", "a", "supports", "p"), aRelation("r2", "o", "contradicts", "a"), aRelation("r3", "ans", "contradicts", "o"), aRelation("r4", "q", "qualifies", "a"), aRelation("r5", "russia", "opposes", "a")],
    );
    const draft = draftOf(aCase({ targetId: "p", contentions: [] }));
    const added = addContention(draft, indexGraph(graph), "a");
    expect(added.contentions).toEqual([
      { key: "new-1", claimId: "a", tag: "", evidence: { nodeIds: [], excerptIds: ["x1"] }, objections: [{ nodeId: "o", answerIds: ["ans"], notes: "" }], caveatIds: ["q"], notes: "" },
    ]);
    expect(patchOf(added).contentions?.[0]).not.toHaveProperty("id");
  });

  test("gives each new contention its own key", () => {
    let draft = draftOf(aCase({ contentions: [] }));
    draft = addContention(draft, index, "c1");
    draft = addContention(draft, index, "c2");
    draft = removeContention(draft, "new-1");
    draft = addContention(draft, index, "c3");
    expect(keys(draft)).toEqual(["new-2", "new-3"]);
  });

  test("refuses the target, actors, duplicates and nothing selected, saying why", () => {
    const draft = draftOf(aCase());
    expect(whyNotContention(draft, index, null)).toMatch(/Select a claim or proposal/);
    expect(whyNotContention(draft, index, "a1")).toMatch(/actor/);
    expect(whyNotContention(draft, index, "p1")).toMatch(/what the case argues about/);
    expect(whyNotContention(draft, index, "c1")).toMatch(/already a contention/);
    expect(whyNotContention(draft, index, "c3")).toBeNull();
    expect(addContention(draft, index, "c1")).toBe(draft);
  });
});

describe("editing and saving a draft", () => {
  test("edits a tag line and notes; the tag line falls back to the claim's title", () => {
    const draft = editContention(draftOf(aCase()), "k1", { tag: "Moscow is on board", notes: "Lead with this." });
    expect(draft.contentions[0]).toMatchObject({ tag: "Moscow is on board", notes: "Lead with this." });
    const titles = (id: string) => (id === "c2" ? "Engagement reduces tensions" : undefined);
    expect(tagLineOf(draft.contentions[0]!, titles)).toBe("Moscow is on board");
    expect(tagLineOf(draft.contentions[1]!, titles)).toBe("Engagement reduces tensions");
  });

  test("the PATCH keeps ids, drops keys, and is dirty only after a change", () => {
    const saved = aCase();
    const draft = draftOf(saved);
    expect(isDirty(saved, draft)).toBe(false);
    const moved = editCase(moveContention(draft, 1, 0), { title: "  Renamed  " });
    expect(isDirty(saved, moved)).toBe(true);
    expect(patchOf(moved)).toEqual({
      title: "Renamed",
      notes: "",
      contentions: [
        { id: "k2", claimId: "c2", tag: "", evidence: { nodeIds: [], excerptIds: [] }, objections: [], caveatIds: [], notes: "" },
        { id: "k1", claimId: "c1", tag: "", evidence: { nodeIds: [], excerptIds: [] }, objections: [], caveatIds: [], notes: "" },
      ],
    });
  });
});
