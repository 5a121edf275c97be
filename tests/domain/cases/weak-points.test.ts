import type { Contention } from "../../../server/contract/case";
import { computeAcceptance } from "../../../server/domain/analysis";
import { analyseForCases, draftContentions, findReferenceProblems, findWeakPoints, indexMap } from "../../../server/domain/cases";
import { debateMap } from "./debate-fixture";

const { graph } = debateMap();
const index = indexMap(graph);
const analysis = analyseForCases(graph);
const drafted = (side: "for" | "against"): Contention[] =>
  draftContentions(graph, { targetId: "T", side }, analysis).map((c) => ({ ...c, id: `k-${c.claimId}` }));
const summary = (side: "for" | "against") =>
  findWeakPoints({ targetId: "T", contentions: drafted(side) }, index, analysis).map((w) => [w.kind, w.nodeId, w.status ?? null]);

describe("weak points of a drafted case", () => {
  test("the grounded labels behind them: d is defeated by e, f and g attack each other, the rest survive", () => {
    const labels = computeAcceptance(graph, { semantics: "grounded" }).labels;
    expect({ a: labels.a, b: labels.b, c: labels.c, d: labels.d, f: labels.f }).toEqual({
      a: "accepted", b: "accepted", c: "accepted", d: "rejected", f: "undecided",
    });
  });

  test("for: the unanswered undercut of b, and d (rejected, unquoted, its objection unanswered)", () => {
    expect(summary("for")).toEqual([
      ["unanswered_objection", "o2", null],
      ["contention_not_accepted", "d", "rejected"],
      ["no_quoted_evidence", "d", null],
      ["unanswered_objection", "e", null],
    ]);
  });

  test("against: f is undecided, unquoted, and its objection g has no answer but f itself", () => {
    expect(summary("against")).toEqual([
      ["contention_not_accepted", "f", "undecided"],
      ["no_quoted_evidence", "f", null],
      ["unanswered_objection", "g", null],
    ]);
  });

  test("a contention is flagged exactly when the analysis does not accept its claim", () => {
    const labels = computeAcceptance(graph, { semantics: "grounded" }).labels;
    for (const side of ["for", "against"] as const) {
      const contentions = drafted(side);
      const flagged = findWeakPoints({ targetId: "T", contentions }, index, analysis)
        .filter((w) => w.kind === "contention_not_accepted")
        .map((w) => w.nodeId);
      expect(flagged).toEqual(contentions.map((c) => c.claimId).filter((id) => labels[id] !== "accepted"));
    }
  });

  test("references gone from the map are reported, with the contention they belong to", () => {
    const contention: Contention = { ...drafted("for")[1]!, evidence: { nodeIds: ["gone-node"], excerptIds: ["gone#0"] } };
    const points = findWeakPoints({ targetId: "gone-target", contentions: [contention] }, index, analysis);
    expect(points.filter((w) => w.kind === "missing_reference")).toEqual([
      expect.objectContaining({ contentionId: null, nodeId: "gone-target" }),
      expect.objectContaining({ contentionId: contention.id, nodeId: "gone-node" }),
      expect.objectContaining({ contentionId: contention.id, excerptId: "gone#0" }),
    ]);
    expect(points.some((w) => w.kind === "no_quoted_evidence" && w.nodeId === "a")).toBe(true);
  });
});

describe("references a case may make", () => {
  const base = drafted("for")[0]!;
  test("a drafted case names only claims, proposals and excerpts of its map", () => {
    for (const side of ["for", "against"] as const) {
      expect(findReferenceProblems(index, { targetId: "T", checkTarget: true, contentions: drafted(side) })).toEqual([]);
    }
  });

  test("an actor as target, unknown nodes and excerpts, and the target as its own contention are refused with their paths", () => {
    const contentions = [
      { ...base, claimId: "T" },
      { ...base, evidence: { nodeIds: ["russia"], excerptIds: ["nope"] }, objections: [{ nodeId: "o2", answerIds: ["elsewhere"], notes: "" }] },
    ];
    expect(findReferenceProblems(index, { targetId: "russia", checkTarget: true, contentions: [] }).map((p) => p.path)).toEqual(["targetId"]);
    expect(findReferenceProblems(index, { targetId: "T", checkTarget: true, contentions }).map((p) => p.path)).toEqual([
      "contentions.0.claimId",
      "contentions.1.evidence.nodeIds.0",
      "contentions.1.evidence.excerptIds.0",
      "contentions.1.objections.0.answerIds.0",
    ]);
  });
});
