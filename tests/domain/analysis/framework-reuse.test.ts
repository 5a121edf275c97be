import fc from "fast-check";
import { toForced } from "../../../server/domain/analysis/assumptions";
import { buildBipolarGraph } from "../../../server/domain/analysis/bipolar-graph";
import { buildFramework, deriveBaseAttacks, type Framework } from "../../../server/domain/analysis/framework";
import type { AnalysisInput, Assumptions } from "../../../server/domain/analysis";
import { randomMap } from "./random-maps";

/** Everything a framework holds that the semantics and explanations read, in comparable form. */
function shape(framework: Framework) {
  return {
    size: framework.size,
    refuter: framework.refuter,
    attackers: framework.attackers,
    attacked: framework.attacked,
    gates: framework.gates,
    auxGate: framework.auxGate,
    gateOf: [...framework.gateOf.entries()],
    undercutAttackers: [...framework.undercutAttackers.entries()],
    pivotOnly: [...framework.pivotOnly.entries()],
  };
}

const withAssumptions = randomMap({ maxNodes: 12, supports: true, maxUndercuts: 3 }).chain((input: AnalysisInput) =>
  fc.record({
    input: fc.constant(input),
    assumptions: fc.dictionary(fc.constantFrom(...input.nodes.map((node) => node.id)), fc.constantFrom("accepted" as const, "rejected" as const), { maxKeys: 4 }),
    reading: fc.constantFrom("general" as const, "deductive" as const, "none" as const),
  }),
);

describe("what-if frameworks from the map's one derivation", () => {
  test("filtering the attacks derived without assumptions builds exactly the framework a fresh derivation builds", () => {
    fc.assert(
      fc.property(withAssumptions, ({ input, assumptions, reading }: { input: AnalysisInput; assumptions: Assumptions; reading: "general" | "deductive" | "none" }) => {
        const graph = buildBipolarGraph(input);
        const forced = toForced(graph, assumptions);
        const reused = buildFramework(graph, reading, forced, deriveBaseAttacks(graph, reading));
        expect(shape(reused)).toEqual(shape(buildFramework(graph, reading, forced)));
      }),
      { numRuns: 500 },
    );
  });
});
