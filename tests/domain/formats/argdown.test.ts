import type { IArgdownResponse } from "@argdown/core";
import { exportArgdown } from "../../../server/domain/formats/argdown-export";
import { importArgdown } from "../../../server/domain/formats/argdown-import";
import { readArgdown } from "../../../server/domain/formats/argdown-parse";
import { groupKeys, nodeKeys, readInvalid, readValid, refusal, relationKeys, smallMap } from "./format-test-kit";

function countRelations(response: IArgdownResponse, type: string): number {
  return (response.relations ?? []).filter((r) => r.relationType === type).length;
}

describe("argdown export", () => {
  test("writes the small map as the golden Argdown file", () => {
    expect(exportArgdown(smallMap())).toBe(readValid("small-map.argdown"));
  });

  test("@argdown/core reads it with no errors into the same statements, supports, attacks and undercuts", async () => {
    const map = smallMap();
    const { response, problems } = await readArgdown(exportArgdown(map));
    expect(problems).toEqual([]);
    expect(Object.keys(response.statements!).sort()).toEqual(map.nodes.filter((n) => n.kind !== "actor").map((n) => n.title.replace("[", "(").replace("]", ")")).sort());
    // Linked premises and undercut supports are reconstructed arguments: their supports are premise → conclusion
    // links of the argument, not `+` relations; everything else is a relation of the same kind.
    const premises = Object.values(response.arguments!).reduce((n, a) => n + a.pcs.filter((s) => s.role === "premise").length, 0);
    const crux = (kind: string, toRelation: boolean) => map.relations.filter((r) => r.relation === kind && map.relations.some((t) => t.id === r.target) === toRelation).length;
    expect(countRelations(response, "support") + premises).toBe(crux("supports", false));
    expect(countRelations(response, "attack")).toBe(crux("contradicts", false));
    expect(countRelations(response, "undercut")).toBe(crux("contradicts", true));
    expect(response.relations!.length).toBe(4);
  });

  test("a map without statements still gives a file the parser accepts", async () => {
    const map = { ...smallMap(), nodes: smallMap().nodes.filter((n) => n.kind === "actor"), relations: [] };
    expect((await readArgdown(exportArgdown(map))).problems).toEqual([]);
  });
});

describe("argdown round trip", () => {
  test("keeps every statement, actor and relation kind, the linked group and the undercut", async () => {
    const map = smallMap();
    const { map: back, warnings } = await importArgdown(exportArgdown(map));
    expect(nodeKeys(back)).toEqual(nodeKeys(map));
    expect(relationKeys(back)).toEqual(relationKeys(map));
    expect(groupKeys(back)).toEqual(groupKeys(map));
    expect(back.map).toEqual(map.map);
    expect(back.nodes.find((n) => n.title === "Russia")!.aliases).toEqual(["Moscow", "the Kremlin"]);
    expect(back.nodes.find((n) => n.title === "Trilateral consultation")!.tags).toEqual(["policy", "key proposal"]);
    expect(warnings).toEqual([]);
  });

  test("loses line breaks inside texts, positions, strength, notes, documents and excerpts", async () => {
    const map = smallMap();
    const { map: back } = await importArgdown(exportArgdown(map));
    expect(back.nodes.find((n) => n.title.startsWith("A unified Korea"))!.text).toBe("A unified Korea could become a US client state. That would put US troops on Russia's border.");
    expect(back.nodes.every((n) => n.position === null && n.excerpts.length === 0)).toBe(true);
    expect(back.relations.every((r) => r.strength === null && r.note === "")).toBe(true);
    expect(back.documents).toEqual([]);
  });
});

describe("argdown import", () => {
  test("reads a hand-written debate: proposal tag, reconstructed argument, undercut, argument without premises, contradictory", async () => {
    const { map, warnings } = await importArgdown(readValid("general-debate.argdown"), { slug: "sanctions" });
    expect(map.map).toMatchObject({ slug: "sanctions", title: "Should the West lift sanctions on North Korea?" });
    expect(nodeKeys(map)).toEqual(["claim:Aim", "claim:Duty", "claim:Hardship", "claim:No effect", "claim:No reward", "claim:Reward", "claim:Talks argument", "proposal:Lift sanctions"]);
    expect(relationKeys(map)).toEqual([
      "contradicts | claim:Aim | (supports | claim:Hardship | proposal:Lift sanctions)",
      "contradicts | claim:No reward | claim:Reward",
      "contradicts | claim:Reward | claim:No reward",
      "contradicts | claim:Reward | proposal:Lift sanctions",
      "supports | claim:Duty | proposal:Lift sanctions",
      "supports | claim:Hardship | proposal:Lift sanctions",
      "supports | claim:No effect | proposal:Lift sanctions",
      "supports | claim:Talks argument | proposal:Lift sanctions",
    ]);
    expect(groupKeys(map)).toHaveLength(1);
    expect(map.nodes.find((n) => n.title === "Lift sanctions")!.text).toBe("The West should lift the sanctions on North Korea.");
    expect(warnings).toEqual(["Arguments without premises and conclusion became claims"]);
  });

  test("refuses a file with parser errors, listing each with its line", async () => {
    const error = await refusal(() => importArgdown(readInvalid("parse-errors.argdown")));
    expect(error.code).toBe("invalid_map_file");
    expect(error.details.errors).toEqual([
      { path: "line 4, column 40", message: expect.stringContaining("Incomplete italic text range") },
      { path: "line 10, column 1", message: expect.stringContaining("Expecting token of type --> EOF <--") },
      { path: "", message: "invalid YAML data or front matter: missed comma between flow collection entries (1:10)" },
    ]);
  });

  test("refuses an empty file and unknown titles in Crux's front matter", async () => {
    expect((await refusal(() => importArgdown("  \n\n"))).details.errors).toEqual([{ path: "", message: "the file is empty" }]);
    const text = '===\n{"crux": {"relations": [{"relation": "endorses", "source": "Nobody", "target": "A"}]}}\n===\n\n[A]: a\n';
    expect((await refusal(() => importArgdown(text))).details.errors).toEqual([{ path: "front matter crux.relations[0].source", message: 'no actor is titled "Nobody"' }]);
  });

  test("ignores front-matter settings, so a file cannot switch the parser into another mode", async () => {
    const { map } = await importArgdown("===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  + [B]: b\n");
    expect(relationKeys(map)).toEqual(["supports | claim:B | claim:A"]);
  });
});
