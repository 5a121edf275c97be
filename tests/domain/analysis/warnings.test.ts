import { findWarnings } from "../../../server/domain/analysis";
import { WarningsReportSchema } from "../../../server/contract/analysis";
import { framework, withExcerpts } from "./map-builder";

const codes = (lines: string[]) => findWarnings(framework(...lines)).warnings.map((warning) => warning.code);

describe("warnings", () => {
  test("an actor endorsing two claims that contradict each other is warned about, with the relations involved", () => {
    const { warnings } = findWarnings(framework("a contradicts b", "x endorses a", "x endorses b"));
    expect(warnings).toEqual([{
      code: "contradictory_endorsements",
      message: '"x" endorses both "a" and "b", but the first contradicts the second.',
      nodeIds: ["a", "b", "x"],
      relationIds: ["a contradicts b", "x endorses a", "x endorses b"],
    }]);
  });

  test("an actor backing and opposing the same node is warned about", () => {
    expect(codes(["x proposes p", "x opposes p", "a supports p"])).toEqual(["endorses_and_opposes"]);
  });

  test("a proposal nothing supports is warned about, one with a reason is not", () => {
    expect(codes(["proposal p", "a contradicts p"])).toEqual(["unsupported_proposal"]);
    expect(codes(["proposal p", "a supports p"])).toEqual([]);
  });

  test("a claim that both supports and contradicts the same target is warned about", () => {
    expect(findWarnings(framework("a supports b", "a contradicts b")).warnings).toEqual([
      expect.objectContaining({ code: "supports_and_contradicts", nodeIds: ["a", "b"], relationIds: ["a contradicts b", "a supports b"] }),
    ]);
  });

  test("claims that support each other in a circle are warned about once per circle", () => {
    const { warnings } = findWarnings(framework("a supports b", "b supports c", "c supports a", "c supports d"));
    expect(warnings).toEqual([expect.objectContaining({ code: "support_cycle", nodeIds: ["a", "b", "c"], relationIds: ["a supports b", "b supports c", "c supports a"] })]);
  });

  test("claims and proposals without excerpts are warned about when the input counts excerpts", () => {
    const map = withExcerpts(framework("a supports b", "x endorses a"), { a: 0, b: 2, x: 0 });
    expect(findWarnings(map).warnings.map((warning) => [warning.code, warning.nodeIds])).toEqual([["missing_excerpt", ["a"]]]);
    expect(findWarnings({ ...map, nodes: map.nodes.map((node) => ({ ...node, excerptCount: undefined, excerpts: [] })) }).warnings).toHaveLength(2);
  });

  test("messages use titles when the input has them, and the report fits the contract", () => {
    const map = framework("proposal p");
    const report = findWarnings({ ...map, nodes: [{ id: "p", kind: "proposal", title: "Talks" }] });
    expect(report.warnings[0]!.message).toBe('Proposal "Talks" has no reason for it: nothing supports it.');
    expect(WarningsReportSchema.safeParse(report).success).toBe(true);
  });
});
