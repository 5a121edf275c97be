import type { Case, WeakPoint } from "../../server/contract/case";
import { ApiError } from "../../client/api/api-error";
import { CaseConflictError, type CaseApi } from "../../client/api/case-api";
import { createApp, loadedMap } from "../../client/state/app-state";
import { editCase, editContention, moveContention } from "../../client/state/case-edit";
import { startCaseSession } from "../../client/state/case-session";
import { isDirty } from "../../client/state/case-work";
import { mapChangeLines } from "../../client/state/case-map-change";
import { DEFAULT_VIEW } from "../../client/state/view-state";
import { aCase, aContention } from "./case-fixture";
import { aGraph, aNode, aRelation, sampleGraph } from "./graph-fixture";

const settle = () => new Promise((done) => setTimeout(done, 0));
const defeated: WeakPoint = { kind: "contention_not_accepted", contentionId: "k2", nodeId: "c2", excerptId: null, status: "rejected", message: "c2 is defeated" };

/** Cases kept in memory with versions checked like the server's; a save can be held to finish when the test says. */
function fakeApi(initial: Case) {
  const cases = new Map([[initial.id, initial]]);
  const reads: number[] = [];
  const lists: number[] = [];
  let hold: Promise<void> | null = null;
  const api: CaseApi = {
    listCases: async () => {
      lists.push(1);
      return [...cases.values()];
    },
    createCase: async () => initial,
    getCase: async (id) => {
      const found = cases.get(id);
      if (!found) throw new ApiError("No case", 404, "not_found", "Could not open the case");
      reads.push(found.version);
      return found;
    },
    updateCase: async (id, version, patch) => {
      if (hold) await hold;
      const found = cases.get(id) as Case;
      if (found.version !== version) throw new CaseConflictError("stale", found);
      const contentions = (patch.contentions ?? found.contentions).map((c, i) => ({ ...aContention(c.id ?? `k-new-${i}`, c.claimId), ...c, id: c.id ?? `k-new-${i}` }));
      const saved = { ...found, ...patch, contentions, version: version + 1 };
      cases.set(id, saved);
      return saved;
    },
    deleteCase: async () => undefined,
    briefUrl: (id, format) => `/brief/${id}/${format}`,
  };
  const change = (id: string, to: Partial<Case>) => {
    const found = cases.get(id);
    if (found) cases.set(id, { ...found, ...to });
  };
  const holdSaves = () => {
    let release = () => {};
    hold = new Promise((done) => (release = done));
    return () => {
      hold = null;
      release();
    };
  };
  return { api, cases, reads, lists, change, holdSaves };
}

/** The sample map after someone added c9 contradicting c2 (contention 2 of the case). */
function mapWithObjection() {
  const graph = sampleGraph();
  return aGraph([...graph.nodes, aNode("c9", "claim", { title: "Talks reward defiance" })], [...graph.relations, aRelation("r20", "c9", "contradicts", "c2")]);
}

async function openCase() {
  const app = createApp({ ...DEFAULT_VIEW, map: "test-map", case: "case-1" });
  app.store.set({ loaded: loadedMap(sampleGraph()) });
  const fake = fakeApi(aCase());
  const session = startCaseSession(app, fake.api);
  await settle();
  const work = () => app.store.get().cases;
  /** Someone changed the map: the graph is fetched again (live-sync.ts) and the server's weak points follow. */
  const mapChanges = async (weakPoints: WeakPoint[] = [defeated]) => {
    fake.change("case-1", { weakPoints });
    app.store.set({ loaded: loadedMap({ ...mapWithObjection(), map: { ...sampleGraph().map, contentVersion: 2 } }) });
    await settle();
  };
  const lines = () => {
    const { mapChange, draft } = work();
    return mapChange && draft ? mapChangeLines(mapChange, draft, (id) => app.store.get().loaded?.index.nodes.get(id)?.title ?? "?") : [];
  };
  return { app, session, work, mapChanges, lines, ...fake };
}

