import type { Case } from "../../server/contract/case";
import { ApiError } from "../../client/api/api-error";
import { CaseConflictError, type CaseApi } from "../../client/api/case-api";
import { createApp, loadedMap, updateView } from "../../client/state/app-state";
import { moveContention } from "../../client/state/case-edit";
import { startCaseSession } from "../../client/state/case-session";
import { isDirty } from "../../client/state/case-work";
import { DEFAULT_VIEW } from "../../client/state/view-state";
import { aCase, aContention } from "./case-fixture";
import { sampleGraph } from "./graph-fixture";

const settle = () => new Promise((done) => setTimeout(done, 0));

/** An API over an in-memory set of cases, with versions checked like the server's; `race` saves a case behind our back. */
function fakeApi(initial: Case[]) {
  const cases = new Map(initial.map((c) => [c.id, c]));
  const calls: string[] = [];
  const api: CaseApi = {
    listCases: async () => [...cases.values()],
    createCase: async (_map, input) => {
      const created = aCase({ id: "case-new", title: input.title, side: input.side, targetId: input.targetId });
      cases.set(created.id, created);
      return created;
    },
    getCase: async (id) => {
      const found = cases.get(id);
      if (!found) throw new ApiError("No case", 404, "not_found", "Could not open the case");
      return found;
    },
    updateCase: async (id, version, patch) => {
      calls.push(`PATCH ${id} if-match ${version}`);
      const found = cases.get(id) as Case;
      if (found.version !== version) throw new CaseConflictError("stale", found);
      const contentions = (patch.contentions ?? found.contentions).map((c, i) => ({ ...aContention(c.id ?? `k-new-${i}`, c.claimId), ...c, id: c.id ?? `k-new-${i}` }));
      const saved = { ...found, ...patch, contentions, version: version + 1 };
      cases.set(id, saved);
      return saved;
    },
    deleteCase: async (id, version) => {
      const found = cases.get(id) as Case;
      if (found.version !== version) throw new CaseConflictError("stale", found);
      cases.delete(id);
    },
    briefUrl: (id, format) => `/brief/${id}/${format}`,
  };
  const race = (id: string, change: Partial<Case>) => {
    const found = cases.get(id) as Case;
    cases.set(id, { ...found, ...change, version: found.version + 1 });
  };
  return { api, calls, cases, race };
}

function start(view = {}, cases = [aCase()]) {
  const app = createApp({ ...DEFAULT_VIEW, map: "test-map", ...view });
  app.store.set({ loaded: loadedMap(sampleGraph()) });
  const fake = fakeApi(cases);
  const session = startCaseSession(app, fake.api);
  return { app, session, ...fake, work: () => app.store.get().cases };
}

