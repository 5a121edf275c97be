import type { Excerpt } from "../../server/contract/excerpt";
import type { GraphNode, UpdateNode } from "../../server/contract/node";
import type { GraphRelation, UpdateRelation } from "../../server/contract/relation";
import type { NodeKind, RelationKind } from "../../server/contract/vocabulary";
import { updateView } from "./app-state";
import type { Conflict, ConflictEntity } from "./edit-conflict";
import type { RelationChoice } from "./edit-relations";
import type { EditDeps, WriteRunner } from "./edit-runner";
import type { Passage } from "./edit-selection";
import { openDialog, patchEdit } from "./edit-state";
import { relationsDeletedWith } from "./edit-undo";
import { selectNode } from "./view-actions";

export interface NewNode {
  kind: NodeKind;
  title: string;
  text: string;
  aliases: string[];
  /** The passage it was made from: attached as its excerpt. */
  passage: Passage | null;
}

/** What a quote is the evidence for: a node, or a relation (the passage that makes the inference). */
export type ExcerptOwner = { nodeId: string } | { relationId: string };

/** An objection to a relation (an undercut): the reason does not carry. */
export interface NewUndercut {
  /** The relation objected to. */
  relationId: string;
  /** Among those the relation table allows from the objecting node to a relation (`contradicts`). */
  relation: RelationKind;
  /** An existing claim or proposal of the map, or a new one (with the passage it was made from, if any). */
  by: { nodeId: string } | { node: NewNode };
  note: string;
}

/** Annotating: nodes, relations and quotes, each change recorded for Undo and based on the version the user saw. */
export interface AnnotateActions {
  createNode(input: NewNode): Promise<boolean>;
  updateNode(node: GraphNode, patch: Omit<UpdateNode, "expectedVersion">): Promise<boolean>;
  deleteNode(node: GraphNode): Promise<boolean>;
  attachPassage(owner: ExcerptOwner, passage: Passage): Promise<boolean>;
  createRelation(choice: RelationChoice, note: string): Promise<boolean>;
  /** Objects to a relation; with a new node, one change for Undo (taking back the node takes its objection too). */
  createUndercut(input: NewUndercut): Promise<boolean>;
  updateRelation(relation: GraphRelation, patch: Omit<UpdateRelation, "expectedVersion">): Promise<boolean>;
  deleteRelation(relation: GraphRelation): Promise<boolean>;
  deleteExcerpt(excerpt: Excerpt): Promise<boolean>;
  /** Places an excerpt (an orphan) at a passage of its document's current text. */
  placeExcerpt(excerpt: Excerpt, passage: Passage): Promise<boolean>;
}

/** The 409 handler for one row: what the user saw and what they changed, against what is there now. */
export const conflictOn =
  (entity: ConflictEntity, base: { id: string }, action: "update" | "delete", mine: Record<string, unknown> = {}, undo = false) =>
  (theirs: Record<string, unknown>): Conflict => ({ entity, id: base.id, action, base: base as unknown as Record<string, unknown>, theirs, mine, undo, by: null });