describe("the open case follows the map", () => {
  test("a change of the map brings the new weak points and says what changed, keeping unsaved edits", async () => {
    const { session, work, mapChanges, lines } = await openCase();
    session.edit((d) => editContention(editCase(d, { title: "Engagement, revised" }), "k1", { notes: "Lead with this" }));
    await mapChanges();
    expect(work().saved?.weakPoints).toEqual([defeated]);
    expect(work().draft).toMatchObject({ title: "Engagement, revised", contentions: [{ key: "k1", notes: "Lead with this" }, { key: "k2" }] });
    expect(isDirty(work().saved, work().draft)).toBe(true);
    expect(lines()).toEqual(["Contention 2: a new objection, “Talks reward defiance”; now defeated."]);
    expect(work().mapChange?.newWeakPoints).toEqual(["contention_not_accepted|k2|c2||rejected"]);
    session.dismissMapChange();
    expect(work().mapChange).toBeNull();
  });

  test("when someone else saved the case meanwhile, the edits and the version read stay; saving then resolves the conflict as after any race", async () => {
    const { session, work, mapChanges, lines, change, cases } = await openCase();
    session.edit((d) => moveContention(d, 1, 0));
    change("case-1", { title: "Renamed by a colleague", version: 2 });
    await mapChanges();
    expect(work().saved).toMatchObject({ version: 1, title: "For engagement", weakPoints: [defeated] });
    expect(work().draft).toMatchObject({ title: "For engagement", contentions: [{ key: "k2" }, { key: "k1" }] });
    expect(lines()).toEqual([
      "Someone else saved this case (now version 2).",
      "Renamed the case from “For engagement” to “Renamed by a colleague”.",
      "Contention 1: a new objection, “Talks reward defiance”.",
    ]);
    await session.save();
    expect(work().conflict?.changes).toEqual(["Renamed the case from “For engagement” to “Renamed by a colleague”."]);
    await session.reapplyMine();
    expect(work().mapChange).toMatchObject({ caseSaved: null, contentions: { k2: { newObjections: ["c9"] } } });
    expect(cases.get("case-1")).toMatchObject({ version: 3, title: "Renamed by a colleague" });
    expect(cases.get("case-1")?.contentions.map((c) => c.id)).toEqual(["k2", "k1"]);
  });

  test("with nothing unsaved, the reader loads their version from the notice", async () => {
    const { session, work, mapChanges, change } = await openCase();
    change("case-1", { notes: "Their notes", version: 2 });
    await mapChanges([]);
    expect(work().draft?.notes).toBe("");
    expect(work().mapChange?.caseSaved).toEqual({ version: 2, changes: ["Changed the case's notes."] });
    await session.loadTheirs();
    expect(work().saved?.version).toBe(2);
    expect(work().draft?.notes).toBe("Their notes");
    expect(work().mapChange?.caseSaved).toBeNull();
    expect(work().mapChange?.contentions.k2?.newObjections).toEqual(["c9"]);
  });

  test("no read while a save is under way: the case is read once the save has answered", async () => {
    const { session, work, mapChanges, reads, holdSaves } = await openCase();
    session.edit((d) => moveContention(d, 1, 0));
    const release = holdSaves();
    const saving = session.save();
    await mapChanges();
    expect(reads).toEqual([1]);
    release();
    await saving;
    await settle();
    expect(reads).toEqual([1, 2]);
    expect(work().saved).toMatchObject({ version: 2, weakPoints: [defeated] });
    expect(isDirty(work().saved, work().draft)).toBe(false);
  });

  test("a change of the map that touches nothing of the case shows nothing", async () => {
    const { work, app } = await openCase();
    const graph = sampleGraph();
    app.store.set({ loaded: loadedMap(aGraph([...graph.nodes, aNode("c9", "claim")], graph.relations)) });
    await settle();
    expect(work().mapChange).toBeNull();
  });

  test("a case deleted meanwhile says so and keeps the builder open with the edits", async () => {
    const { session, work, mapChanges, cases } = await openCase();
    session.edit((d) => editCase(d, { notes: "Keep me" }));
    cases.delete("case-1");
    await mapChanges();
    expect(work().error).toMatch(/Someone deleted this case meanwhile/);
    expect(work().draft?.notes).toBe("Keep me");
  });

  test("the list of cases, with its weak points, is read again when the map changes while it shows, and on coming back to it", async () => {
    const { app, session, lists, mapChanges } = await openCase();
    session.showPanel(true);
    await settle();
    const before = lists.length;
    await mapChanges();
    expect(lists.length).toBe(before);
    session.leave("list");
    await settle();
    expect(lists.length).toBe(before + 1);
    app.store.set({ loaded: loadedMap(sampleGraph()) });
    await settle();
    expect(lists.length).toBe(before + 2);
  });

  test("opening another case or closing it drops the notice", async () => {
    const { app, work, mapChanges } = await openCase();
    await mapChanges();
    expect(work().mapChange).not.toBeNull();
    app.store.set((s) => ({ view: { ...s.view, case: null } }));
    expect(work().mapChange).toBeNull();
  });
});
