import { computeAcceptance } from "../../../server/domain/analysis";
import { analyseForCases, draftContentions, indexMap, type CaseAnalysis } from "../../../server/domain/cases";
import { debateMap } from "./debate-fixture";
import { buildMap } from "./map-builder";

const { graph } = debateMap();
const analysis = analyseForCases(graph);

describe("auto-draft from the debate fixture", () => {
  test("for the proposal: its supporters, strongest first, each with its support chain, quotes, objections, answers and caveats", () => {
    expect(draftContentions(graph, { targetId: "T", side: "for" }, analysis)).toEqual([
      {
        claimId: "b",
        tag: "",
        evidence: { nodeIds: ["b1", "b2"], excerptIds: ["b#0", "b1#0", "b2#0"] },
        objections: [{ nodeId: "o2", answerIds: [], notes: "" }],
        caveatIds: [],
        notes: "",
      },
      {
        claimId: "a",
        tag: "",
        evidence: { nodeIds: [], excerptIds: ["a#0", "rA#0"] },
        objections: [{ nodeId: "o1", answerIds: ["ans1"], notes: "" }],
        caveatIds: ["q1"],
        notes: "",
      },
      {
        claimId: "d",
        tag: "",
        evidence: { nodeIds: [], excerptIds: [] },
        objections: [{ nodeId: "e", answerIds: [], notes: "" }],
        caveatIds: [],
        notes: "",
      },
    ]);
  });

  test("against the proposal: the nodes that contradict it with their backing; the contention itself is never an answer", () => {
    const draft = draftContentions(graph, { targetId: "T", side: "against" }, analysis);
    expect(draft.map((c) => c.claimId)).toEqual(["f", "c"]);
    expect(draft[0]!.objections).toEqual([{ nodeId: "g", answerIds: [], notes: "" }]);
    expect(draft[1]!.evidence).toEqual({ nodeIds: ["c1"], excerptIds: ["c#0", "c1#0"] });
  });

  test("a target the map gives no reasons for (or against) gets an empty draft", () => {
    expect(draftContentions(graph, { targetId: "o2", side: "for" }, analysis)).toEqual([]);
    expect(draftContentions(graph, { targetId: "q0", side: "against" }, analysis)).toEqual([]);
  });

  test("keeps the three strongest objections, accepted ones before undecided and rejected ones", () => {
    const { graph: g } = buildMap({
      document: { id: "d", title: "D", authors: [], venue: "", date: "", url: "", text: "x" },
      nodes: { T: "claim: T", a: "claim: a", x1: "claim: x1", x2: "claim: x2", x3: "claim: x3", x4: "claim: x4", k: "claim: k" },
      relations: ["r1: a supports T", "o1: x1 contradicts a 0.2", "o2: x2 contradicts a 0.9", "o3: x3 contradicts a 0.5", "o4: x4 contradicts a 0.8", "kill: k contradicts x2"],
    });
    const draft = draftContentions(g, { targetId: "T", side: "for" }, analyseForCases(g));
    // x2 is the strongest relation but rejected (k defeats it): accepted x4 (0.8), x3 (0.5), x1 (0.2) come first
    expect(draft[0]!.objections.map((o) => o.nodeId)).toEqual(["x4", "x3", "x1"]);
    expect(draftContentions(g, { targetId: "T", side: "for" }, analyseForCases(g), { maxObjections: 10 })[0]!.objections.map((o) => o.nodeId)).toEqual(["x4", "x3", "x1", "x2"]);
  });

  test("is deterministic: equal reasons keep map order, and drafting twice gives the same draft", () => {
    const spec = (order: string[]) =>
      buildMap({
        document: { id: "d", title: "D", authors: [], venue: "", date: "", url: "", text: "x" },
        nodes: { T: "proposal: T", p: "claim: p", q: "claim: q", r: "claim: r" },
        relations: order.map((id) => `r-${id}: ${id} supports T`),
      }).graph;
    const none: CaseAnalysis = { labels: {} };
    expect(draftContentions(spec(["p", "q", "r"]), { targetId: "T", side: "for" }, none).map((c) => c.claimId)).toEqual(["p", "q", "r"]);
    expect(draftContentions(spec(["r", "p", "q"]), { targetId: "T", side: "for" }, none).map((c) => c.claimId)).toEqual(["r", "p", "q"]);
    expect(draftContentions(graph, { targetId: "T", side: "for" }, analysis)).toEqual(draftContentions(graph, { targetId: "T", side: "for" }, analysis));
  });

  test("follows support chains through cycles without looping and never backs a contention with the target", () => {
    const { graph: g } = buildMap({
      document: { id: "d", title: "D", authors: [], venue: "", date: "", url: "", text: "x" },
      nodes: { T: "claim: T", a: "claim: a", b: "claim: b", c: "claim: c" },
      relations: ["r1: a supports T", "r2: b supports a", "r3: c supports b", "r4: a supports c", "r5: T supports b"],
    });
    const [contention] = draftContentions(g, { targetId: "T", side: "for" }, { labels: {} });
    expect(contention!.evidence.nodeIds).toEqual(["b", "c"]);
  });

  test("the analysis it ranks with is the analysis module's grounded labels and gradual strengths", () => {
    expect(analysis.labels).toEqual(computeAcceptance(graph, { semantics: "grounded" }).labels);
    expect(analysis.strengths).toEqual(computeAcceptance(graph, { semantics: "gradual" }).strengths);
    expect(indexMap(graph).node("T")?.kind).toBe("proposal");
  });
});
