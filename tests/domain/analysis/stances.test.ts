import { evaluateActorView, stanceMatrix } from "../../../server/domain/analysis";
import { StanceMatrixSchema } from "../../../server/contract/analysis";
import { isDomainError } from "../../../server/domain/errors";
import { framework } from "./map-builder";

const debate = [
  "proposal p q",
  "a supports p",
  "b contradicts a",
  "c contradicts q",
  "moscow endorses a",
  "moscow proposes q",
  "washington endorses b",
  "washington opposes q",
];

describe("actors' points of view", () => {
  test("an actor's view assumes what it endorses or proposes accepted and what it opposes rejected", () => {
    const view = evaluateActorView(framework(...debate), "washington");
    expect(view.actor).toBe("washington");
    expect(view.assumptions).toEqual({ b: "accepted", q: "rejected" });
    expect(view.labels).toMatchObject({ a: "rejected", b: "accepted", p: "rejected", q: "rejected" });
  });

  test("from the other actor's view the same map reads the other way", () => {
    const view = evaluateActorView(framework(...debate), "moscow");
    expect(view.labels).toMatchObject({ a: "accepted", b: "accepted", p: "accepted", q: "accepted" });
  });

  test("explicit assumptions override the actor's stance", () => {
    const view = evaluateActorView(framework(...debate), "moscow", { assumptions: { a: "rejected" } });
    expect(view.assumptions).toEqual({ a: "rejected", q: "accepted" });
    expect(view.labels).toMatchObject({ a: "rejected", p: "rejected" });
  });

  test("the stance matrix lists stated stances and the label each actor's assumptions give each proposal", () => {
    const matrix = stanceMatrix(framework(...debate));
    expect(matrix.actors).toEqual(["moscow", "washington"]);
    expect(matrix.proposals).toEqual(["p", "q"]);
    expect(matrix.rows).toEqual([
      { actor: "moscow", conflicts: [], cells: [{ proposal: "p", stated: null, derived: "accepted" }, { proposal: "q", stated: "proposes", derived: "accepted" }] },
      { actor: "washington", conflicts: [], cells: [{ proposal: "p", stated: null, derived: "rejected" }, { proposal: "q", stated: "opposes", derived: "rejected" }] },
    ]);
    expect(StanceMatrixSchema.safeParse(matrix).success).toBe(true);
  });

  test("a node an actor both endorses and opposes is left unassumed and reported as a conflict", () => {
    const matrix = stanceMatrix(framework("proposal p", "b contradicts p", "x endorses p", "x opposes p", "x opposes b"));
    expect(matrix.rows[0]).toEqual({ actor: "x", conflicts: ["p"], cells: [{ proposal: "p", stated: null, derived: "accepted" }] });
  });

  test("the stance matrix can use preferred semantics", () => {
    const matrix = stanceMatrix(framework("proposal p", "a contradicts p", "p contradicts a", "x endorses a", "claim unrelated"), { semantics: "preferred" });
    expect(matrix).toMatchObject({ semantics: "preferred", complete: true, rows: [{ cells: [{ derived: "rejected" }] }] });
  });

  test("the view of an id that is not an actor is not_found", () => {
    let error: unknown;
    try {
      evaluateActorView(framework(...debate), "a");
    } catch (caught) {
      error = caught;
    }
    expect(isDomainError(error) && error.code).toBe("not_found");
  });
});
