import type { Excerpt } from "../../server/contract/excerpt";
import { highlightsOf, ownersOf, primaryTarget, quotesSelection } from "../../client/panels/reader-highlights";
import type { Highlight } from "../../client/state/text-segments";
import { aGraph, aNode, aRelation } from "./graph-fixture";

const anExcerpt = (id: string, owner: { nodeId?: string; relationId?: string }, start: number, end: number, overrides: Partial<Excerpt> = {}): Excerpt => ({
  id,
  documentId: "d1",
  nodeId: owner.nodeId ?? null,
  relationId: owner.relationId ?? null,
  start,
  end,
  quote: "x".repeat(end - start),
  prefix: "",
  suffix: "",
  orphaned: false,
  version: 1,
  ...overrides,
});

const ofNode = (excerptId: string, nodeId: string, start: number, end: number): Highlight => ({ excerptId, nodeId, relationId: null, start, end });
const ofRelation = (excerptId: string, relationId: string, start: number, end: number): Highlight => ({ excerptId, nodeId: null, relationId, start, end });

describe("highlights in the source reader", () => {
  test("lists the nodes' and the relations' excerpts of the open document, leaving out other documents and orphaned quotes", () => {
    const graph = aGraph(
      [
        aNode("c1", "claim", { excerpts: [anExcerpt("e1", { nodeId: "c1" }, 0, 10), anExcerpt("e2", { nodeId: "c1" }, 20, 30, { documentId: "d2" })] }),
        aNode("p1", "proposal", { excerpts: [anExcerpt("e3", { nodeId: "p1" }, 40, 50, { orphaned: true })] }),
      ],
      [aRelation("r1", "c1", "supports", "p1", { excerpts: [anExcerpt("e4", { relationId: "r1" }, 5, 8)] })],
    );
    expect(highlightsOf(graph, "d1")).toEqual([ofNode("e1", "c1", 0, 10), ofRelation("e4", "r1", 5, 8)]);
  });

  test("a click on a relation's quote selects the relation, not its source node", () => {
    expect(primaryTarget([ofRelation("e1", "r1", 5, 8)])).toEqual({ type: "relation", id: "r1" });
  });

  test("where excerpts nest, the innermost one is chosen, whether a node's or a relation's", () => {
    expect(primaryTarget([ofNode("e1", "c1", 0, 10), ofRelation("e2", "r1", 2, 6)])).toEqual({ type: "relation", id: "r1" });
    expect(primaryTarget([ofRelation("e1", "r1", 0, 10), ofNode("e2", "c1", 2, 6)])).toEqual({ type: "node", id: "c1" });
  });

  test("a node's excerpt wins over a relation's of the same length", () => {
    expect(primaryTarget([ofRelation("e1", "r1", 0, 10), ofNode("e2", "c1", 0, 10)])).toEqual({ type: "node", id: "c1" });
  });

  test("plain text selects nothing", () => {
    expect(primaryTarget([])).toBeNull();
  });

  test("a run of text is marked selected when it quotes the selected node or the selected relation", () => {
    const run = [ofNode("e1", "c1", 0, 10), ofRelation("e2", "r1", 0, 10)];
    expect(quotesSelection(run, { node: "c1", relation: null })).toBe(true);
    expect(quotesSelection(run, { node: null, relation: "r1" })).toBe(true);
    expect(quotesSelection(run, { node: null, relation: "r2" })).toBe(false);
    expect(quotesSelection(run, { node: null, relation: null })).toBe(false);
  });

  test("a run of text names each node and relation that quotes it once", () => {
    const run = [ofNode("e1", "c1", 0, 10), ofNode("e2", "c1", 0, 12), ofRelation("e3", "r1", 0, 10), ofNode("e4", "c2", 0, 10)];
    expect(ownersOf(run)).toEqual({ nodes: ["c1", "c2"], relations: ["r1"] });
  });
});
