import { explain } from "../../../server/domain/analysis";
import { ExplanationSchema } from "../../../server/contract/analysis";
import { isDomainError } from "../../../server/domain/errors";
import { framework } from "./map-builder";

describe("explanations", () => {
  test("a rejected node is explained by the accepted attacker that defeats it, and why that one is accepted", () => {
    const result = explain(framework("b contradicts a", "c contradicts b"), "b");
    expect(result.summary).toBe('"b" is rejected: it is defeated by accepted "c".');
    expect(result.tree).toEqual({
      id: "b", label: "rejected", reason: "defeated",
      steps: [{
        role: "attack", from: "c", kind: "contradicts", relationIds: ["c contradicts b"], status: "succeeds",
        because: "attacker-accepted", undercutBy: [],
        child: { id: "c", label: "accepted", reason: "unattacked", steps: [] },
      }],
    });
  });

  test("an accepted node lists each attack and how its attacker is itself defeated (reinstatement)", () => {
    const { tree } = explain(framework("b contradicts a", "c contradicts b"), "a");
    expect(tree.reason).toBe("defended");
    expect(tree.steps.map((step) => [step.from, step.status, step.because])).toEqual([["b", "fails", "attacker-rejected"]]);
    expect(tree.steps[0]!.child!.steps[0]!.child).toMatchObject({ id: "c", label: "accepted" });
  });

  test("an attack that fails because it is undercut names the undercutter", () => {
    const { tree } = explain(framework("a contradicts b", "u contradicts (a contradicts b)"), "b");
    expect(tree.steps[0]).toMatchObject({ from: "a", status: "fails", because: "undercut", undercutBy: ["u"], child: { id: "u", label: "accepted" } });
  });

  test("a derived attack carries its kind and the relations it is built from", () => {
    const { tree } = explain(framework("a supports b", "b contradicts c", "d contradicts b"), "c");
    const supported = tree.steps.find((step) => step.from === "a");
    expect(supported).toMatchObject({ kind: "supported", relationIds: ["a supports b", "b contradicts c"], status: "succeeds" });
  });

  test("an undecided node is explained by its unresolved attackers and the cycle it depends on", () => {
    const result = explain(framework("a contradicts b", "b contradicts a", "b contradicts c"), "c");
    expect(result.label).toBe("undecided");
    expect(result.cycle).toEqual(["a", "b"]);
    expect(result.tree.steps.map((step) => [step.from, step.status])).toEqual([["b", "unresolved"]]);
    expect(result.summary).toContain(`"a" → "b" → "a"`);
  });

  test("an undecided node inside an odd cycle gets the cycle through itself", () => {
    expect(explain(framework("a contradicts b", "b contradicts c", "c contradicts a"), "b").cycle).toEqual(["b", "c", "a"]);
  });

  test("the tree stops at the depth bound and marks nodes explained higher up as repeats", () => {
    const chain = framework("b contradicts a", "c contradicts b", "d contradicts c", "e contradicts d");
    const shallow = explain(chain, "a", { depth: 2 });
    expect(shallow.tree.steps[0]!.child!.steps[0]!.child).toMatchObject({ id: "c", truncated: "depth", steps: [] });
    const cycle = explain(framework("a contradicts b", "b contradicts a"), "a", { semantics: "preferred" });
    expect(cycle.tree.steps[0]!.child!.steps[0]!.child).toMatchObject({ id: "a", truncated: "repeat" });
  });

  test("preferred explanations follow a witness extension that holds the node when it can", () => {
    const result = explain(framework("a contradicts b", "b contradicts a"), "b", { semantics: "preferred" });
    expect(result).toMatchObject({ label: "undecided", witness: 1, extensionCount: 2, tree: { id: "b", label: "accepted" } });
    expect(result.summary).toBe('"b" is undecided under preferred semantics; in extension 2 of 2 it is accepted: each of its 1 attack(s) fails.');
  });

  test("assumed nodes are explained as assumptions", () => {
    const result = explain(framework("b contradicts a"), "a", { assumptions: { a: "accepted" } });
    expect(result.tree).toEqual({ id: "a", label: "accepted", reason: "assumed", steps: [] });
    expect(result.summary).toBe('"a" is accepted: it is assumed accepted.');
  });

  test("an attack that comes from assuming a reason rejected is shown as coming from that reason", () => {
    const { tree } = explain(framework("proposal p", "a supports p"), "p", { assumptions: { a: "rejected" } });
    expect(tree.steps).toEqual([{
      role: "attack", from: "a", kind: "secondary", relationIds: ["a supports p"], status: "succeeds", because: "assumed-rejected", undercutBy: [],
      child: { id: "a", label: "rejected", reason: "assumed", steps: [] },
    }]);
  });

  test("gradual explanations list attackers and supporters with weights and strengths, strongest first", () => {
    const { tree } = explain(framework("b contradicts a @0.4", "c supports a"), "a", { semantics: "gradual" });
    expect(tree.strength).toBeCloseTo(0.65); // F_att = 0.4 · 0.5, F_sup = 0.5: 0.5 + 0.5 · 0.3
    expect(tree.steps.map((step) => [step.role, step.from, step.weight])).toEqual([["support", "c", 1], ["attack", "b", 0.4]]);
  });

  test("every explanation fits the contract schema", () => {
    const map = framework("a contradicts b", "b contradicts a", "b contradicts c", "u contradicts (a contradicts b)");
    for (const semantics of ["grounded", "preferred", "stable", "gradual"] as const) {
      for (const id of ["a", "b", "c", "u"]) expect(ExplanationSchema.safeParse(explain(map, id, { semantics })).success).toBe(true);
    }
  });

  test("explaining an actor or an unknown id is not_found", () => {
    let error: unknown;
    try {
      explain(framework("russia endorses a"), "russia");
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error) && error.code).toBe("not_found");
  });
});

describe("explanations name nodes by their titles", () => {
  test("the summary of a rejected node names its defeater by title", () => {
    const input = {
      nodes: [
        { id: "p", kind: "proposal" as const, title: "Regional security mechanism" },
        { id: "o", kind: "claim" as const, title: "It would only increase the US hold" },
      ],
      relations: [{ id: "r", source: "o", target: "p", targetType: "node" as const, relation: "contradicts" as const, strength: null }],
    };
    expect(explain(input, "p", { semantics: "grounded" }).summary).toBe(
      '"Regional security mechanism" is rejected: it is defeated by accepted "It would only increase the US hold".',
    );
  });
});
