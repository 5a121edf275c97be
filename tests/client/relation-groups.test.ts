import { indexGraph } from "../../client/state/graph-index";
import { groupRelations } from "../../client/state/relation-groups";
import { sampleGraph } from "./graph-fixture";

const index = indexGraph(sampleGraph());
const summary = (nodeId: string) => groupRelations(index, nodeId).map((g) => [g.label, g.entries.map((e) => e.other.id)]);

describe("relations grouped for the details panel", () => {
  test("a proposal: reasons for, against, qualifications, parts, who proposes and opposes it", () => {
    expect(summary("p1")).toEqual([
      ["Reasons for", ["c1", "c2"]],
      ["Reasons against", ["c3"]],
      ["Qualifications", ["c4"]],
      ["Components", ["p2"]],
      ["Proposed by", ["a1"]],
      ["Opposed by", ["a2"]],
    ]);
  });

  test("a reason carries the undercuts of its relation", () => {
    const reasons = groupRelations(index, "p1")[0];
    expect(reasons?.entries[0]?.undercutBy.map((u) => u.other.id)).toEqual(["c6"]);
  });

  test("an undercutting claim lists the inference it attacks", () => {
    const [group] = groupRelations(index, "c6");
    expect(group?.label).toBe("Undercuts");
    expect(group?.entries[0]?.attacked).toBe("Russia would support such a policy supports Strategic engagement with North Korea");
  });

  test("an actor: what it proposes, endorses, and what is about it", () => {
    expect(summary("a1")).toEqual([
      ["Proposes", ["p1"]],
      ["Endorses", ["c1"]],
      ["Claims and proposals about this actor", ["c2"]],
    ]);
  });
});
