import { exportAifJson } from "../../../server/domain/formats/aif-export";
import { importAifJson } from "../../../server/domain/formats/aif-import";
import { groupKeys, nodeKeys, readInvalid, readValid, refusal, relationKeys, smallMap } from "./format-test-kit";

/** An AIF reader that ignores Crux's extra `crux` fields sees only this. */
function withoutCruxFields(aif: string): string {
  return JSON.stringify(JSON.parse(aif), (key, value: unknown) => (key === "crux" ? undefined : value));
}

describe("aif-json export", () => {
  test("writes the small map as the golden AIFdb nodeset", () => {
    expect(exportAifJson(smallMap())).toBe(readValid("small-map.aif.json"));
  });

  test("uses I-nodes for statements, one RA per linked group, a CA aimed at the RA it undercuts, MA, L, YA and participants", () => {
    const set = JSON.parse(exportAifJson(smallMap())) as { nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[]; participants: unknown[]; locutions: unknown[] };
    const count = (type: string) => set.nodes.filter((n) => n.type === type).length;
    expect({ I: count("I"), RA: count("RA"), CA: count("CA"), MA: count("MA"), YA: count("YA"), L: count("L") }).toEqual({ I: 10, RA: 4, CA: 2, MA: 2, YA: 4, L: 4 });
    expect(set.participants).toHaveLength(3);
    expect(set.locutions).toHaveLength(4);
    const byId = new Map(set.nodes.map((n) => [n.nodeID, n]));
    const undercut = set.edges.filter((e) => byId.get(e.fromID)!.type === "CA" && byId.get(e.toID)!.type === "RA");
    expect(undercut).toHaveLength(1);
    const linkedRa = set.nodes.find((n) => n.type === "RA" && set.edges.filter((e) => e.toID === n.nodeID).length === 2);
    expect(linkedRa).toBeDefined();
  });
});

describe("aif-json round trip", () => {
  test("keeps every node, relation kind, linked group, undercut, actor alias, tag and position (through Crux's extra fields)", async () => {
    const map = smallMap();
    const { map: back, warnings } = importAifJson(exportAifJson(map));
    expect(nodeKeys(back)).toEqual(nodeKeys(map));
    expect(relationKeys(back)).toEqual(relationKeys(map));
    expect(groupKeys(back)).toEqual(groupKeys(map));
    expect(back.nodes.find((n) => n.title === "Russia")!.aliases).toEqual(["Moscow", "the Kremlin"]);
    expect(back.nodes.find((n) => n.title === "Trilateral consultation")).toMatchObject({ tags: ["policy", "key proposal"], position: { x: 400, y: 0 } });
    expect(back.map).toEqual(map.map);
    expect(warnings).toEqual(["L-nodes (locutions) are not imported as nodes; their speakers became actors (4 times)"]);
  });

  test("loses what AIF cannot carry: documents, excerpts, strength and notes", () => {
    const { map: back } = importAifJson(exportAifJson(smallMap()));
    expect(back.documents).toEqual([]);
    expect(back.nodes.every((n) => n.excerpts.length === 0)).toBe(true);
    expect(back.relations.every((r) => r.strength === null && r.note === "" && r.excerpts.length === 0)).toBe(true);
  });

  test("a plain AIF reader (no crux fields) keeps claims, supports, linked groups, contradictions, the undercut and who asserts or opposes what", () => {
    const map = smallMap();
    const { map: back, warnings } = importAifJson(withoutCruxFields(exportAifJson(map)));
    // Proposals read as claims and titles are derived from texts; qualifies, part_of and concerns are lost;
    // "Russia proposes" becomes an endorsement of a claim, which Russia already endorses.
    expect(back.nodes.filter((n) => n.kind === "claim")).toHaveLength(10);
    expect(back.nodes.filter((n) => n.kind === "actor").map((n) => n.title)).toEqual(["Russia", "Moscow conservatives", "The Obama Administration"]);
    expect(back.relations.map((r) => r.relation).sort()).toEqual(["contradicts", "contradicts", "endorses", "endorses", "opposes", "supports", "supports", "supports", "supports", "supports"]);
    expect(groupKeys(back)).toHaveLength(1);
    expect(back.relations.some((r) => back.relations.some((t) => t.id === r.target))).toBe(true);
    expect(warnings).toContain("MA nodes (rephrase) have no Crux equivalent and were left out (2 times)");
  });
});