describe("case session", () => {
  test("a deep link with a case opens it, and the map's cases are listed", async () => {
    const { work } = start({ case: "case-1" });
    await settle();
    expect(work().saved?.id).toBe("case-1");
    expect(work().draft?.contentions.map((c) => c.key)).toEqual(["k1", "k2"]);
    expect(work().list?.map((c) => c.id)).toEqual(["case-1"]);
  });

  test("creating a case opens it, puts its id in the view and selects its target", async () => {
    const { app, session, work } = start();
    await session.create({ title: "Against engagement", side: "against", targetId: "p1", draft: true });
    expect(app.store.get().view).toMatchObject({ case: "case-new", selected: "p1" });
    expect(work().saved?.title).toBe("Against engagement");
  });

  test("saving sends the version read and takes the server's answer as the new saved case", async () => {
    const { session, calls, work } = start({ case: "case-1" });
    await settle();
    session.edit((d) => moveContention(d, 1, 0));
    expect(isDirty(work().saved, work().draft)).toBe(true);
    await session.save();
    expect(calls).toEqual(["PATCH case-1 if-match 1"]);
    expect(work().saved?.version).toBe(2);
    expect(work().saved?.contentions.map((c) => c.id)).toEqual(["k2", "k1"]);
    expect(isDirty(work().saved, work().draft)).toBe(false);
  });

  test("a stale save shows what changed; re-applying saves our edits on top of theirs", async () => {
    const { session, race, work, calls } = start({ case: "case-1" });
    await settle();
    race("case-1", { title: "Renamed by someone" });
    session.edit((d) => moveContention(d, 1, 0));
    await session.save();
    expect(work().conflict?.changes).toEqual(["Renamed the case from “For engagement” to “Renamed by someone”."]);
    session.edit((d) => moveContention(d, 1, 0));
    expect(work().draft?.contentions.map((c) => c.key)).toEqual(["k2", "k1"]);
    await session.reapplyMine();
    expect(calls).toEqual(["PATCH case-1 if-match 1", "PATCH case-1 if-match 2"]);
    expect(work().conflict).toBeNull();
    expect(work().saved).toMatchObject({ version: 3, title: "Renamed by someone" });
    expect(work().saved?.contentions.map((c) => c.id)).toEqual(["k2", "k1"]);
  });

  test("after a conflict, reloading theirs drops our edits", async () => {
    const { session, race, work } = start({ case: "case-1" });
    await settle();
    race("case-1", { contentions: [aContention("k1", "c1")] });
    session.edit((d) => moveContention(d, 1, 0));
    await session.save();
    session.reloadTheirs();
    expect(work().conflict).toBeNull();
    expect(work().draft?.contentions.map((c) => c.key)).toEqual(["k1"]);
    expect(isDirty(work().saved, work().draft)).toBe(false);
  });

  test("a link to a deleted case says so and leaves the case out of the view", async () => {
    const { app, work } = start({ case: "gone" });
    await settle();
    expect(work().error).toMatch(/no longer exists/);
    expect(app.store.get().view.case).toBeNull();
  });

  test("deleting the open case closes it and drops it from the list", async () => {
    const { app, session, work } = start({ case: "case-1" });
    await settle();
    await session.remove(work().saved as Case);
    expect(work().list).toEqual([]);
    expect(app.store.get().view.case).toBeNull();
  });

  test("switching maps closes the case and lists the other map's cases", async () => {
    const { app, session, work } = start({ case: "case-1" });
    await settle();
    session.showPanel(true);
    updateView(app.store, () => ({ map: "other", case: null }));
    expect(work().saved).toBeNull();
    expect(work().list).toBeNull();
    await settle();
    expect(work().list?.map((c) => c.id)).toEqual(["case-1"]);
  });

  test("leaving a case with unsaved edits asks first; staying keeps them, going drops them", async () => {
    const { app, session, work } = start({ case: "case-1" });
    await settle();
    session.edit((d) => moveContention(d, 1, 0));
    session.leave("list");
    expect(work().leaving).toBe("list");
    expect(app.store.get().view.case).toBe("case-1");
    session.confirmLeave(false);
    expect(work().leaving).toBeNull();
    expect(isDirty(work().saved, work().draft)).toBe(true);
    session.leave("close");
    session.confirmLeave(true);
    expect(app.store.get().view.case).toBeNull();
    expect(work()).toMatchObject({ panelOpen: false, draft: null, leaving: null });
  });

  test("leaving a saved case goes at once", async () => {
    const { app, session, work } = start({ case: "case-1" });
    await settle();
    session.leave("list");
    expect(work().leaving).toBeNull();
    expect(app.store.get().view.case).toBeNull();
  });

  test("deleting a case someone changed since the list was read says so and shows their version", async () => {
    const { session, race, work } = start();
    session.showPanel(true);
    await settle();
    const listed = work().list?.[0] as Case;
    race("case-1", { title: "Changed meanwhile" });
    await session.remove(listed);
    await settle();
    expect(work().error).toMatch(/Someone else changed “Changed meanwhile” meanwhile/);
    expect(work().list?.map((c) => c.title)).toEqual(["Changed meanwhile"]);
  });
});
