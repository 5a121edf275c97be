import { allowedRelations, assertRelationAllowed, isRelationAllowed } from "../../server/domain/relation-rules";

describe("relation rules (DESIGN.md's table)", () => {
  test.each([
    ["supports", "claim", "proposal", true],
    ["supports", "actor", "claim", false],
    ["contradicts", "claim", "relation", true],
    ["supports", "claim", "relation", false],
    ["qualifies", "claim", "proposal", true],
    ["qualifies", "proposal", "claim", false],
    ["endorses", "actor", "proposal", true],
    ["opposes", "actor", "claim", true],
    ["proposes", "actor", "claim", false],
    ["concerns", "claim", "actor", true],
    ["concerns", "actor", "claim", false],
    ["part_of", "proposal", "proposal", true],
    ["part_of", "claim", "proposal", false],
  ] as const)("%s from a %s to a %s is allowed: %s", (relation, source, target, allowed) => {
    expect(isRelationAllowed(relation, source, target)).toBe(allowed);
  });

  test("offers only the kinds valid between two endpoints", () => {
    expect(allowedRelations("actor", "proposal")).toEqual(["endorses", "opposes", "proposes"]);
    expect(allowedRelations("claim", "relation")).toEqual(["contradicts"]);
  });

  test("explains a refused relation in words", () => {
    expect(() =>
      assertRelationAllowed({ relation: "proposes", source: { id: "a", kind: "claim" }, target: { id: "b", kind: "proposal" } }),
    ).toThrow(/"proposes" cannot go from a claim to a proposal: it goes from actor to proposal/);
  });

  test("refuses a node related to itself", () => {
    expect(() =>
      assertRelationAllowed({ relation: "supports", source: { id: "a", kind: "claim" }, target: { id: "a", kind: "claim" } }),
    ).toThrow(expect.objectContaining({ code: "self_relation" }));
  });
});
