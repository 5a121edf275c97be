import { createApiClient } from "../../client/api/api-client";
import { createSessionApi } from "../../client/api/session-api";
import { createRequester, createWriteApi } from "../../client/api/write-api";
import { createApp, loadedMap, type App } from "../../client/state/app-state";
import { createEditor, type Editor } from "../../client/state/edit-controller";
import { passageOf } from "../../client/state/edit-selection";
import { startLiveSync } from "../../client/state/live-sync";
import { canEdit, startSession } from "../../client/state/session-state";
import { viewOfMap } from "../../client/state/view-state";
import type { Graph } from "../../server/contract/graph";
import { EDITOR, EDITOR_2, sessionClient } from "../support/auth";
import { givenMap, SAMPLE_TEXT } from "../support/builders";
import type { ApiClient as TestApi } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let other: TestApi;

beforeAll(async () => {
  server = await startTestServer({ auth: true, users: [EDITOR, EDITOR_2] });
  other = await sessionClient(server.url, EDITOR_2);
});
afterAll(() => server.close());

/** A browser's fetch, reduced to what matters here: it keeps the session cookie the server sets. */
function cookieFetch(): typeof fetch {
  let cookie = "";
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0] ?? "";
    return response;
  };
}

/** The client's state and editing actions, signed in as the editor, on a fresh map with one source. */
async function givenEditor(): Promise<{ app: App; editor: Editor; slug: string; documentId: string; graph: () => Promise<Graph> }> {
  const fixture = await givenMap(other);
  const doc = await fixture.document();
  const fetchImpl = cookieFetch();
  const request = createRequester(server.url, fetchImpl);
  const read = createApiClient(server.url, fetchImpl);
  const app = createApp(viewOfMap(fixture.map.slug));
  app.store.set({ loaded: loadedMap(await read.getGraph(fixture.map.slug)) });
  const session = startSession(app.store, createSessionApi(request));
  await session.signIn(EDITOR.username, EDITOR.password);
  const editor = createEditor(app, read, createWriteApi(request), startLiveSync(app, read, null), session);
  return { app, editor, slug: fixture.map.slug, documentId: doc.id, graph: fixture.graph };
}

