import type { AcceptanceResult } from "../../server/contract/analysis";
import { nodeStatuses } from "../../client/state/analysis-state";
import { indexGraph } from "../../client/state/graph-index";
import { flattenUnresolvedOutline, outlineMark, statusGroupKey, statusOfGroup, unresolvedNodes } from "../../client/state/outline-acceptance";
import { sampleGraph } from "./graph-fixture";

const index = indexGraph(sampleGraph());
const result: AcceptanceResult = {
  semantics: "grounded",
  labels: { p1: "rejected", p2: "accepted", c1: "rejected", c2: "accepted", c3: "accepted", c4: "undecided", c5: "accepted", c6: "undecided" },
  complete: true,
  assumptions: { c1: "rejected", c2: "accepted" },
};
const statuses = nodeStatuses(result);
const OPEN_GROUPS = [statusGroupKey("rejected"), statusGroupKey("undecided")];

describe("the outline's acceptance marks", () => {
  test("turn each status into its label, whether a what-if forced it, and the words a screen reader says", () => {
    expect(outlineMark("rejected")).toEqual({ label: "rejected", assumed: false, text: "rejected" });
    expect(outlineMark("undecided")).toEqual({ label: "undecided", assumed: false, text: "undecided" });
    expect(outlineMark("assumed-accepted")).toEqual({ label: "accepted", assumed: true, text: "assumed accepted" });
    expect(outlineMark("assumed-rejected")).toEqual({ label: "rejected", assumed: true, text: "assumed rejected" });
  });

  test("give no mark to a node without a status (analysis off, or an actor)", () => {
    expect(outlineMark(undefined)).toBeNull();
    expect(outlineMark(statuses.a1)).toBeNull();
  });
});

describe("the outline filtered to rejected and undecided", () => {
  test("groups the rejected claims and proposals, assumed ones included, and the undecided, each in reading order", () => {
    const groups = unresolvedNodes(index, statuses);
    expect(groups.rejected.map((i) => i.nodeId)).toEqual(["c1", "p1"]);
    expect(groups.undecided.map((i) => i.nodeId)).toEqual(["c6", "c4"]);
    expect(groups.rejected.map((i) => i.label)).toEqual(["Russia would support such a policy", "Strategic engagement with North Korea"]);
  });

  test("lists the two groups at the top, with their counts, and their members below when open", () => {
    const rows = flattenUnresolvedOutline(index, statuses, new Set(OPEN_GROUPS));
    expect(rows.map((r) => [r.level, r.item.label, r.posInSet, r.setSize])).toEqual([
      [1, "Rejected (2)", 1, 2],
      [2, "Russia would support such a policy", 1, 2],
      [2, "Strategic engagement with North Korea", 2, 2],
      [1, "Undecided (2)", 2, 2],
      [2, "Russian support is conditional", 1, 2],
      [2, "Unless North Korea became a US client", 2, 2],
    ]);
    expect(rows.filter((r) => r.level === 1).map((r) => statusOfGroup(r.item))).toEqual(["rejected", "undecided"]);
    expect(rows.filter((r) => r.level === 2).map((r) => statusOfGroup(r.item))).toEqual([null, null, null, null]);
    expect(rows.filter((r) => r.level === 2).every((r) => r.parentKey === r.item.key.slice(0, r.item.key.lastIndexOf("/")))).toBe(true);
  });

  test("unfolds a member into all of its reasons and objections, whatever their status, so it shows why", () => {
    const p1 = `${statusGroupKey("rejected")}/p1`;
    const rows = flattenUnresolvedOutline(index, statuses, new Set([...OPEN_GROUPS, p1]));
    const under = rows.filter((r) => r.parentKey === p1).map((r) => [r.item.role, r.item.nodeId]);
    expect(under).toEqual([
      ["component", "p2"],
      ["reason-for", "c1"],
      ["reason-for", "c2"],
      ["reason-against", "c3"],
      ["qualification", "c4"],
      ["undercut", "c6"],
      ["proposed-by", "a1"],
      ["opposed-by", "a2"],
    ]);
    expect(new Set(rows.map((r) => r.item.key)).size).toBe(rows.length);
    expect(rows.find((r) => r.item.key === p1)).toMatchObject({ expanded: true, item: { hasChildren: true } });
    const member = (nodeId: string) => rows.find((r) => r.level === 2 && r.item.nodeId === nodeId)?.item;
    expect(member("c1")?.hasChildren).toBe(true);
    expect(member("c6")?.hasChildren).toBe(false);
  });

  test("is empty when nothing is rejected or undecided", () => {
    const allAccepted = nodeStatuses({ ...result, labels: { p1: "accepted", c1: "accepted" }, assumptions: {} });
    expect(flattenUnresolvedOutline(index, allAccepted, new Set(OPEN_GROUPS))).toEqual([]);
  });
});
