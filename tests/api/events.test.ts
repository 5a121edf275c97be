import { EDITOR, sessionClient } from "../support/auth";
import { givenMap } from "../support/builders";
import { apiClient, type ApiClient } from "../support/http-client";
import { startTestServer, type TestServer } from "../support/test-server";

let server: TestServer;
let editor: ApiClient;
const shutdown = new AbortController();
let openSubscriptions = 0;

beforeAll(async () => {
  server = await startTestServer({ auth: true, users: [EDITOR], app: { events: { heartbeatMs: 100, signal: shutdown.signal } } });
  editor = await sessionClient(server.url, EDITOR);
  // Counts live subscriptions to the change feed, to see streams let go of it.
  const subscribe = server.ctx.changes.subscribe.bind(server.ctx.changes);
  server.ctx.changes.subscribe = (mapId, listener) => {
    openSubscriptions += 1;
    const unsubscribe = subscribe(mapId, listener);
    return () => {
      openSubscriptions -= 1;
      unsubscribe();
    };
  };
});
afterAll(() => server.close());

/** A second client's view of a map's event stream: reads raw server-sent-event blocks as they arrive. */
async function openStream(slug: string) {
  const abort = new AbortController();
  const res = await fetch(`${server.url}/api/v1/maps/${slug}/events`, { signal: abort.signal });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  /** The next block (text up to a blank line); null when the stream ended. */
  async function nextBlock(timeoutMs = 3000): Promise<string | null> {
    const deadline = Date.now() + timeoutMs;
    while (!buffer.includes("\n\n")) {
      if (Date.now() > deadline) throw new Error(`no event within ${timeoutMs} ms; got ${JSON.stringify(buffer)}`);
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
    }
    const at = buffer.indexOf("\n\n");
    const block = buffer.slice(0, at);
    buffer = buffer.slice(at + 2);
    return block;
  }
  /** The next `change` event, skipping comments (heartbeats). */
  async function nextChange(): Promise<{ id: string; data: Record<string, unknown> }> {
    for (;;) {
      const block = await nextBlock();
      if (block === null) throw new Error("the stream ended");
      const fields = Object.fromEntries(block.split("\n").filter((l) => !l.startsWith(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
      if (fields.event === "change") return { id: fields.id as string, data: JSON.parse(fields.data as string) };
    }
  }
  expect(await nextBlock()).toBe("retry: 3000\n: connected");
  return { res, nextBlock, nextChange, close: () => abort.abort() };
}

describe("live changes of a map", () => {
  test("a write by one client arrives at another as a change event with JSON data", async () => {
    const m = await givenMap(editor);
    const stream = await openStream(m.map.slug);
    expect(stream.res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get("cache-control")).toMatch(/no-cache/);
    const node = await m.node({ title: "Breaking" });
    const change = await stream.nextChange();
    expect(change.data).toEqual({ mapId: m.map.id, contentVersion: expect.any(Number), entity: "node", entityId: node.id, action: "create", actor: "eve" });
    expect(change.id).toBe(String(change.data.contentVersion));
    stream.close();
  });

  test("only the map's own changes arrive, in commit order", async () => {
    const mine = await givenMap(editor);
    const other = await givenMap(editor);
    const stream = await openStream(mine.map.slug);
    await other.node();
    const first = await mine.node();
    await mine.relate(first.id, "supports", (await mine.node()).id);
    const seen = [await stream.nextChange(), await stream.nextChange(), await stream.nextChange()].map((c) => `${c.data.entity} ${c.data.mapId === mine.map.id}`);
    expect(seen).toEqual(["node true", "node true", "relation true"]);
    stream.close();
  });

  test("heartbeat comments keep an idle stream alive", async () => {
    const m = await givenMap(editor);
    const stream = await openStream(m.map.slug);
    expect(await stream.nextBlock()).toBe(": heartbeat");
    stream.close();
  });

  test("a client that disconnects is unsubscribed from the feed", async () => {
    const m = await givenMap(editor);
    const before = openSubscriptions;
    const stream = await openStream(m.map.slug);
    expect(openSubscriptions).toBe(before + 1);
    stream.close();
    for (let i = 0; i < 50 && openSubscriptions > before; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(openSubscriptions).toBe(before);
  });

  test("deleting the map sends the deletion, then ends the stream", async () => {
    const m = await givenMap(editor);
    const stream = await openStream(m.map.slug);
    await editor.delete(`/api/v1/maps/${m.map.slug}`, { "if-match": '"1"' });
    expect((await stream.nextChange()).data).toMatchObject({ entity: "map", action: "delete" });
    let block = await stream.nextBlock();
    while (block === ": heartbeat") block = await stream.nextBlock();
    expect(block).toBeNull();
  });

  test("an unknown map answers 404 problem+json, not a stream", async () => {
    const reply = await apiClient(server.url).get("/api/v1/maps/no-such-map/events");
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe("not_found");
  });

  test("the OpenAPI document describes the stream as text/event-stream", async () => {
    const doc = (await apiClient(server.url).get("/api/openapi.json")).body;
    const content = doc.paths["/api/v1/maps/{map}/events"].get.responses["200"].content;
    expect(Object.keys(content)).toEqual(["text/event-stream"]);
    expect(content["text/event-stream"].schema.properties.entity.enum).toContain("node");
  });

  test("shutting the server down ends every open stream", async () => {
    const m = await givenMap(editor);
    const stream = await openStream(m.map.slug);
    shutdown.abort();
    let block = await stream.nextBlock();
    while (block === ": heartbeat") block = await stream.nextBlock();
    expect(block).toBeNull();
  });
});
