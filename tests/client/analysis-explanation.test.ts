import type { Explanation, ExplanationNode, ExplanationStep } from "../../server/contract/analysis";
import { explanationView } from "../../client/state/analysis-explanation";
import { indexGraph } from "../../client/state/graph-index";
import { aGraph, aNode, aRelation, sampleGraph } from "./graph-fixture";

const leaf = (id: string, label: ExplanationNode["label"], reason: ExplanationNode["reason"], extra: Partial<ExplanationNode> = {}): ExplanationNode => ({ id, label, reason, steps: [], ...extra });
const step = (from: string, extra: Partial<ExplanationStep>): ExplanationStep => ({
  role: "attack",
  from,
  kind: "contradicts",
  relationIds: [],
  status: "succeeds",
  because: "attacker-accepted",
  undercutBy: [],
  child: null,
  ...extra,
});
const explanation = (tree: ExplanationNode, extra: Partial<Explanation> = {}): Explanation => ({
  node: tree.id,
  semantics: "grounded",
  label: tree.label,
  summary: "",
  witness: null,
  cycle: [],
  tree,
  complete: true,
  ...extra,
});

describe("explanation → the why-panel's tree", () => {
  const index = indexGraph(sampleGraph());

  test("names every node by its title and says which attack succeeds and why", () => {
    const tree = leaf("p1", "rejected", "defeated", { steps: [step("c3", { relationIds: ["r3"], child: leaf("c3", "accepted", "unattacked") })] });
    const view = explanationView(explanation(tree), index);
    expect(view).toMatchObject({ node: { id: "p1", title: "Strategic engagement with North Korea", kind: "proposal" }, label: "rejected", reason: "an attack on it succeeds" });
    expect(view.steps).toHaveLength(1);
    expect(view.steps[0]).toMatchObject({
      from: { id: "c3", title: "Moscow fears a US presence" },
      fromLabel: "accepted",
      relation: "contradicts it",
      outcome: "succeeds",
      outcomeText: "succeeds: the attacker is accepted",
      decidedBy: "source",
      child: { node: { title: "Moscow fears a US presence" }, label: "accepted", reason: "nothing attacks it", steps: [] },
    });
  });

  test("an attack that an accepted node undercuts fails, and the undercutter is what the tree explains next", () => {
    const tree = leaf("c1", "accepted", "defended", {
      steps: [step("c3", { relationIds: ["r3"], status: "fails", because: "undercut", undercutBy: ["c6"], child: leaf("c6", "accepted", "unattacked") })],
    });
    const [first] = explanationView(explanation(tree), index).steps;
    expect(first).toMatchObject({ outcome: "fails", outcomeText: "fails: “Russian support is conditional” undercuts it", decidedBy: "undercutter", undercutBy: [{ title: "Russian support is conditional" }] });
    expect(first?.fromLabel).toBeNull();
  });

  test("a derived attack names the node it goes through", () => {
    // c5 supports c1, which (say) contradicts p2: a supported attack of c5 on p2.
    const graph = aGraph([...sampleGraph().nodes], [...sampleGraph().relations, aRelation("r20", "c1", "contradicts", "p2")]);
    const tree = leaf("p2", "rejected", "defeated", { steps: [step("c5", { kind: "supported", relationIds: ["r6", "r20"], child: leaf("c5", "accepted", "unattacked") })] });
    expect(explanationView(explanation(tree), indexGraph(graph)).steps[0]?.relation).toBe("supports “Russia would support such a policy”, which contradicts it");
  });

  test("says when a label is a what-if, when the tree stops, and takes missing labels from the acceptance", () => {
    const tree = leaf("p1", "rejected", "defeated", {
      steps: [
        step("c3", { because: "assumed-rejected", kind: "secondary", relationIds: ["r3"], child: leaf("c3", "rejected", "assumed") }),
        step("c2", { relationIds: ["r2"], child: leaf("c2", "accepted", "defended", { truncated: "depth" }) }),
        step("c4", { relationIds: ["r4"], child: null }),
      ],
    });
    const view = explanationView(explanation(tree), index, (id) => (id === "c4" ? "accepted" : undefined));
    expect(view.steps[0]).toMatchObject({ relation: "supports it, and is assumed rejected", outcomeText: "succeeds: that is assumed", child: { assumed: true, label: "rejected" } });
    expect(view.steps[1]?.child).toMatchObject({ more: "select it to see why" });
    expect(view.steps[2]).toMatchObject({ fromLabel: "accepted", child: null });
  });

  test("gradual trees show strengths and weights", () => {
    const tree = leaf("p1", "undecided", "gradual", { strength: 0.5, steps: [step("c1", { role: "support", kind: "supports", status: "contributes", because: undefined, weight: 0.75, child: leaf("c1", "accepted", "gradual", { strength: 0.8 }) })] });
    const view = explanationView(explanation(tree, { semantics: "gradual" }), index);
    expect(view).toMatchObject({ strength: 0.5, reason: expect.stringContaining("strength 0.50") });
    expect(view.steps[0]).toMatchObject({ role: "support", relation: "supports it", outcomeText: "weight 0.75", weight: 0.75 });
  });

  test("falls back to the id for a node the map no longer has", () => {
    const view = explanationView(explanation(leaf("gone", "accepted", "unattacked")), indexGraph(aGraph([aNode("x", "claim")], [])));
    expect(view.node).toEqual({ id: "gone", title: "gone", kind: null });
  });
});
