import { removeOverlaps, spreadToDensity } from "../../client/graph/overlap";
import { withSeededRandom } from "../../client/graph/seeded-random";

describe("overlap removal", () => {
  test("separates stacked boxes until no two overlap, leaving distant ones alone", () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, kind: "claim", width: 180, height: 50 }));
    const positions = Object.fromEntries(nodes.map((n, i) => [n.id, { x: i % 3, y: i % 2 }]));
    positions.far = { x: 5000, y: 5000 };
    const out = removeOverlaps([...nodes, { id: "far", kind: "claim", width: 180, height: 50 }], positions, 10);
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const pa = out[a.id] as { x: number; y: number };
        const pb = out[b.id] as { x: number; y: number };
        const apart = Math.abs(pa.x - pb.x) >= 180 + 10 - 0.01 || Math.abs(pa.y - pb.y) >= 50 + 10 - 0.01;
        expect(apart).toBe(true);
      }
    }
    expect(out.far).toEqual({ x: 5000, y: 5000 });
  });
});

describe("seeded randomness", () => {
  test("gives the same sequence for the same seed and restores Math.random", () => {
    const original = Math.random;
    const draw = () => withSeededRandom(42, () => [Math.random(), Math.random()]);
    expect(draw()).toEqual(draw());
    expect(Math.random).toBe(original);
  });
});

describe("spreading a dense layout", () => {
  test("scales positions about their centre until boxes cover at most the given share of the area", () => {
    const nodes = [0, 1, 2, 3].map((i) => ({ id: `n${i}`, kind: "claim", width: 100, height: 100 }));
    const dense = { n0: { x: 0, y: 0 }, n1: { x: 10, y: 0 }, n2: { x: 0, y: 10 }, n3: { x: 10, y: 10 } };
    const out = spreadToDensity(nodes, dense, 0.25);
    expect(out.n3!.x - out.n0!.x).toBeCloseTo(400);
    expect((out.n0!.x + out.n3!.x) / 2).toBeCloseTo(5);
    const sparse = { n0: { x: 0, y: 0 }, n1: { x: 1000, y: 0 }, n2: { x: 0, y: 1000 }, n3: { x: 1000, y: 1000 } };
    expect(spreadToDensity(nodes, sparse, 0.25)).toBe(sparse);
  });
});
