import fc from "fast-check";
import { evaluate, prepareMap, type Evaluation } from "../../../server/domain/analysis/evaluation";
import type { Framework } from "../../../server/domain/analysis/framework";
import { groundedLabelling, LABELS } from "../../../server/domain/analysis/grounded";
import { computeAcceptance, findCruxes, type AnalysisInput, type Assumptions } from "../../../server/domain/analysis";
import { attackMatrix, bruteGrounded, brutePreferred, bruteStable, isAdmissible, toMask } from "./reference-semantics";
import { randomMap } from "./random-maps";

const RUNS = { numRuns: 300 };
const attacksOnly = randomMap({ maxNodes: 10, supports: false, maxUndercuts: 0, density: 4 });
const bipolar = randomMap({ maxNodes: 7, supports: true, maxUndercuts: 2 });

function withAssumptions(maps: fc.Arbitrary<AnalysisInput>): fc.Arbitrary<{ input: AnalysisInput; assumptions: Assumptions }> {
  return maps.chain((input) =>
    fc.record({
      input: fc.constant(input),
      assumptions: fc.dictionary(fc.constantFrom(...input.nodes.map((node) => node.id)), fc.constantFrom("accepted" as const, "rejected" as const), { maxKeys: 3 }),
    }),
  );
}

function sortCruxes<T extends { assumptions: object }>(cruxes: T[]): T[] {
  return [...cruxes].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

function run(input: AnalysisInput, semantics: "grounded" | "preferred" | "stable"): Evaluation {
  return evaluate(prepareMap(input), { semantics });
}

function groundedMask(framework: Framework): number {
  const { labels } = groundedLabelling(framework);
  return toMask([...labels.keys()].filter((v) => labels[v] === LABELS.IN));
}

describe("semantics match their definitions on random frameworks", () => {
  test("grounded, preferred and stable equal brute-force enumeration on frameworks of at most 10 arguments", () => {
    fc.assert(
      fc.property(attacksOnly, (input) => {
        const preferred = run(input, "preferred");
        const attackersOf = attackMatrix(preferred.framework);
        expect(groundedMask(preferred.framework)).toBe(bruteGrounded(attackersOf));
        expect(preferred.extensions!.map(toMask).sort((a, b) => a - b)).toEqual(brutePreferred(attackersOf));
        expect(run(input, "stable").extensions!.map(toMask).sort((a, b) => a - b)).toEqual(bruteStable(attackersOf));
      }),
      RUNS,
    );
  });

  test("grounded ranks are the rounds in which arguments are decided: unattacked 0, OUT one after its earliest IN attacker, IN one after its last OUT attacker", () => {
    fc.assert(
      fc.property(attacksOnly, (input) => {
        const { framework } = run(input, "grounded");
        const { labels, rank } = groundedLabelling(framework);
        const { offsets, targets } = framework.attackers;
        const attackersOf = (v: number): number[] => Array.from(targets.subarray(offsets[v], offsets[v + 1]));
        for (let v = 0; v < framework.size; v += 1) {
          const ranksOf = (label: number): number[] => attackersOf(v).filter((a) => labels[a] === label).map((a) => rank[a]!);
          const expected = labels[v] === LABELS.OUT ? 1 + Math.min(...ranksOf(LABELS.IN)) : labels[v] === LABELS.IN && attackersOf(v).length > 0 ? 1 + Math.max(...ranksOf(LABELS.OUT)) : 0;
          expect(rank[v]).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  test("with supports and undercuts, the flattened framework's extensions equal brute-force enumeration", () => {
    fc.assert(
      fc.property(bipolar, (input) => {
        const preferred = run(input, "preferred");
        if (preferred.framework.size > 16) return;
        const attackersOf = attackMatrix(preferred.framework);
        expect(preferred.extensions!.map(toMask).sort((a, b) => a - b)).toEqual(brutePreferred(attackersOf));
        expect(run(input, "stable").extensions!.map(toMask).sort((a, b) => a - b)).toEqual(bruteStable(attackersOf));
      }),
      RUNS,
    );
  });

  test("the grounded extension lies inside every preferred extension and every stable extension is preferred", () => {
    fc.assert(
      fc.property(randomMap({ maxNodes: 30, supports: true, maxUndercuts: 3 }), (input) => {
        const preferred = run(input, "preferred").extensions!.map((e) => [...e].join(","));
        const grounded = run(input, "grounded").result.labels;
        const accepted = computeAcceptance(input, { semantics: "preferred" }).labels;
        for (const [id, label] of Object.entries(grounded)) if (label === "accepted") expect(accepted[id]).toBe("accepted");
        for (const stable of run(input, "stable").extensions!) expect(preferred).toContain([...stable].join(","));
      }),
      RUNS,
    );
  });

  test("every preferred and stable extension is admissible, and no preferred extension contains another", () => {
    fc.assert(
      fc.property(randomMap({ maxNodes: 12, supports: true, maxUndercuts: 1 }), (input) => {
        for (const semantics of ["preferred", "stable"] as const) {
          const evaluation = run(input, semantics);
          if (evaluation.framework.size > 30) return;
          const attackersOf = attackMatrix(evaluation.framework);
          const masks = evaluation.extensions!.map(toMask);
          for (const mask of masks) expect(isAdmissible(attackersOf, mask)).toBe(true);
          for (const a of masks) for (const b of masks) if (a !== b) expect((a & b) === a).toBe(false);
        }
      }),
      RUNS,
    );
  });

  test("assumed nodes take their assumed labels in grounded, preferred and stable semantics", () => {
    fc.assert(
      fc.property(withAssumptions(randomMap({ maxNodes: 15, supports: true, maxUndercuts: 2 })), ({ input, assumptions }) => {
        for (const semantics of ["grounded", "preferred", "stable"] as const) {
          const result = computeAcceptance(input, { semantics, assumptions });
          if (result.extensions?.length === 0) continue;
          for (const [id, status] of Object.entries(assumptions)) expect(result.labels[id]).toBe(status);
        }
      }),
      RUNS,
    );
  });

  test("single cruxes are exactly the one-claim assumptions that change a proposal's grounded label on the whole map", () => {
    fc.assert(
      fc.property(withAssumptions(randomMap({ maxNodes: 8, supports: true, maxUndercuts: 2 })), fc.constantFrom("general" as const, "deductive" as const), ({ input, assumptions }, support) => {
        const report = findCruxes(input, { assumptions, support, maxPerProposal: 1_000 });
        const base = computeAcceptance(input, { assumptions, support }).labels;
        for (const { proposal, label, cruxes } of report.proposals) {
          expect(label).toBe(base[proposal]);
          const singles = cruxes.filter((crux) => Object.keys(crux.assumptions).length === 1);
          const claims = input.nodes.filter((node) => node.kind === "claim" && !(node.id in assumptions));
          const expected = claims.flatMap((claim) =>
            (["accepted", "rejected"] as const).flatMap((status) => {
              const flipped = computeAcceptance(input, { assumptions: { ...assumptions, [claim.id]: status }, support }).labels[proposal]!;
              return flipped === base[proposal] ? [] : [{ assumptions: { [claim.id]: status }, label: flipped }];
            }),
          );
          expect(sortCruxes(singles)).toEqual(sortCruxes(expected));
          for (const crux of cruxes) expect(computeAcceptance(input, { assumptions: { ...assumptions, ...crux.assumptions }, support }).labels[proposal]).toBe(crux.label);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("gradual strengths stay within [0, 1] and label accepted exactly above one half", () => {
    fc.assert(
      fc.property(bipolar, fc.double({ min: 0, max: 1, noNaN: true }), (input, baseScore) => {
        const result = computeAcceptance(input, { semantics: "gradual", baseScore });
        for (const [id, strength] of Object.entries(result.strengths!)) {
          expect(strength).toBeGreaterThanOrEqual(0);
          expect(strength).toBeLessThanOrEqual(1);
          expect(result.labels[id] === "accepted").toBe(strength > 0.5 + 1e-9);
        }
      }),
      RUNS,
    );
  });

  test("results do not depend on the order of nodes and relations in the input", () => {
    const shuffled = randomMap({ maxNodes: 12, supports: true, maxUndercuts: 2 }).chain((input) =>
      fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.nodes], { minLength: input.nodes.length }), fc.shuffledSubarray([...input.relations], { minLength: input.relations.length })),
    );
    fc.assert(
      fc.property(shuffled, ([input, nodes, relations]) => {
        for (const semantics of ["grounded", "preferred", "stable"] as const) {
          expect(computeAcceptance({ nodes, relations }, { semantics })).toEqual(computeAcceptance(input, { semantics }));
        }
      }),
      { numRuns: 100 },
    );
  });
});