describe("editing through the client's actions, against the real API", () => {
  test("signing in makes the user an editor in the client's state", async () => {
    const { app } = await givenEditor();
    expect(app.store.get().session.user?.username).toBe(EDITOR.username);
    expect(canEdit(app.store.get().session)).toBe(true);
  });

  test("a claim made from a passage is saved with its quote at the selected offsets, selected, and undoable", async () => {
    const { app, editor, documentId, graph } = await givenEditor();
    const passage = passageOf(documentId, SAMPLE_TEXT, 53, 113)!;
    expect(await editor.createNode({ kind: "claim", title: "Moscow fears a US presence", text: passage.quote, aliases: [], passage })).toBe(true);
    const saved = (await graph()).nodes.find((n) => n.title === "Moscow fears a US presence")!;
    expect(saved.excerpts).toEqual([expect.objectContaining({ documentId, start: passage.start, end: passage.end, quote: SAMPLE_TEXT.slice(passage.start, passage.end) })]);
    expect(app.store.get().view.selected).toBe(saved.id);
    expect(app.store.get().loaded?.index.nodes.get(saved.id)).toBeDefined();
    expect(await editor.undo()).toBe(true);
    expect((await graph()).nodes.some((n) => n.id === saved.id)).toBe(false);
  });

  test("a stale edit opens a conflict with the other editor's version; applying mine keeps my field and records it", async () => {
    const { app, editor, slug } = await givenEditor();
    const created = (await other.post(`/api/v1/maps/${slug}/nodes`, { kind: "claim", title: "Original", text: "Text" })).body;
    // The editor opened version 1; then the other editor saves version 2.
    const seen = created;
    expect((await other.patch(`/api/v1/nodes/${created.id}`, { text: "Their text" }, { "if-match": `"${created.version}"` })).status).toBe(200);
    expect(await editor.updateNode(seen, { title: "Mine" })).toBe(false);
    const conflict = app.store.get().edit.conflict!;
    expect(conflict).toMatchObject({ entity: "node", id: created.id, action: "update", mine: { title: "Mine" }, theirs: { text: "Their text", version: 2 } });
    expect(await editor.resolveConflict("mine")).toBe(true);
    const now = (await other.get(`/api/v1/nodes/${created.id}`)).body;
    expect(now).toMatchObject({ title: "Mine", text: "Their text", version: 3 });
    expect(app.store.get().edit.undo.at(-1)).toMatchObject({ type: "update-node" });
  });

  test("undoing a delete re-creates the node with its quote and relations; earlier entries follow the new ids", async () => {
    const { app, editor, slug, documentId, graph } = await givenEditor();
    const proposal = (await other.post(`/api/v1/maps/${slug}/nodes`, { kind: "proposal", title: "Engage" })).body;
    const passage = passageOf(documentId, SAMPLE_TEXT, 0, 44)!;
    await editor.createNode({ kind: "claim", title: "Russia supports it", text: "", aliases: [], passage });
    const claim = app.store.get().loaded!.graph.nodes.find((n) => n.title === "Russia supports it")!;
    const choice = { relation: "supports" as const, source: claim.id, target: proposal.id, verb: "supports", reversed: false };
    expect(await editor.createRelation(choice, "a reason")).toBe(true);
    expect(await editor.deleteNode(app.store.get().loaded!.index.nodes.get(claim.id)!)).toBe(true);
    expect((await graph()).nodes.some((n) => n.id === claim.id)).toBe(false);

    expect(await editor.undo()).toBe(true);
    const back = (await graph()) as Graph;
    const again = back.nodes.find((n) => n.title === "Russia supports it")!;
    expect(again.id).not.toBe(claim.id);
    expect(again.excerpts.map((e) => e.quote)).toEqual([passage.quote]);
    expect(back.relations).toEqual([expect.objectContaining({ source: again.id, target: proposal.id, relation: "supports", note: "a reason" })]);
    // The relation's own undo now names the re-created ends, so it still works.
    expect(await editor.undo()).toBe(true);
    expect((await graph()).relations).toEqual([]);
  });

  test("a new map is created, listed and opened", async () => {
    const { app, editor } = await givenEditor();
    expect(await editor.createMap({ slug: "a-new-map-from-the-client", title: "A new map" })).toBe(true);
    expect(app.store.get().maps?.some((m) => m.slug === "a-new-map-from-the-client")).toBe(true);
    expect(app.store.get().view.map).toBe("a-new-map-from-the-client");
    expect(app.store.get().edit.undo).toEqual([]);
  });

  test("an actor is created with its aliases", async () => {
    const { editor, graph } = await givenEditor();
    expect(await editor.createNode({ kind: "actor", title: "Russia", text: "The Russian state", aliases: ["Moscow", "the Kremlin"], passage: null })).toBe(true);
    expect((await graph()).nodes).toEqual([expect.objectContaining({ kind: "actor", title: "Russia", aliases: ["Moscow", "the Kremlin"] })]);
  });

  test("undoing the creation of a node someone else deleted meanwhile drops the entry with a word, not an error", async () => {
    const { app, editor } = await givenEditor();
    await editor.createNode({ kind: "claim", title: "Short-lived", text: "", aliases: [], passage: null });
    const node = app.store.get().loaded!.graph.nodes.find((n) => n.title === "Short-lived")!;
    expect((await other.delete(`/api/v1/nodes/${node.id}`, { "if-match": `"${node.version}"` })).status).toBe(204);
    expect(await editor.undo()).toBe(true);
    expect(app.store.get().edit.undo).toEqual([]);
    expect(app.store.get().notice).toMatch(/someone else deleted it/);
    expect(app.store.get().error).toBeNull();
  });

  test("a viewer's or anonymous write answers in words, not silently", async () => {
    const { app, editor } = await givenEditor();
    await editor.session.signOut();
    expect(await editor.createNode({ kind: "claim", title: "Nope", text: "", aliases: [], passage: null })).toBe(false);
    expect(app.store.get().session).toMatchObject({ user: null, signingIn: true });
  });
});
