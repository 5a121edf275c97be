import type { BriefFormat, Case, CaseSide } from "../../server/contract/case";
import { CaseConflictError, describeCaseFailure, type CaseApi } from "../api/case-api";
import { ApiError } from "../api/api-error";
import { updateView, type App, type AppState } from "./app-state";
import { followMapChanges } from "./case-live";
import { describeChanges, reapplyEdits } from "./case-merge";
import { draftOf, isDirty, patchOf, type CaseDraft, type CaseWork } from "./case-work";

/** What the case builder's panels ask for; each action reports progress and failures into `state.cases`. */
export interface CaseSession {
  showPanel(open: boolean): void;
  create(input: { title: string; side: CaseSide; targetId: string; draft: boolean }): Promise<void>;
  /** Opens a case (its id goes into the URL, so the link reopens it); null closes it. */
  open(id: string | null): void;
  remove(found: Case): Promise<void>;
  /** A pure edit of the draft (state/case-edit.ts); ignored while a save is under way. */
  edit(change: (draft: CaseDraft) => CaseDraft): void;
  save(): Promise<void>;
  /** Drops the unsaved edits. */
  discard(): void;
  /** After a conflict: take the version saved now and drop ours. */
  reloadTheirs(): void;
  /** After a conflict: our edits on top of the version saved now, saved again. */
  reapplyMine(): Promise<void>;
  dismissError(): void;
  /** Back to the list or closes the column; with unsaved edits, asks first (`cases.leaving`). */
  leave(to: "list" | "close"): void;
  /** Answers that question: drop the edits and go, or stay. */
  confirmLeave(go: boolean): void;
  briefUrl(format: BriefFormat): string | null;
  /** Hides the notice of what changes of the map did to the open case. */
  dismissMapChange(): void;
  /** Someone else saved the open case and we have no unsaved edits: show their version. */
  loadTheirs(): Promise<void>;
}

/**
 * Keeps the case builder's data in step with the view: the map's cases whenever the column is shown, the map changes
 * or the reader comes back to the list, the open case whenever the view's `case` changes (deep links included) and
 * its weak points whenever the map changes (case-live.ts). Saves send the version read (If-Match); a 409 becomes a
 * conflict the reader resolves by reloading or re-applying.
 */
