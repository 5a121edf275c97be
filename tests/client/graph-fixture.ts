import type { Graph } from "../../server/contract/graph";
import type { GraphNode } from "../../server/contract/node";
import type { GraphRelation } from "../../server/contract/relation";
import type { NodeKind, RelationKind } from "../../server/contract/vocabulary";

/** A graph node with defaults: `aNode("c1", "claim", { title: "…" })`. */
export function aNode(id: string, kind: NodeKind, overrides: Partial<GraphNode> = {}): GraphNode {
  return { id, mapId: "m", kind, title: `Title of ${id}`, text: "", aliases: [], tags: [], position: null, excerpts: [], version: 1, ...overrides };
}

/** A relation from a readable triple; a target starting with "r" is taken as a relation id (an undercut). */
export function aRelation(id: string, source: string, relation: RelationKind, target: string, overrides: Partial<GraphRelation> = {}): GraphRelation {
  const targetType = /^r\d/.test(target) ? "relation" : "node";
  return { id, mapId: "m", source, target, targetType, relation, strength: null, note: "", group: null, excerpts: [], version: 1, ...overrides };
}

export function aGraph(nodes: GraphNode[], relations: GraphRelation[]): Graph {
  const now = "2026-01-01T00:00:00.000Z";
  return { map: { id: "m", slug: "test-map", title: "Test map", description: "", version: 1, contentVersion: 1, createdAt: now, updatedAt: now }, nodes, relations };
}

/**
 * A small map shaped like the Toloraya one:
 *   p1 (proposal) ← c1 supports, c2 supports, c3 contradicts, c4 qualifies; p2 part_of p1
 *   c5 supports c1;  c6 contradicts the relation r1 (undercut of "c1 supports p1")
 *   a1 (Russia, alias Moscow) proposes p1, endorses c1; a2 opposes p1; c2 concerns a1
 */
export function sampleGraph(): Graph {
  return aGraph(
    [
      aNode("p1", "proposal", { title: "Strategic engagement with North Korea", excerpts: [] }),
      aNode("p2", "proposal", { title: "Dismantle nuclear infrastructure, Nunn-Lugar style" }),
      aNode("c1", "claim", { title: "Russia would support such a policy", text: "Russia would strongly support such a policy." }),
      aNode("c2", "claim", { title: "Engagement reduces tensions" }),
      aNode("c3", "claim", { title: "Moscow fears a US presence" }),
      aNode("c4", "claim", { title: "Unless North Korea became a US client" }),
      aNode("c5", "claim", { title: "Russia backs peace on the peninsula" }),
      aNode("c6", "claim", { title: "Russian support is conditional" }),
      aNode("a1", "actor", { title: "Russia", aliases: ["Moscow", "the Kremlin"] }),
      aNode("a2", "actor", { title: "Moscow conservatives" }),
    ],
    [
      aRelation("r1", "c1", "supports", "p1"),
      aRelation("r2", "c2", "supports", "p1"),
      aRelation("r3", "c3", "contradicts", "p1"),
      aRelation("r4", "c4", "qualifies", "p1"),
      aRelation("r5", "p2", "part_of", "p1"),
      aRelation("r6", "c5", "supports", "c1"),
      aRelation("r7", "c6", "contradicts", "r1"),
      aRelation("r8", "a1", "proposes", "p1"),
      aRelation("r9", "a1", "endorses", "c1"),
      aRelation("r10", "a2", "opposes", "p1"),
      aRelation("r11", "c2", "concerns", "a1"),
    ],
  );
}
