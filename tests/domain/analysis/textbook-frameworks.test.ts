import { computeAcceptance } from "../../../server/domain/analysis";
import { framework } from "./map-builder";

const grounded = (...lines: string[]) => computeAcceptance(framework(...lines)).labels;
const preferred = (...lines: string[]) => computeAcceptance(framework(...lines), { semantics: "preferred" });
const stable = (...lines: string[]) => computeAcceptance(framework(...lines), { semantics: "stable" });

describe("textbook frameworks", () => {
  test("reinstatement: an argument whose attacker is defeated is accepted", () => {
    expect(grounded("b contradicts a", "c contradicts b")).toEqual({ a: "accepted", b: "rejected", c: "accepted" });
    expect(preferred("b contradicts a", "c contradicts b").extensions).toEqual([["a", "c"]]);
  });

  test("an odd cycle leaves every argument undecided in grounded and in no preferred extension", () => {
    const cycle = ["a contradicts b", "b contradicts c", "c contradicts a"];
    expect(grounded(...cycle)).toEqual({ a: "undecided", b: "undecided", c: "undecided" });
    expect(preferred(...cycle)).toMatchObject({ extensions: [[]], labels: { a: "rejected", b: "rejected", c: "rejected" } });
  });

  test("an odd cycle has no stable extension, which the result states", () => {
    const result = stable("a contradicts b", "b contradicts c", "c contradicts a");
    expect(result.extensions).toEqual([]);
    expect(result.labels).toEqual({ a: "rejected", b: "rejected", c: "rejected" });
    expect(result.note).toMatch(/no stable extension/);
    expect(result.complete).toBe(true);
  });

  test("an even cycle gives two preferred and two stable extensions, so both sides are undecided", () => {
    const cycle = ["a contradicts b", "b contradicts a"];
    expect(grounded(...cycle)).toEqual({ a: "undecided", b: "undecided" });
    expect(preferred(...cycle)).toMatchObject({ extensions: [["a"], ["b"]], labels: { a: "undecided", b: "undecided" } });
    expect(stable(...cycle).extensions).toEqual([["a"], ["b"]]);
  });

  test("floating acceptance: an argument defended by either side of an even cycle is sceptically accepted in preferred", () => {
    const lines = ["a contradicts b", "b contradicts a", "a contradicts c", "b contradicts c", "c contradicts d"];
    expect(grounded(...lines).d).toBe("undecided");
    const result = preferred(...lines);
    expect(result.extensions).toEqual([["a", "d"], ["b", "d"]]);
    expect(result.labels).toEqual({ a: "undecided", b: "undecided", c: "rejected", d: "accepted" });
  });

  test("a self-attacking argument is never accepted and leaves what it attacks unresolved", () => {
    const lines = ["a contradicts a", "a contradicts b", "claim c"];
    expect(grounded(...lines)).toEqual({ a: "undecided", b: "undecided", c: "accepted" });
    expect(preferred(...lines).extensions).toEqual([["c"]]);
    expect(stable(...lines).extensions).toEqual([]);
  });

  test("an undercut stops an attack from carrying, and the attack carries again when the undercutter is defeated", () => {
    expect(grounded("a contradicts b", "u contradicts (a contradicts b)")).toEqual({ a: "accepted", b: "accepted", u: "accepted" });
    expect(grounded("a contradicts b", "u contradicts (a contradicts b)", "v contradicts u")).toEqual({
      a: "accepted", b: "rejected", u: "rejected", v: "accepted",
    });
  });

  test("an undercut support contributes no derived attack", () => {
    const lines = ["a supports b", "b contradicts c", "d contradicts b"];
    expect(grounded(...lines).c).toBe("rejected");
    expect(grounded(...lines, "u contradicts (a supports b)").c).toBe("accepted");
  });

  test("supported attack: a reason for an attacker attacks too, even when the attacker itself is defeated", () => {
    expect(grounded("a supports b", "b contradicts c", "d contradicts b")).toEqual({
      a: "accepted", b: "rejected", c: "rejected", d: "accepted",
    });
  });

  test("secondary attack: attacking a reason attacks what it supports (general reading only)", () => {
    const lines = ["x contradicts a", "a supports b"];
    expect(grounded(...lines).b).toBe("rejected");
    expect(computeAcceptance(framework(...lines), { support: "none" }).labels.b).toBe("accepted");
  });

  test("mediated attack: under the deductive reading, attacking a conclusion attacks its reasons", () => {
    const lines = ["a supports b", "c contradicts b"];
    expect(computeAcceptance(framework(...lines), { support: "deductive" }).labels.a).toBe("rejected");
    expect(grounded(...lines).a).toBe("accepted");
  });

  test("qualifies is not an attack and actors get no label", () => {
    expect(grounded("a qualifies b", "russia endorses a", "proposal p", "russia opposes p")).toEqual({
      a: "accepted", b: "accepted", p: "accepted",
    });
  });
});
