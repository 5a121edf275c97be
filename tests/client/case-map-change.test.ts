import type { WeakPoint } from "../../server/contract/case";
import { emptyMapChange, findMapChange, isQuietChange, mapChangeLines, mergeMapChanges, type MapChangeInput } from "../../client/state/case-map-change";
import { draftOf } from "../../client/state/case-work";
import { indexGraph } from "../../client/state/graph-index";
import { aCase, aContention } from "./case-fixture";
import { aGraph, aNode, aRelation, sampleGraph } from "./graph-fixture";

/** The sample map (graph-fixture.ts) with more nodes and relations, or some taken out or retitled. */
function edited(change: { nodes?: ReturnType<typeof aNode>[]; relations?: ReturnType<typeof aRelation>[]; without?: string[]; titles?: Record<string, string> }) {
  const base = sampleGraph();
  const gone = new Set(change.without ?? []);
  const nodes = [...base.nodes, ...(change.nodes ?? [])].filter((n) => !gone.has(n.id)).map((n) => ({ ...n, title: change.titles?.[n.id] ?? n.title }));
  const relations = [...base.relations, ...(change.relations ?? [])].filter((r) => !gone.has(r.id) && !gone.has(r.source) && !gone.has(r.target));
  return indexGraph(aGraph(nodes, relations));
}

const before = indexGraph(sampleGraph());
/** For p1: k1 is c1 (undercut by c6, listed as its objection), k2 is c2. */
const saved = aCase({ contentions: [aContention("k1", "c1", { objections: [{ nodeId: "c6", answerIds: [], notes: "" }] }), aContention("k2", "c2")] });
const draft = draftOf(saved);
const weak = (kind: WeakPoint["kind"], contentionId: string, extra: Partial<WeakPoint> = {}): WeakPoint => ({ kind, contentionId, nodeId: null, excerptId: null, message: kind, ...extra });
const titleOf = (index: ReturnType<typeof indexGraph>) => (id: string) => index.nodes.get(id)?.title ?? "(gone)";
const input = (after: ReturnType<typeof indexGraph>, over: Partial<MapChangeInput> = {}): MapChangeInput => ({ before, after, draft, weakPointsBefore: [], weakPointsAfter: [], ...over });

describe("what a change of the map did to the open case", () => {
  test("a new objection to a contention's claim that defeats it: one line, and its badge marked new", () => {
    const after = edited({ nodes: [aNode("c9", "claim", { title: "Moscow will not pay" })], relations: [aRelation("r20", "c9", "contradicts", "c2")] });
    const defeated = weak("contention_not_accepted", "k2", { nodeId: "c2", status: "rejected" });
    const change = findMapChange(input(after, { weakPointsAfter: [defeated] }));
    expect(change.contentions.k2).toMatchObject({ newObjections: ["c9"], standing: { from: "accepted", to: "rejected" } });
    expect(change.contentions.k1).toBeUndefined();
    expect(change.newWeakPoints).toEqual(["contention_not_accepted|k2|c2||rejected"]);
    expect(mapChangeLines(change, draft, titleOf(after))).toEqual(["Contention 2: a new objection, “Moscow will not pay”; now defeated."]);
  });

  test("an undercut of the relation that makes the claim a reason is an objection too; an attack on its objection is an answer", () => {
    const after = edited({
      nodes: [aNode("c9", "claim"), aNode("c10", "claim", { title: "The condition is met" })],
      relations: [aRelation("r20", "c9", "contradicts", "r2"), aRelation("r21", "c10", "contradicts", "c6")],
    });
    const change = findMapChange(input(after));
    expect(change.contentions.k2?.newObjections).toEqual(["c9"]);
    expect(change.contentions.k1?.newAnswers).toEqual(["c10"]);
    expect(mapChangeLines(change, draft, titleOf(after))).toEqual([
      "Contention 1: a new answer to one of its objections, “The condition is met”.",
      "Contention 2: a new objection, “Title of c9”.",
    ]);
  });

  test("a claim deleted or retitled, the target retitled, weak points that came or went", () => {
    const after = edited({ without: ["c1"], titles: { c2: "Talks lower tensions", p1: "Engage the North" } });
    const change = findMapChange(
      input(after, {
        weakPointsBefore: [weak("no_quoted_evidence", "k2", { nodeId: "c2" })],
        weakPointsAfter: [weak("missing_reference", "k1", { nodeId: "c1" }), weak("unanswered_objection", "k2", { nodeId: "c9" })],
      }),
    );
    expect(mapChangeLines(change, draft, titleOf(after))).toEqual([
      "The case's target is now titled “Engage the North”.",
      "Contention 1: its claim, “Russia would support such a policy”, was deleted from the map.",
      "Contention 2: its claim is now titled “Talks lower tensions”; new weak point: Unanswered objection; resolved: No quote.",
    ]);
  });

  test("the target deleted from the map is named as it was", () => {
    const after = edited({ without: ["p1"] });
    expect(mapChangeLines(findMapChange(input(after)), draft, titleOf(after))).toEqual(["The case's target, “Strategic engagement with North Korea”, was deleted from the map."]);
  });

  test("weak points of two different versions of the case are not compared (the change would be theirs, not the map's)", () => {
    const change = findMapChange(input(before, { weakPointsBefore: null, weakPointsAfter: [weak("no_quoted_evidence", "k1")] }));
    expect(isQuietChange(change)).toBe(true);
    expect(change.newWeakPoints).toEqual([]);
  });

  test("a change that touches nothing of the case is quiet", () => {
    const after = edited({ nodes: [aNode("c9", "claim")], relations: [aRelation("r20", "c9", "contradicts", "c3")] });
    expect(isQuietChange(findMapChange(input(after)))).toBe(true);
  });

  test("changes one after the other add up, and what came and went again is left out", () => {
    const defeated = weak("contention_not_accepted", "k2", { nodeId: "c2", status: "rejected" });
    const noQuote = weak("no_quoted_evidence", "k2", { nodeId: "c2" });
    const first = edited({ nodes: [aNode("c9", "claim")], relations: [aRelation("r20", "c9", "contradicts", "c2")] });
    const second = edited({ nodes: [aNode("c9", "claim"), aNode("c10", "claim")], relations: [aRelation("r20", "c9", "contradicts", "c2"), aRelation("r21", "c10", "contradicts", "c2")] });
    const a = findMapChange(input(first, { weakPointsAfter: [defeated, noQuote] }));
    const b = findMapChange({ ...input(second), before: first, weakPointsBefore: [defeated, noQuote], weakPointsAfter: [defeated] });
    const both = mergeMapChanges(a, b);
    expect(both.contentions.k2).toMatchObject({ newObjections: ["c9", "c10"], standing: { from: "accepted", to: "rejected" }, addedWeakPoints: [], resolvedWeakPoints: [] });
    expect(both.newWeakPoints).toEqual(["contention_not_accepted|k2|c2||rejected"]);
    expect(mapChangeLines(both, draft, titleOf(second))).toEqual(["Contention 2: 2 new objections; now defeated."]);
  });

  test("someone else's save comes first, with what they changed", () => {
    const change = { ...emptyMapChange(), caseSaved: { version: 3, changes: ["Renamed the case from “A” to “B”."] } };
    expect(mapChangeLines(change, draft, titleOf(before))).toEqual(["Someone else saved this case (now version 3).", "Renamed the case from “A” to “B”."]);
    const later = { ...emptyMapChange(), caseSaved: { version: 4, changes: ["Renamed the case from “A” to “C”."] } };
    expect(mergeMapChanges(change, later).caseSaved).toEqual(later.caseSaved);
  });
});