export function startCaseSession({ store }: App, api: CaseApi): CaseSession {
  const work = () => store.get().cases;
  const patch = (change: Partial<CaseWork>) => store.set((s) => ({ cases: { ...s.cases, ...change } }));
  const titleOf = (id: string) => store.get().loaded?.index.nodes.get(id)?.title;
  let listRequest = 0;
  let openRequest = 0;

  async function run<T>(label: string, action: () => Promise<T>): Promise<T | undefined> {
    patch({ busy: label, error: null });
    try {
      return await action();
    } catch (error) {
      if (error instanceof CaseConflictError) onConflict(error.current);
      else patch({ error: describeCaseFailure(error) });
      return undefined;
    } finally {
      patch({ busy: null });
    }
  }

  async function loadList(map: string): Promise<void> {
    const mine = ++listRequest;
    try {
      const list = await api.listCases(map);
      if (mine === listRequest && store.get().view.map === map) patch({ list });
    } catch (error) {
      if (mine === listRequest) patch({ error: describeCaseFailure(error) });
    }
  }

  async function loadCase(id: string): Promise<void> {
    const mine = ++openRequest;
    patch({ saved: null, draft: null, conflict: null, busy: "Opening the case…", error: null });
    try {
      const found = await api.getCase(id);
      if (mine === openRequest) patch({ saved: found, draft: draftOf(found), busy: null });
    } catch (error) {
      if (mine !== openRequest) return;
      const gone = error instanceof ApiError && error.status === 404;
      patch({ busy: null, error: gone ? "That case no longer exists: someone deleted it." : describeCaseFailure(error) });
      if (gone) updateView(store, () => ({ case: null }));
    }
  }

  function remember(found: Case): void {
    const list = work().list;
    const next = list && (list.some((c) => c.id === found.id) ? list.map((c) => (c.id === found.id ? found : c)) : [...list, found]);
    patch({ list: next, saved: found, draft: draftOf(found), conflict: null });
  }

  function onConflict(current: Case): void {
    const { saved, draft } = work();
    if (!saved || !draft || current.id !== saved.id) {
      patch({ error: `Someone else changed “${current.title}” meanwhile; the list now shows their version.` });
      return;
    }
    patch({ conflict: { mine: draft, current, changes: describeChanges(saved, current, titleOf) } });
  }

  async function saveDraft(draft: CaseDraft, version: number): Promise<void> {
    await run("Saving…", async () => {
      remember(await api.updateCase(draft.caseId, version, patchOf(draft)));
      store.set({ notice: "Case saved." });
    });
  }

  function leaveTo(to: "list" | "close"): void {
    if (to === "close") patch({ panelOpen: false, error: null });
    updateView(store, () => ({ case: null }));
  }

  const wanted = (s: AppState) => (s.cases.panelOpen || s.view.case !== null) && s.view.map !== null;
  const mapEdited = (state: AppState, previous: AppState) => state.loaded !== previous.loaded && state.loaded?.graph.map.id === previous.loaded?.graph.map.id;
  store.subscribe((state, previous) => {
    const map = state.view.map;
    // The list's weak points are the map's as it was read: read it again when it shows after the map changed.
    const listShown = wanted(state) && !state.view.case && (previous.view.case !== null || mapEdited(state, previous));
    if (map && wanted(state) && (!wanted(previous) || map !== previous.view.map || listShown)) void loadList(map);
    if (map !== previous.view.map) patch({ list: null });
    if (state.view.case !== previous.view.case) {
      // A case just created is already in hand; anything else (a link, Back, the list) is fetched.
      if (!state.view.case) patch({ saved: null, draft: null, conflict: null });
      else if (work().saved?.id !== state.view.case) void loadCase(state.view.case);
    }
  });
  followMapChanges(store, api);
  const initial = store.get().view;
  if (initial.case) void loadCase(initial.case);
  if (initial.map && wanted(store.get())) void loadList(initial.map);

  return {
    showPanel(open) {
      patch({ panelOpen: open, error: null });
      if (!open) updateView(store, () => ({ case: null }));
    },
    async create(input) {
      const map = store.get().view.map;
      if (!map) return;
      const created = await run(input.draft ? "Drafting the case from the map…" : "Creating the case…", () => api.createCase(map, input));
      if (!created) return;
      remember(created);
      updateView(store, () => ({ case: created.id, selected: created.targetId }));
    },
    open(id) {
      if (id === store.get().view.case) return;
      // Opening from the list selects the case's target, so the graph centres on what the case is about.
      const listed = id ? work().list?.find((c) => c.id === id) : undefined;
      updateView(store, () => ({ case: id, ...(listed ? { selected: listed.targetId } : {}) }));
    },
    async remove(found) {
      const done = await run("Deleting…", async () => {
        await api.deleteCase(found.id, found.version);
        return true;
      });
      if (!done) {
        const map = store.get().view.map;
        if (map) void loadList(map);
        return;
      }
      patch({ list: (work().list ?? []).filter((c) => c.id !== found.id) });
      if (store.get().view.case === found.id) updateView(store, () => ({ case: null }));
      store.set({ notice: `Deleted the case “${found.title}”.` });
    },
    edit(change) {
      const { draft, busy, conflict } = work();
      if (draft && !busy && !conflict) patch({ draft: change(draft) });
    },
    async save() {
      const { saved, draft, busy } = work();
      if (saved && draft && !busy) await saveDraft(draft, saved.version);
    },
    discard() {
      const saved = work().saved;
      if (saved) patch({ draft: draftOf(saved), conflict: null });
    },
    reloadTheirs() {
      const conflict = work().conflict;
      if (conflict) remember(conflict.current);
    },
    async reapplyMine() {
      const { conflict, saved } = work();
      if (!conflict || !saved) return;
      const merged = reapplyEdits(draftOf(saved), conflict.mine, conflict.current);
      patch({ saved: conflict.current, draft: merged, conflict: null });
      await saveDraft(merged, conflict.current.version);
    },
    dismissError: () => patch({ error: null }),
    leave(to) {
      const { saved, draft } = work();
      if (isDirty(saved, draft)) patch({ leaving: to });
      else leaveTo(to);
    },
    confirmLeave(go) {
      const to = work().leaving;
      patch({ leaving: null });
      if (go && to) leaveTo(to);
    },
    dismissMapChange: () => patch({ mapChange: null }),
    async loadTheirs() {
      const { saved, draft, busy } = work();
      if (!saved || busy || isDirty(saved, draft)) return;
      const found = await run("Loading their version…", () => api.getCase(saved.id));
      if (!found || work().saved?.id !== found.id) return;
      remember(found);
    },
    briefUrl(format) {
      const saved = work().saved;
      return saved ? api.briefUrl(saved.id, format) : null;
    },
  };
}

