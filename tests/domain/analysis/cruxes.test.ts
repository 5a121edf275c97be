import { findCruxes } from "../../../server/domain/analysis";
import { CruxReportSchema } from "../../../server/contract/analysis";
import { framework } from "./map-builder";

describe("cruxes", () => {
  test("a claim whose forced status flips a proposal is a crux, with the proposal's new label", () => {
    const report = findCruxes(framework("proposal p", "a contradicts p", "b contradicts a"));
    expect(report.proposals).toEqual([{
      proposal: "p", label: "accepted",
      cruxes: [{ assumptions: { a: "accepted" }, label: "rejected" }, { assumptions: { b: "rejected" }, label: "rejected" }],
    }]);
    expect(report.complete).toBe(true);
  });

  test("claims with no attack path to a proposal are not cruxes of it", () => {
    const report = findCruxes(framework("proposal p", "a contradicts p", "x contradicts y"));
    expect(report.proposals[0]!.cruxes.flatMap((crux) => Object.keys(crux.assumptions))).toEqual(["a"]);
  });

  test("pairs are reported when neither claim alone changes the proposal, after the single cruxes", () => {
    const report = findCruxes(framework("proposal p", "a contradicts p", "c contradicts a", "d contradicts a"));
    expect(report.proposals[0]!.cruxes).toEqual([
      { assumptions: { a: "accepted" }, label: "rejected" },
      { assumptions: { c: "rejected", d: "rejected" }, label: "rejected" },
    ]);
  });

  test("claims are ranked by how many proposals they decide alone, then by how many cruxes they are part of", () => {
    const report = findCruxes(framework("proposal p q", "a contradicts p", "a contradicts q", "b contradicts q"));
    expect(report.ranked).toEqual([{ claim: "a", proposals: 1, cruxes: 2 }, { claim: "b", proposals: 0, cruxes: 1 }]);
  });

  test("the pair search stops at the budget and says the report is incomplete", () => {
    const lines = ["proposal p", ...Array.from({ length: 8 }, (_, i) => [`a${i} contradicts p`, `c${i} contradicts a${i}`, `d${i} contradicts a${i}`]).flat()];
    const full = findCruxes(framework(...lines), { maxPerProposal: 1000, pairCandidates: 100 });
    expect(full.complete).toBe(true);
    expect(full.proposals[0]!.cruxes).toHaveLength(8 + 8);
    const limited = findCruxes(framework(...lines), { maxPerProposal: 1000, pairCandidates: 100, budget: { maxSteps: 2_000 } });
    expect(limited.complete).toBe(false);
    expect(limited.proposals[0]!.cruxes.length).toBeLessThan(16);
  });

  test("assumptions given to the crux search are respected and their claims are not candidates", () => {
    const report = findCruxes(framework("proposal p", "a contradicts p", "b contradicts a"), { assumptions: { b: "rejected" } });
    expect(report.proposals[0]).toEqual({ proposal: "p", label: "rejected", cruxes: [{ assumptions: { a: "rejected" }, label: "accepted" }] });
  });

  test("the most contested nodes have the most attackers, the most relied-on claims reach the most proposals", () => {
    const report = findCruxes(framework("proposal p q", "a supports b", "b supports p", "a supports q", "x contradicts b", "y contradicts b", "b contradicts x"));
    expect(report.contested[0]).toEqual({ node: "b", attackers: 2, attacks: 1 });
    expect(report.reliedOn[0]).toEqual({ claim: "a", proposals: 2, descendants: 3 });
    expect(CruxReportSchema.safeParse(report).success).toBe(true);
  });
});
