import type { WeakPoint } from "../../server/contract/case";
import { weakPointBadges, weakPointSummary } from "../../client/state/case-weak-points";

const weak = (kind: WeakPoint["kind"], contentionId: string | null, extra: Partial<WeakPoint> = {}): WeakPoint => ({
  kind,
  contentionId,
  nodeId: null,
  excerptId: null,
  message: `${kind} of ${contentionId ?? "the case"}`,
  ...extra,
});

describe("weak points → badges", () => {
  test("groups badges by contention with short labels and the server's message", () => {
    const badges = weakPointBadges(
      [
        weak("contention_not_accepted", "k1", { status: "rejected", nodeId: "c1" }),
        weak("no_quoted_evidence", "k1"),
        weak("unanswered_objection", "k2", { nodeId: "o" }),
        weak("contention_not_accepted", "k2", { status: "undecided" }),
      ],
      ["k1", "k2"],
    );
    expect(badges.byContention.get("k1")).toEqual([
      { key: "contention_not_accepted|k1|c1||rejected", kind: "contention_not_accepted", label: "Defeated", message: "contention_not_accepted of k1", nodeId: "c1" },
      { key: "no_quoted_evidence|k1|||", kind: "no_quoted_evidence", label: "No quote", message: "no_quoted_evidence of k1", nodeId: null },
    ]);
    expect(badges.byContention.get("k2")?.map((b) => b.label)).toEqual(["Unanswered objection", "Undecided"]);
    expect(badges.general).toEqual([]);
  });

  test("keeps the case's own weak points apart and drops those of contentions removed since", () => {
    const badges = weakPointBadges([weak("missing_reference", null, { nodeId: "gone" }), weak("no_quoted_evidence", "removed")], ["k1"]);
    expect(badges.general).toEqual([{ key: "missing_reference||gone||", kind: "missing_reference", label: "Missing from the map", message: "missing_reference of the case", nodeId: "gone" }]);
    expect([...badges.byContention.keys()]).toEqual([]);
  });

  test("summarises a case's weak points for the list", () => {
    expect(weakPointSummary([])).toBe("no weak points");
    expect(weakPointSummary([weak("no_quoted_evidence", "k1")])).toBe("1 weak point");
    expect(weakPointSummary([weak("no_quoted_evidence", "k1"), weak("no_quoted_evidence", "k2")])).toBe("2 weak points");
  });
});
