import type { CruxReport, StanceMatrix } from "../../server/contract/analysis";
import { cruxList } from "../../client/state/analysis-cruxes";
import { stanceTable } from "../../client/state/analysis-stances";
import { indexGraph } from "../../client/state/graph-index";
import { aGraph, aNode, sampleGraph } from "./graph-fixture";

/** The sample map (a1 Russia proposes p1 and endorses c1; a2 opposes p1) plus a3 Japan, which states nothing. */
// (The matrix is the server's answer; here a1 also endorses p2, so it states the most stances.)
const index = indexGraph(aGraph([...sampleGraph().nodes, aNode("a3", "actor", { title: "Japan" })], sampleGraph().relations));

const matrix: StanceMatrix = {
  semantics: "grounded",
  actors: ["a1", "a2", "a3"],
  proposals: ["p2", "p1"],
  rows: [
    { actor: "a1", cells: [{ proposal: "p1", stated: "proposes", derived: "accepted" }, { proposal: "p2", stated: "endorses", derived: "accepted" }], conflicts: [] },
    { actor: "a2", cells: [{ proposal: "p1", stated: "opposes", derived: "rejected" }, { proposal: "p2", stated: null, derived: "accepted" }], conflicts: ["c1"] },
    { actor: "a3", cells: [{ proposal: "p1", stated: null, derived: "rejected" }, { proposal: "p2", stated: null, derived: "accepted" }], conflicts: [] },
  ],
  complete: true,
};

describe("stance matrix → table rows", () => {
  test("makes a row per proposal in the map's order and a column per actor that states a stance, the most committed first", () => {
    const table = stanceTable(matrix, index);
    expect(table.rows.map((r) => r.proposal.title)).toEqual(["Strategic engagement with North Korea", "Dismantle nuclear infrastructure, Nunn-Lugar style"]);
    expect(table.columns.map((c) => c.actor.title)).toEqual(["Russia", "Moscow conservatives"]);
    expect(table.omitted).toBe(1);
    expect(table.columns[1]?.conflicts.map((n) => n.title)).toEqual(["Russia would support such a policy"]);
  });

  test("takes the map's own label from an actor with no stance, and marks the cells whose label differs from it", () => {
    const [p1] = stanceTable(matrix, index).rows;
    expect(p1?.baseline).toBe("rejected");
    expect(p1?.cells.map((c) => [c.actor, c.stated, c.derived, c.differs])).toEqual([
      ["a1", "proposes", "accepted", true],
      ["a2", "opposes", "rejected", false],
    ]);
    expect(p1?.cells[0]?.text).toBe("“Strategic engagement with North Korea”: Russia proposes it; given its commitments, the proposal is accepted.");
  });

  test("shows every actor on request, and has no baseline when every actor is committed", () => {
    expect(stanceTable(matrix, index, true).columns.map((c) => c.actor.id)).toEqual(["a1", "a2", "a3"]);
    const committedOnly = { ...matrix, actors: ["a1", "a2"], rows: matrix.rows.slice(0, 2) };
    const table = stanceTable(committedOnly, index);
    expect(table.rows.every((r) => r.baseline === null && r.cells.every((c) => !c.differs))).toBe(true);
  });
});

describe("crux report → the Cruxes list", () => {
  const report: CruxReport = {
    proposals: [
      { proposal: "p2", label: "accepted", cruxes: [] },
      { proposal: "p1", label: "rejected", cruxes: [{ assumptions: { c3: "rejected", c2: "accepted" }, label: "accepted" }] },
    ],
    ranked: [{ claim: "c3", proposals: 1, cruxes: 1 }, { claim: "c5", proposals: 0, cruxes: 0 }],
    contested: [],
    reliedOn: [],
    complete: true,
  };

  test("lists proposals with cruxes first, each crux's parts named by title in id order", () => {
    const list = cruxList(report, index);
    expect(list.groups.map((g) => g.proposal.id)).toEqual(["p1", "p2"]);
    expect(list.groups[0]?.cruxes[0]).toMatchObject({
      key: "c2:accepted,c3:rejected",
      becomes: "accepted",
      parts: [
        { node: { title: "Engagement reduces tensions" }, status: "accepted" },
        { node: { title: "Moscow fears a US presence" }, status: "rejected" },
      ],
    });
  });

  test("names the claims that decide proposals, leaving out those that decide none", () => {
    expect(cruxList(report, index).decisive).toEqual([{ node: { id: "c3", title: "Moscow fears a US presence", kind: "claim" }, proposals: 1 }]);
  });
});
