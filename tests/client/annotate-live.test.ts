import type { ApiClient } from "../../client/api/api-client";
import type { EventSourceLike } from "../../client/api/events-api";
import { createApp, loadedMap } from "../../client/state/app-state";
import { startLiveSync } from "../../client/state/live-sync";
import { viewOfMap } from "../../client/state/view-state";
import type { Graph } from "../../server/contract/graph";
import type { MapChangeEvent } from "../../server/contract/events";
import { aGraph, aNode } from "./graph-fixture";

/** A map's event stream as the test drives it. */
function fakeStream() {
  const listeners = new Map<string, ((event: { data?: string }) => void)[]>();
  const opened: string[] = [];
  const open = (path: string): EventSourceLike => {
    opened.push(path);
    return {
      addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      close: () => listeners.clear(),
    };
  };
  const emit = (type: string, data?: unknown) => listeners.get(type)?.forEach((l) => l({ data: data === undefined ? undefined : JSON.stringify(data) }));
  return { open, opened, emit };
}

const version = (graph: Graph, contentVersion: number): Graph => ({ ...graph, map: { ...graph.map, contentVersion } });
const change = (contentVersion: number, actor = "ed"): MapChangeEvent => ({ mapId: "m", contentVersion, entity: "node", entityId: "n2", action: "create", actor });
const wait = (ms = 200) => new Promise((done) => setTimeout(done, ms));

function setUp() {
  const first = version(aGraph([aNode("n1", "claim")], []), 5);
  let served = first;
  const fetched: string[] = [];
  const api = {
    getGraph: async (slug: string) => {
      fetched.push(slug);
      return served;
    },
    listDocuments: async () => [],
  } as unknown as ApiClient;
  const app = createApp({ ...viewOfMap("test-map"), selected: "n1" });
  app.store.set({ loaded: loadedMap(first) });
  const stream = fakeStream();
  const live = startLiveSync(app, api, stream.open);
  return { app, live, stream, fetched, serve: (g: Graph) => (served = g) };
}

describe("live changes from other browsers", () => {
  test("subscribes to the open map's event stream", () => {
    const { stream } = setUp();
    expect(stream.opened).toEqual(["/api/v1/maps/test-map/events"]);
  });

  test("someone else's change fetches the graph once per burst, keeps the selection and says who changed what", async () => {
    const { app, stream, fetched, serve } = setUp();
    serve(version(aGraph([aNode("n1", "claim"), aNode("n2", "claim")], []), 7));
    stream.emit("change", change(6));
    stream.emit("change", change(7));
    await wait();
    expect(fetched).toEqual(["test-map"]);
    expect(app.store.get().loaded?.graph.nodes.map((n) => n.id)).toEqual(["n1", "n2"]);
    expect(app.store.get().view.selected).toBe("n1");
    expect(app.store.get().notice).toBe("ed added a node.");
  });

  test("a change this browser already has (its own write, fetched after saving) is skipped", async () => {
    const { stream, fetched } = setUp();
    stream.emit("change", change(5, "eve"));
    await wait();
    expect(fetched).toEqual([]);
  });

  test("a selected node that someone deleted is unselected", async () => {
    const { app, stream, serve } = setUp();
    serve(version(aGraph([aNode("n3", "claim")], []), 6));
    stream.emit("change", { ...change(6), action: "delete", entityId: "n1" });
    await wait();
    expect(app.store.get().view.selected).toBeNull();
  });

  test("after the stream reconnects, the graph is fetched again (changes may have been missed)", async () => {
    const { stream, fetched } = setUp();
    stream.emit("open");
    stream.emit("open");
    await wait();
    expect(fetched).toEqual(["test-map"]);
  });
});

describe("announcing live changes", () => {
  test("never replaces the confirmation of this user's own action", async () => {
    const { app, stream, serve } = setUp();
    app.store.set({ notice: "Layout saved for everyone (62 nodes)." });
    serve(version(aGraph([aNode("n1", "claim")], []), 6));
    stream.emit("change", change(6));
    await wait();
    expect(app.store.get().notice).toBe("Layout saved for everyone (62 nodes).");
  });

  test("is silent about this user's own changes, also when nobody signed in and the server let them write", async () => {
    const { app, stream, serve } = setUp();
    serve(version(aGraph([aNode("n1", "claim")], []), 6));
    stream.emit("change", change(6, "anonymous"));
    await wait();
    expect(app.store.get().notice).toBeNull();
  });

  test("a newer change of someone else replaces the announcement of their previous one", async () => {
    const { app, stream, serve } = setUp();
    serve(version(aGraph([aNode("n1", "claim")], []), 7));
    stream.emit("change", change(6));
    stream.emit("change", { ...change(7), entity: "relation" });
    await wait();
    expect(app.store.get().notice).toBe("ed added a relation.");
  });
});
