import { computeAcceptance } from "../../../server/domain/analysis";
import { framework } from "./map-builder";

const strengths = (...lines: string[]) => computeAcceptance(framework(...lines), { semantics: "gradual" }).strengths!;

describe("gradual strength (DF-QuAD)", () => {
  test("a node nobody argues about keeps the base score 0.5 and is undecided", () => {
    const result = computeAcceptance(framework("claim a"), { semantics: "gradual" });
    expect(result.strengths).toEqual({ a: 0.5 });
    expect(result.labels).toEqual({ a: "undecided" });
  });

  test("an attacker lowers and a supporter raises strength by DF-QuAD's combination", () => {
    expect(strengths("b contradicts a").a).toBeCloseTo(0.25);
    expect(strengths("b supports a").a).toBeCloseTo(0.75);
    expect(strengths("b contradicts a", "c supports a").a).toBeCloseTo(0.5);
  });

  test("relation strength weights the attacker's contribution", () => {
    expect(strengths("b contradicts a @0.5").a).toBeCloseTo(0.5 - 0.5 * 0.25);
  });

  test("attackers aggregate as a probabilistic sum", () => {
    // F = 1 − (1 − 0.5)(1 − 0.5) = 0.75; σ = 0.5 − 0.5 · 0.75
    expect(strengths("b contradicts a", "c contradicts a").a).toBeCloseTo(0.125);
  });

  test("an undercut weakens the relation it targets by the undercutter's strength", () => {
    // weight of b→a becomes 1 · (1 − 0.5) = 0.5
    expect(strengths("b contradicts a", "u contradicts (b contradicts a)").a).toBeCloseTo(0.375);
  });

  test("the base score can be set, and strengths above one half are labelled accepted", () => {
    const result = computeAcceptance(framework("b contradicts a"), { semantics: "gradual", baseScore: 1 });
    expect(result.strengths).toEqual({ a: 0, b: 1 });
    expect(result.labels).toEqual({ a: "rejected", b: "accepted" });
  });

  test("an even cycle settles and reports complete", () => {
    const result = computeAcceptance(framework("a contradicts b", "b contradicts a"), { semantics: "gradual" });
    expect(result.complete).toBe(true);
    expect(result.strengths!.a).toBeCloseTo(result.strengths!.b!);
  });

  test("an oscillating cycle stops at the iteration cap and says the strengths did not settle", () => {
    const result = computeAcceptance(framework("a contradicts b", "b contradicts a"), { semantics: "gradual", baseScore: 1 });
    expect(result.complete).toBe(false);
    expect(result.note).toMatch(/did not settle/);
  });
});
