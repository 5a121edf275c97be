import { computeAcceptance } from "../../../server/domain/analysis";
import { isDomainError } from "../../../server/domain/errors";
import { framework } from "./map-builder";

describe("what-if assumptions", () => {
  test("an assumed-accepted node is accepted despite an accepted attacker, and defeats what it attacks", () => {
    const map = framework("a contradicts b", "b contradicts c");
    expect(computeAcceptance(map).labels).toEqual({ a: "accepted", b: "rejected", c: "accepted" });
    expect(computeAcceptance(map, { assumptions: { b: "accepted" } }).labels).toEqual({ a: "accepted", b: "accepted", c: "rejected" });
  });

  test("an assumed-rejected node attacks nothing, so what it alone attacked is accepted", () => {
    const map = framework("a contradicts b", "a contradicts c", "d contradicts c");
    const { labels } = computeAcceptance(map, { assumptions: { a: "rejected" } });
    expect(labels).toEqual({ a: "rejected", b: "accepted", c: "rejected", d: "accepted" });
  });

  test("assuming one side of an even cycle decides the cycle in grounded semantics", () => {
    const map = framework("a contradicts b", "b contradicts a", "b contradicts c");
    expect(computeAcceptance(map).labels.c).toBe("undecided");
    expect(computeAcceptance(map, { assumptions: { a: "accepted" } }).labels).toEqual({ a: "accepted", b: "rejected", c: "accepted" });
  });

  test("preferred and stable extensions honour assumptions, and the result echoes them", () => {
    const map = framework("a contradicts b", "b contradicts a");
    const result = computeAcceptance(map, { semantics: "preferred", assumptions: { b: "rejected" } });
    expect(result.extensions).toEqual([["a"]]);
    expect(result.assumptions).toEqual({ b: "rejected" });
    expect(computeAcceptance(map, { semantics: "stable", assumptions: { a: "rejected" } }).extensions).toEqual([["b"]]);
  });

  test("two conflicting nodes can both be assumed accepted", () => {
    const map = framework("a contradicts b", "b contradicts a", "a contradicts c");
    const result = computeAcceptance(map, { semantics: "preferred", assumptions: { a: "accepted", b: "accepted" } });
    expect(result.extensions).toEqual([["a", "b"]]);
    expect(result.labels.c).toBe("rejected");
  });

  test("assuming a node accepted also drops the attacks derived from attacking it", () => {
    // b contradicts a, a supports p: b attacks p too (secondary attack); with a assumed accepted that reason is gone.
    const map = framework("proposal p", "b contradicts a", "a supports p");
    expect(computeAcceptance(map).labels.p).toBe("rejected");
    expect(computeAcceptance(map, { assumptions: { a: "accepted" } }).labels).toEqual({ a: "accepted", b: "accepted", p: "accepted" });
  });

  test("assuming a node rejected defeats what it supports, as an accepted attacker of it would (general reading)", () => {
    const map = framework("proposal p", "a supports p");
    expect(computeAcceptance(map, { assumptions: { a: "rejected" } }).labels.p).toBe("rejected");
    expect(computeAcceptance(map, { assumptions: { a: "rejected" }, support: "none" }).labels.p).toBe("accepted");
  });

  test("gradual strengths of assumed nodes are fixed at 1 and 0", () => {
    const map = framework("a contradicts b", "c supports b");
    const { strengths } = computeAcceptance(map, { semantics: "gradual", assumptions: { a: "rejected", c: "accepted" } });
    expect(strengths).toEqual({ a: 0, b: 1, c: 1 });
  });

  test("assuming something about an actor or an unknown id is refused with validation_failed", () => {
    const map = framework("russia endorses a");
    for (const id of ["russia", "nobody"]) {
      let error: unknown;
      try {
        computeAcceptance(map, { assumptions: { [id]: "accepted" } });
      } catch (caught) {
        error = caught;
      }
      expect(isDomainError(error) && error.code).toBe("validation_failed");
    }
  });
});
