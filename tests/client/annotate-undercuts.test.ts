import { createApiClient } from "../../client/api/api-client";
import { createSessionApi } from "../../client/api/session-api";
import { createRequester, createWriteApi } from "../../client/api/write-api";
import { createApp, loadedMap, type App } from "../../client/state/app-state";
import { createEditor, type Editor } from "../../client/state/edit-controller";
import { objectionMeaning, undercutCandidates, undercutKinds, undercutterKinds } from "../../client/state/edit-relations";
import { passageOf } from "../../client/state/edit-selection";
import { indexGraph } from "../../client/state/graph-index";
import { startLiveSync } from "../../client/state/live-sync";
import { buildSearchIndex } from "../../client/state/search";
import { startSession } from "../../client/state/session-state";
import { viewOfMap } from "../../client/state/view-state";
import type { Graph } from "../../server/contract/graph";
import { isRelationAllowed } from "../../server/contract/relation-rules";
import { EDITOR, EDITOR_2, sessionClient } from "../support/auth";
import { givenMap, SAMPLE_TEXT } from "../support/builders";
import type { ApiClient as TestApi } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";
import { aNode, aRelation, sampleGraph } from "./graph-fixture";

describe("what may object to a relation", () => {
  test("claims and proposals may, with `contradicts` only; actors may not, as the contract's table says", () => {
    expect(undercutKinds(aNode("c", "claim"))).toEqual(["contradicts"]);
    expect(undercutKinds(aNode("p", "proposal"))).toEqual(["contradicts"]);
    expect(undercutKinds(aNode("a", "actor"))).toEqual([]);
    expect(undercutterKinds()).toEqual(["claim", "proposal"]);
    for (const kind of undercutterKinds()) for (const relation of undercutKinds({ kind })) expect(isRelationAllowed(relation, kind, "relation")).toBe(true);
  });

  const graph = sampleGraph();
  const index = indexGraph(graph);
  const search = buildSearchIndex(graph.nodes);
  const supportOfP1 = index.relations.get("r1")!; // c1 supports p1, already undercut by c6

  test("offers neither the relation's own ends, nor actors, nor a node that already objects to it", () => {
    const ids = undercutCandidates(index, search, supportOfP1, "").map((n) => n.id);
    expect(ids).not.toContain("c1");
    expect(ids).not.toContain("p1");
    expect(ids).not.toContain("c6");
    expect(ids.some((id) => id.startsWith("a"))).toBe(false);
    expect([...ids].sort()).toEqual(["c2", "c3", "c4", "c5", "p2"]);
  });

  test("without a query, the nodes linked to either end come first, each part by title", () => {
    const titles = undercutCandidates(index, search, index.relations.get("r6")!, "").map((n) => n.title);
    // r6: c5 supports c1. Linked to c1 or c5: p1 (c1 supports it); the rest follow by title.
    expect(titles[0]).toBe("Strategic engagement with North Korea");
    expect(titles.slice(1)).toEqual([...titles.slice(1)].sort((a, b) => a.localeCompare(b)));
  });

  test("a query searches titles and text among the nodes that may object", () => {
    expect(undercutCandidates(index, search, supportOfP1, "moscow fears").map((n) => n.id)).toEqual(["c3"]);
    expect(undercutCandidates(index, search, supportOfP1, "Russia would support")).toEqual([]);
  });

  test("an objection to an objection (the attacked relation is itself an undercut) excludes its author", () => {
    const undercut = aRelation("r7", "c6", "contradicts", "r1");
    expect(undercutCandidates(index, search, undercut, "").map((n) => n.id)).not.toContain("c6");
  });

  test("what objecting means is said for the relation's kind", () => {
    expect(objectionMeaning("supports", "A", "B")).toBe("even if “A” holds, it is no reason for “B”");
    expect(objectionMeaning("contradicts", "A", "B")).toBe("even if “A” holds, it is no reason against “B”");
    expect(objectionMeaning("endorses", "Russia", "B")).toBe("the link from “Russia” to “B” does not hold");
  });
});

