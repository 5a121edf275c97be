import fc from "fast-check";
import type { AnalysisInput, AnalysisRelation } from "../../../server/domain/analysis";

export interface RandomMapShape {
  readonly maxNodes: number;
  readonly supports: boolean;
  readonly maxUndercuts: number;
  /** Relations per node at most (default 2). */
  readonly density?: number;
}

/**
 * Random maps: claims n0..n(k-1) (some proposals), `contradicts` (self-attacks included), optionally `supports`
 * with strengths, and undercuts aimed at earlier relations. Seeded by fast-check, so failures shrink and replay.
 */
export function randomMap({ maxNodes, supports, maxUndercuts, density = 2 }: RandomMapShape): fc.Arbitrary<AnalysisInput> {
  return fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      proposals: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      edges: fc.array(
        fc.record({
          source: fc.nat(n - 1),
          target: fc.nat(n - 1),
          supports: supports ? fc.boolean() : fc.constant(false),
          strength: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        }),
        { maxLength: density * n },
      ),
      undercuts: fc.array(fc.record({ source: fc.nat(n - 1), relation: fc.nat(1_000) }), { maxLength: maxUndercuts }),
    }).map(({ proposals, edges, undercuts }) => {
      const nodes = proposals.map((isProposal, i) => ({ id: `n${i}`, kind: isProposal ? ("proposal" as const) : ("claim" as const) }));
      const relations: AnalysisRelation[] = edges.map((edge, i) => ({
        id: `r${i}`,
        source: `n${edge.source}`,
        target: `n${edge.target}`,
        targetType: "node",
        relation: edge.supports ? "supports" : "contradicts",
        strength: edge.strength,
      }));
      undercuts.forEach((u, i) => {
        if (relations.length === 0) return;
        const target = relations[u.relation % relations.length]!;
        relations.push({ id: `u${i}`, source: `n${u.source}`, target: target.id, targetType: "relation", relation: "contradicts", strength: null });
      });
      return { nodes, relations };
    }),
  );
}
