import { createApp, updateView } from "../../client/state/app-state";
import { createStore } from "../../client/state/store";
import { focusOn, toggleNodeKind } from "../../client/state/view-actions";

describe("store", () => {
  test("notifies subscribers with the new and previous state, and not when nothing changed", () => {
    const store = createStore({ count: 0, name: "a" });
    const seen: [number, number][] = [];
    store.subscribe((s, p) => seen.push([s.count, p.count]));
    store.set({ count: 1 });
    store.set({ count: 1 });
    store.set((s) => ({ count: s.count + 1 }));
    expect(seen).toEqual([[1, 0], [2, 1]]);
  });

  test("view transitions change only the view", () => {
    const { store } = createApp();
    const before = store.get();
    updateView(store, toggleNodeKind("actor"));
    updateView(store, focusOn("p1", "rests-on"));
    expect(store.get().view).toMatchObject({ hiddenNodeKinds: ["actor"], selected: "p1", focus: { node: "p1", mode: "rests-on", depth: 1 } });
    expect(store.get().loaded).toBe(before.loaded);
  });
});