describe("objecting and quoting through the client's actions, against the real API", () => {
  let server: TestServer;
  let other: TestApi;

  beforeAll(async () => {
    server = await startTestServer({ auth: true, users: [EDITOR, EDITOR_2] });
    other = await sessionClient(server.url, EDITOR_2);
  });
  afterAll(() => server.close());

  /** The editor's client on a fresh map: "Russia supports it" supports "Engage", and "Moscow fears" stands apart. */
  async function givenSupport(): Promise<{ app: App; editor: Editor; documentId: string; ids: Record<"support" | "fears" | "supporter", string>; graph: () => Promise<Graph> }> {
    const fixture = await givenMap(other);
    const doc = await fixture.document();
    const proposal = await fixture.node({ kind: "proposal", title: "Engage" });
    const supporter = await fixture.node({ title: "Russia supports it" });
    const fears = await fixture.node({ title: "Moscow fears a US presence" });
    const support = await fixture.relate(supporter.id, "supports", proposal.id);
    let cookie = "";
    const fetchImpl: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      if (cookie) headers.set("cookie", cookie);
      const response = await fetch(input, { ...init, headers });
      cookie = response.headers.get("set-cookie")?.split(";")[0] ?? cookie;
      return response;
    };
    const request = createRequester(server.url, fetchImpl);
    const read = createApiClient(server.url, fetchImpl);
    const app = createApp(viewOfMap(fixture.map.slug));
    app.store.set({ loaded: loadedMap(await read.getGraph(fixture.map.slug)) });
    const session = startSession(app.store, createSessionApi(request));
    await session.signIn(EDITOR.username, EDITOR.password);
    const editor = createEditor(app, read, createWriteApi(request), startLiveSync(app, read, null), session);
    return { app, editor, documentId: doc.id, ids: { support: support.id, fears: fears.id, supporter: supporter.id }, graph: fixture.graph };
  }

  const undercutsOf = (graph: Graph) => graph.relations.filter((r) => r.targetType === "relation");

  test("a claim of the map objects to a support: saved as `contradicts` aimed at the relation, shown, and undoable", async () => {
    const { app, editor, ids, graph } = await givenSupport();
    expect(await editor.createUndercut({ relationId: ids.support, relation: "contradicts", by: { nodeId: ids.fears }, note: " fear is no argument " })).toBe(true);
    expect(undercutsOf(await graph())).toEqual([expect.objectContaining({ source: ids.fears, target: ids.support, targetType: "relation", relation: "contradicts", note: "fear is no argument" })]);
    expect(app.store.get().loaded?.index.incoming.get(ids.support)).toHaveLength(1);
    expect(app.store.get().edit.dialog).toBeNull();
    expect(app.store.get().edit.undo.at(-1)).toMatchObject({ type: "create-relation" });
    expect(await editor.undo()).toBe(true);
    expect(undercutsOf(await graph())).toEqual([]);
  });

  test("a new claim made from a passage objects with its quote; undo takes back the claim and its objection together", async () => {
    const { app, editor, documentId, ids, graph } = await givenSupport();
    const passage = passageOf(documentId, SAMPLE_TEXT, 54, 113)!;
    app.store.set((s) => ({ edit: { ...s.edit, passage, dialog: { type: "undercut", relationId: ids.support } } }));
    const node = { kind: "claim" as const, title: "Moscow fears a US military presence", text: "", aliases: [], passage };
    expect(await editor.createUndercut({ relationId: ids.support, relation: "contradicts", by: { node }, note: "" })).toBe(true);
    const after = await graph();
    const claim = after.nodes.find((n) => n.title === "Moscow fears a US military presence")!;
    expect(claim.excerpts).toEqual([expect.objectContaining({ documentId, start: passage.start, end: passage.end, quote: SAMPLE_TEXT.slice(passage.start, passage.end) })]);
    expect(undercutsOf(after)).toEqual([expect.objectContaining({ source: claim.id, target: ids.support })]);
    expect(app.store.get().edit).toMatchObject({ dialog: null, passage: null });
    expect(app.store.get().edit.undo).toHaveLength(1);
    expect(await editor.undo()).toBe(true);
    const undone = await graph();
    expect(undone.nodes.some((n) => n.id === claim.id)).toBe(false);
    expect(undercutsOf(undone)).toEqual([]);
  });

  test("a new claim whose objection is refused is taken back, and the dialog says why", async () => {
    const { app, editor, ids, graph } = await givenSupport();
    const before = (await graph()).nodes.length;
    app.store.set((s) => ({ edit: { ...s.edit, dialog: { type: "undercut", relationId: ids.support } } }));
    const node = { kind: "claim" as const, title: "Too late to object", text: "", aliases: [], passage: null };
    expect((await other.delete(`/api/v1/relations/${ids.support}`, { "if-match": '"1"' })).status).toBe(204);
    expect(await editor.createUndercut({ relationId: ids.support, relation: "contradicts", by: { node }, note: "" })).toBe(false);
    expect((await graph()).nodes).toHaveLength(before);
    expect(app.store.get().edit.failure).toMatch(/neither a node nor a relation/);
    expect(app.store.get().edit.undo).toEqual([]);
  });

  test("the same claim cannot object twice to one relation: the dialog says so", async () => {
    const { app, editor, ids } = await givenSupport();
    const objection = { relationId: ids.support, relation: "contradicts" as const, by: { nodeId: ids.fears }, note: "" };
    expect(await editor.createUndercut(objection)).toBe(true);
    app.store.set((s) => ({ edit: { ...s.edit, dialog: { type: "undercut", relationId: ids.support } } }));
    expect(await editor.createUndercut(objection)).toBe(false);
    expect(app.store.get().edit.failure).toMatch(/already contradicts/);
  });

  test("a passage is attached to a relation as its quote, at the selected offsets, and undone", async () => {
    const { app, editor, documentId, ids, graph } = await givenSupport();
    const passage = passageOf(documentId, SAMPLE_TEXT, 0, 44)!;
    expect(await editor.attachPassage({ relationId: ids.support }, passage)).toBe(true);
    const support = (await graph()).relations.find((r) => r.id === ids.support)!;
    expect(support.excerpts).toEqual([expect.objectContaining({ documentId, relationId: ids.support, nodeId: null, start: 0, end: 44, quote: SAMPLE_TEXT.slice(0, 44) })]);
    expect(app.store.get().readerExcerpt).toBe(support.excerpts[0]!.id);
    expect(app.store.get().loaded?.index.relations.get(ids.support)?.excerpts).toHaveLength(1);
    expect(await editor.undo()).toBe(true);
    expect((await graph()).relations.find((r) => r.id === ids.support)?.excerpts).toEqual([]);
  });
});
