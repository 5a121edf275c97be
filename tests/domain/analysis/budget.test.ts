import { computeAcceptance } from "../../../server/domain/analysis";
import { framework } from "./map-builder";

/** Twelve disputes that all bear on z: one connected framework with 2^12 preferred extensions. */
const disputes = framework(...Array.from({ length: 12 }, (_, i) => [`a${i} contradicts b${i}`, `b${i} contradicts a${i}`, `a${i} contradicts z`, `b${i} contradicts z`]).flat());

describe("search budgets", () => {
  test("preferred search stops at a step budget and says the result is incomplete", () => {
    const result = computeAcceptance(disputes, { semantics: "preferred", budget: { maxSteps: 500 } });
    expect(result.complete).toBe(false);
    expect(result.extensions!.length).toBeLessThan(4096);
    expect(result.note).toMatch(/budget/);
  });

  test("a time budget is read from the clock the caller passes in", () => {
    let time = 0;
    const now = () => (time += 1);
    const result = computeAcceptance(disputes, { semantics: "stable", budget: { maxMs: 100, now } });
    expect(result.complete).toBe(false);
  });

  test("the extension cap stops the search too", () => {
    const result = computeAcceptance(disputes, { semantics: "stable", budget: { maxExtensions: 10 } });
    expect(result).toMatchObject({ complete: false });
    expect(result.extensions).toHaveLength(10);
  });

  test("with enough budget every extension is found and the labels follow from them", () => {
    const result = computeAcceptance(disputes, { semantics: "preferred", budget: { maxExtensions: 5000 } });
    expect(result.complete).toBe(true);
    expect(result.extensions).toHaveLength(4096);
    expect(result.labels).toMatchObject({ z: "rejected", a0: "undecided", b11: "undecided" });
  });

  test("independent disputes are combined, so their extensions multiply without searching the product", () => {
    const independent = framework(...Array.from({ length: 14 }, (_, i) => [`a${i} contradicts b${i}`, `b${i} contradicts a${i}`]).flat());
    const result = computeAcceptance(independent, { semantics: "preferred", budget: { maxSteps: 2_000, maxExtensions: 20_000 } });
    expect(result.complete).toBe(true);
    expect(result.extensions).toHaveLength(2 ** 14);
  });
});