describe("aif-json import", () => {
  test("reads an AIFdb nodeset: linked premises, conflict, undercut, speakers, and reports what has no Crux equivalent", () => {
    const { map, warnings } = importAifJson(readValid("aifdb-nodeset.json"));
    expect(nodeKeys(map, ["actor"])).toEqual(["actor:Anna Vance", "actor:Ben Okafor", "actor:Carl Reyes"]);
    expect(relationKeys(map)).toEqual([
      "contradicts | claim:Changing behaviour was never the sanctions' aim | (supports | claim:Sanctions have not changed the regime's behaviour | claim:The West should lift the sanctions)",
      "contradicts | claim:Lifting the sanctions would reward the nuclear tests | claim:The West should lift the sanctions",
      "endorses | actor:Anna Vance | claim:Sanctions hurt ordinary people most",
      "endorses | actor:Anna Vance | claim:The West should lift the sanctions",
      "endorses | actor:Ben Okafor | claim:Changing behaviour was never the sanctions' aim",
      "endorses | actor:Ben Okafor | claim:Sanctions have not changed the regime's behaviour",
      "endorses | actor:Carl Reyes | claim:Lifting the sanctions would reward the nuclear tests",
      "endorses | actor:Carl Reyes | claim:The IAEA says the tests continue",
      "opposes | actor:Carl Reyes | claim:The West should lift the sanctions",
      "supports | claim:Sanctions have not changed the regime's behaviour | claim:The West should lift the sanctions",
      "supports | claim:Sanctions hurt ordinary people most | claim:The West should lift the sanctions",
      "supports | claim:The IAEA says the tests continue | claim:Lifting the sanctions would reward the nuclear tests",
    ]);
    expect(groupKeys(map)).toHaveLength(1);
    expect(warnings).toEqual(
      expect.arrayContaining([
        "TA nodes (transitions between locutions) have no Crux equivalent and were left out",
        "PA nodes (preferences) have no Crux equivalent and were left out",
        "MA nodes (rephrase) have no Crux equivalent and were left out",
        'The scheme "Argument From Expert Opinion" of an RA node has no Crux equivalent; the relation was kept without it',
        'YA nodes with the illocution "Pure Questioning" have no Crux equivalent and were left out',
      ]),
    );
  });

  test("reads an OVA3 file with positions from its OVA nodes and a speaker from its participants", () => {
    const { map, warnings } = importAifJson(readValid("ova3-analysis.json"), { slug: "ova-test", title: "OVA test" });
    expect(map.map).toMatchObject({ slug: "ova-test", title: "OVA test" });
    expect(map.nodes.find((n) => n.title.startsWith("Russia would back"))!.position).toEqual({ x: 400, y: 100 });
    expect(relationKeys(map)).toEqual([
      "contradicts | claim:Moscow distrusts Washington's intentions | claim:Russia would back strategic engagement with North Korea",
      "endorses | actor:Georgy Toloraya | claim:Russia would back strategic engagement with North Korea",
      "supports | claim:Engagement serves Russia's interest in stability | claim:Russia would back strategic engagement with North Korea",
    ]);
    expect(warnings).toContain("The analysed text of the OVA file was not imported; upload it as a source document");
  });

  test("refuses a nodeset with duplicate or missing ids and edges to nowhere, listing every problem", async () => {
    const error = await refusal(() => importAifJson(readInvalid("aif-broken-nodeset.json")));
    expect(error.code).toBe("invalid_map_file");
    expect(error.details.errors).toEqual([
      { path: "nodes[1].nodeID", message: 'the nodeID "1" is used twice' },
      { path: "nodes[2].nodeID", message: "a node needs a nodeID (string or number)" },
      { path: "edges[1].toID", message: 'no node has the id "99"' },
      { path: "locutions[0]", message: "a locution needs a nodeID and a personID" },
    ]);
  });

  test("refuses a file that is not a nodeset", async () => {
    const error = await refusal(() => importAifJson('{"AIF": {"edges": []}}'));
    expect(error.details.errors).toEqual([{ path: "AIF.nodes", message: "expected an array of nodes" }]);
  });
});
