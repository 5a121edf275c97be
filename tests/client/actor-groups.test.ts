import { groupByActor } from "../../client/graph/actor-groups";
import type { LayoutInput } from "../../client/graph/layout-input";

const box = (id: string, kind: string) => ({ id, kind, width: kind === "actor" ? 100 : 180, height: 50 });

function overlaps(input: LayoutInput, positions: ReturnType<typeof groupByActor>): string[] {
  const found: string[] = [];
  const nodes = input.nodes.filter((n) => positions[n.id]);
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      const pa = positions[a.id] as { x: number; y: number };
      const pb = positions[b.id] as { x: number; y: number };
      if (Math.abs(pa.x - pb.x) < (a.width + b.width) / 2 && Math.abs(pa.y - pb.y) < (a.height + b.height) / 2) found.push(`${a.id}/${b.id}`);
    }),
  );
  return found;
}

describe("grouped-by-actor layout", () => {
  const input: LayoutInput = {
    nodes: [box("russia", "actor"), box("us", "actor"), ...Array.from({ length: 14 }, (_, i) => box(`c${i}`, i < 3 ? "proposal" : "claim")), box("loner", "claim")],
    edges: [
      { id: "e1", source: "russia", target: "c0", relation: "proposes" },
      { id: "e2", source: "us", target: "c0", relation: "endorses" },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, source: `c${i + 1}`, target: "russia", relation: "concerns" as const })),
      { id: "e3", source: "c12", target: "us", relation: "concerns" },
    ],
  };
  const positions = groupByActor(input);

  test("places every node, with no two boxes overlapping", () => {
    for (const n of input.nodes) expect(positions[n.id]).toBeDefined();
    expect(overlaps(input, positions)).toEqual([]);
  });

  test("a node joins the actor that proposes it rather than one that only endorses it", () => {
    const distance = (a: string, b: string) => Math.hypot((positions[a]?.x ?? 0) - (positions[b]?.x ?? 0), (positions[a]?.y ?? 0) - (positions[b]?.y ?? 0));
    expect(distance("c0", "russia")).toBeLessThan(distance("c0", "us"));
    expect(distance("c12", "us")).toBeLessThan(distance("c12", "russia"));
  });
});