export function createAnnotateActions({ app, api }: EditDeps, runner: WriteRunner): AnnotateActions {
  const { store } = app;
  const { run, remember, noteVersion } = runner;
  const anchorOf = (p: Passage) => ({ documentId: p.documentId, start: p.start, end: p.end, quote: p.quote, prefix: p.prefix, suffix: p.suffix });
  const showNode = (id: string) => () => {
    updateView(store, selectNode(id));
    app.commands.emit({ type: "center", node: id });
    void keepPlace(id);
  };
  /**
   * On a map whose layout was saved (every node has a place), a new node is saved where the graph put it, so the
   * saved layout stays whole for the next reader. Other browsers move it there when the change reaches them.
   */
  async function keepPlace(id: string): Promise<void> {
    const { loaded, edit } = store.get();
    const spot = edit.placed.find((p) => p.id === id);
    if (!spot || !loaded || !loaded.graph.nodes.every((n) => n.id === id || n.position)) return;
    await api.savePositions(runner.slug(), [spot]).catch(() => undefined);
  }

  /** Creates a node with the quote it was made from, all or nothing: a node whose quote failed is taken back. */
  async function createNodeWithQuote(input: NewNode): Promise<GraphNode> {
    const created = await api.createNode(runner.slug(), { kind: input.kind, title: input.title, text: input.text, ...(input.kind === "actor" ? { aliases: input.aliases } : {}) });
    if (!input.passage) return created;
    return takeBackOnFailure(created, async () => ({ ...created, excerpts: [await api.createExcerpt({ ...anchorOf(input.passage as Passage), nodeId: created.id })] }));
  }
  /** Runs the rest of a change that began by creating `node`; if it fails, the node is deleted again. */
  async function takeBackOnFailure<T>(node: GraphNode, rest: () => Promise<T>): Promise<T> {
    try {
      return await rest();
    } catch (error) {
      await api.deleteNode(node.id, node.version).catch(() => undefined);
      throw error;
    }
  }

  return {
    createNode: (input) =>
      run(`add the ${input.kind}`, async () => {
        const node = await createNodeWithQuote(input);
        remember({ type: "create-node", node });
        patchEdit(store, { dialog: null, passage: null });
        return showNode(node.id);
      }),
    updateNode: (node, patch) =>
      run("save the node", async () => {
        const after = await api.updateNode(node.id, node.version, patch);
        noteVersion(after.id, after.version);
        remember({ type: "update-node", before: node, after });
        openDialog(store, null);
      }, conflictOn("node", node, "update", patch)),
    deleteNode: (node) =>
      run(`delete the ${node.kind}`, async () => {
        const relations = relationsDeletedWith(store.get().loaded?.graph.relations ?? [], { node: node.id });
        await api.deleteNode(node.id, node.version);
        remember({ type: "delete-node", node, relations });
        return () => updateView(store, selectNode(null));
      }, conflictOn("node", node, "delete")),
    attachPassage: (owner, passage) =>
      run("attach the quote", async () => {
        const excerpt = await api.createExcerpt({ ...anchorOf(passage), ...owner });
        remember({ type: "create-excerpt", excerpt });
        patchEdit(store, { passage: null });
        store.set({ readerExcerpt: excerpt.id });
      }),
    createRelation: (choice, note) =>
      run("add the relation", async () => {
        const relation = await api.createRelation(runner.slug(), { source: choice.source, target: choice.target, relation: choice.relation, ...noteOf(note) });
        remember({ type: "create-relation", relation });
        openDialog(store, null);
      }),
    createUndercut: ({ relationId, relation, by, note }) =>
      run("add the objection", async () => {
        const input = (source: string) => ({ source, target: relationId, relation, ...noteOf(note) });
        if ("nodeId" in by) {
          remember({ type: "create-relation", relation: await api.createRelation(runner.slug(), input(by.nodeId)) });
          openDialog(store, null);
          return;
        }
        const node = await createNodeWithQuote(by.node);
        await takeBackOnFailure(node, () => api.createRelation(runner.slug(), input(node.id)));
        remember({ type: "create-node", node });
        patchEdit(store, { dialog: null, ...(by.node.passage ? { passage: null } : {}) });
        return () => void keepPlace(node.id);
      }),
    updateRelation: (relation, patch) =>
      run("save the relation", async () => {
        const after = await api.updateRelation(relation.id, relation.version, patch);
        noteVersion(after.id, after.version);
        remember({ type: "update-relation", before: relation, after });
        openDialog(store, null);
      }, conflictOn("relation", relation, "update", patch)),
    deleteRelation: (relation) =>
      run("delete the relation", async () => {
        const relations = relationsDeletedWith(store.get().loaded?.graph.relations ?? [], { relation: relation.id });
        await api.deleteRelation(relation.id, relation.version);
        remember({ type: "delete-relation", relations: relations.length > 0 ? relations : [relation] });
        openDialog(store, null);
      }, conflictOn("relation", relation, "delete")),
    deleteExcerpt: (excerpt) =>
      run("remove the quote", async () => {
        await api.deleteExcerpt(excerpt.id, excerpt.version);
        remember({ type: "delete-excerpt", excerpt });
      }, conflictOn("excerpt", excerpt, "delete")),
    placeExcerpt: (excerpt, passage) =>
      run("place the quote", async () => {
        const after = await api.moveExcerpt(excerpt.id, excerpt.version, { start: passage.start, end: passage.end, quote: passage.quote });
        noteVersion(after.id, after.version);
        remember({ type: "move-excerpt", before: excerpt, after });
        patchEdit(store, { passage: null, reanchoring: null });
        store.set({ readerExcerpt: after.id });
      }, conflictOn("excerpt", excerpt, "update", { start: passage.start, end: passage.end, quote: passage.quote })),
  };
}

/** A relation's note as the API takes it: trimmed, and left out when empty. */
function noteOf(note: string): { note?: string } {
  return note.trim() ? { note: note.trim() } : {};
}
