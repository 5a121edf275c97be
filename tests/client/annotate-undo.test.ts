import type { Excerpt } from "../../server/contract/excerpt";
import { describeUndo, noteVersion, pushUndo, relationsDeletedWith, remapIds, undoSteps, UNDO_LIMIT, type UndoEntry } from "../../client/state/edit-undo";
import { aNode, aRelation, sampleGraph } from "./graph-fixture";

const anExcerpt = (id: string, owner: { nodeId?: string; relationId?: string }, overrides: Partial<Excerpt> = {}): Excerpt => ({
  id,
  documentId: "d1",
  nodeId: owner.nodeId ?? null,
  relationId: owner.relationId ?? null,
  start: 0,
  end: 6,
  quote: "Russia",
  prefix: "",
  suffix: " would",
  orphaned: false,
  version: 1,
  ...overrides,
});

describe("undo: what takes a change back", () => {
  test("a created node is deleted, based on the version it was left at", () => {
    const node = aNode("n1", "claim", { version: 3 });
    expect(undoSteps({ type: "create-node", node })).toEqual([{ op: "delete", entity: "node", id: "n1", version: 3, base: node }]);
  });

  test("an edited node gets back only the fields that changed, based on the edited version", () => {
    const before = aNode("n1", "claim", { title: "Old", text: "Same", version: 1 });
    const after = { ...before, title: "New", version: 2 };
    expect(undoSteps({ type: "update-node", before, after })).toEqual([{ op: "update", entity: "node", id: "n1", version: 2, patch: { title: "Old" }, base: after }]);
  });

  test("a deleted node is re-created with its quotes, then its relations with theirs (orphaned quotes cannot be placed)", () => {
    const node = aNode("c1", "claim", { excerpts: [anExcerpt("e1", { nodeId: "c1" }), anExcerpt("e2", { nodeId: "c1" }, { orphaned: true })] });
    const r1 = aRelation("r1", "c1", "supports", "p1", { excerpts: [anExcerpt("e3", { relationId: "r1" })] });
    const r7 = aRelation("r7", "c6", "contradicts", "r1");
    const steps = undoSteps({ type: "delete-node", node, relations: [r1, r7] });
    expect(steps.map((s) => `${s.op}:${"node" in s ? s.node.id : "relation" in s ? s.relation.id : "excerpt" in s ? s.excerpt.id : ""}`)).toEqual([
      "create-node:c1",
      "create-excerpt:e1",
      "create-relation:r1",
      "create-excerpt:e3",
      "create-relation:r7",
    ]);
  });

  test("a moved quote goes back to where it was", () => {
    const before = anExcerpt("e1", { nodeId: "c1" }, { start: 0, end: 6, quote: "Russia" });
    const after = { ...before, start: 10, end: 16, quote: "Moscow", version: 2 };
    expect(undoSteps({ type: "move-excerpt", before, after })[0]).toMatchObject({ op: "move-excerpt", id: "e1", version: 2, anchor: { start: 0, end: 6, quote: "Russia" } });
  });
});

describe("undo: what deleting takes with it", () => {
  test("a node's relations and, after them, the undercuts of those relations", () => {
    const relations = sampleGraph().relations;
    expect(relationsDeletedWith(relations, { node: "c1" }).map((r) => r.id)).toEqual(["r1", "r6", "r9", "r7"]);
  });

  test("a relation and its undercuts", () => {
    expect(relationsDeletedWith(sampleGraph().relations, { relation: "r1" }).map((r) => r.id)).toEqual(["r1", "r7"]);
  });
});

describe("undo stack bookkeeping", () => {
  const created: UndoEntry = { type: "create-node", node: aNode("n1", "claim", { version: 1 }) };
  const related: UndoEntry = { type: "create-relation", relation: aRelation("r1", "n1", "supports", "p1") };

  test("keeps the newest entries up to its limit", () => {
    let stack: UndoEntry[] = [];
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) stack = pushUndo(stack, { type: "create-node", node: aNode(`n${i}`, "claim") });
    expect(stack).toHaveLength(UNDO_LIMIT);
    expect(stack.at(-1)).toMatchObject({ node: { id: `n${UNDO_LIMIT + 4}` } });
  });

  test("this user's later change of a row moves earlier entries to its new version", () => {
    const [first, second] = noteVersion([created, related], "n1", 4);
    expect(first).toMatchObject({ node: { id: "n1", version: 4 } });
    expect(second).toBe(related);
  });

  test("ids of rows re-created by an undo are rewritten in the entries below it", () => {
    const remapped = remapIds([created, related], new Map([["n1", "n1-new"]]));
    expect(remapped[0]).toMatchObject({ node: { id: "n1-new" } });
    expect(remapped[1]).toMatchObject({ relation: { source: "n1-new", target: "p1" } });
  });

  test("says what it would undo in words", () => {
    expect(describeUndo({ type: "create-node", node: aNode("n1", "claim", { title: "Russia fears a US presence" }) })).toBe("add the claim “Russia fears a US presence”");
    expect(describeUndo(related)).toBe("add the “supports” relation");
  });
});
