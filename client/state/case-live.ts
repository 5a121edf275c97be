import type { Case } from "../../server/contract/case";
import { ApiError } from "../api/api-error";
import type { CaseApi } from "../api/case-api";
import type { AppState } from "./app-state";
import { emptyMapChange, findMapChange, isQuietChange, mergeMapChanges } from "./case-map-change";
import { describeChanges } from "./case-merge";
import type { CaseDraft, CaseWork } from "./case-work";
import type { GraphIndex } from "./graph-index";
import type { Store } from "./store";

/**
 * Keeps the open case in step with the map. Live changes arrive as a new `loaded` graph (live-sync.ts); the case is
 * then read again, and only what the map decides is taken from it: its weak points (the server computes them on every
 * read against the map as it is now). The draft, and so every unsaved edit, is never touched, and neither is the
 * version the builder read: when someone else saved the case meanwhile, the reader is told (`caseSaved`) and either
 * loads their version (case-session.ts) or saves and resolves the conflict as after any lost race (case-merge.ts).
 * `cases.mapChange` says what changed for the case. No read is made while a save is under way or a conflict is open:
 * the save's answer is fresher, and the read follows once it is over.
 */
export function followMapChanges(store: Store<AppState>, api: Pick<CaseApi, "getCase">): () => void {
  const work = () => store.get().cases;
  const patch = (change: Partial<CaseWork>) => store.set((s) => ({ cases: { ...s.cases, ...change } }));
  const titleOf = (id: string) => store.get().loaded?.index.nodes.get(id)?.title;
  /** No save under way, no conflict open: the case may be read and its weak points replaced. */
  const over = (s: AppState) => s.cases.busy === null && s.cases.conflict === null;
  /** The map as it was when the open case's weak points were last brought up to date. */
  let base: GraphIndex | null = null;
  /** A read is owed once the save or the conflict under way is over. */
  let waiting = false;
  let running = false;
  let again = false;

  async function catchUpSoon(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await catchUp();
      } while (again);
    } catch (error) {
      console.warn("Crux could not bring the open case up to date with the map", error);
    } finally {
      running = false;
    }
  }

  async function catchUp(): Promise<void> {
    const { saved } = work();
    if (!saved) return;
    waiting = !over(store.get());
    if (waiting) return;
    let fresh: Case;
    try {
      fresh = await api.getCase(saved.id);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      if (work().saved?.id === saved.id) patch({ error: "Someone deleted this case meanwhile: it can no longer be saved. Copy what you want to keep before you leave it." });
      return;
    }
    const now = work();
    if (now.saved?.id !== saved.id || !now.draft || fresh.version < saved.version) return;
    waiting = !over(store.get());
    // Our own save came back meanwhile: its answer may be newer than this read, so read again.
    if (now.saved !== saved) again = true;
    else if (!waiting) apply(saved, now.draft, fresh);
  }

  function apply(saved: Case, draft: CaseDraft, fresh: Case): void {
    const sameCase = fresh.version === saved.version;
    const index = store.get().loaded?.index ?? null;
    // Weak points of two versions of the case differ by what the other person changed, not only by the map.
    const weakPointsBefore = sameCase ? saved.weakPoints : null;
    let change = base && index ? findMapChange({ before: base, after: index, draft, weakPointsBefore, weakPointsAfter: fresh.weakPoints }) : emptyMapChange();
    if (!sameCase) change = { ...change, caseSaved: { version: fresh.version, changes: describeChanges(saved, fresh, titleOf) } };
    base = index ?? base;
    const shown = work().mapChange;
    const mapChange = isQuietChange(change) ? shown : shown ? mergeMapChanges(shown, change) : change;
    const list = work().list?.map((c) => (c.id === fresh.id ? fresh : c)) ?? null;
    patch({ saved: sameCase ? fresh : { ...saved, weakPoints: fresh.weakPoints }, mapChange, list });
  }

  return store.subscribe((state, previous) => {
    const open = state.cases.saved;
    if (open?.id !== previous.cases.saved?.id) {
      // Another case (or none): start from the map as it is, with nothing to tell.
      base = state.loaded?.index ?? null;
      waiting = false;
      if (state.cases.mapChange) patch({ mapChange: null });
      return;
    }
    if (!open) return;
    // Their version is in hand now (loaded, or saved over after a conflict): the news of their save is old.
    const theirs = state.cases.mapChange?.caseSaved;
    if (theirs && open.version >= theirs.version) {
      const rest = { ...state.cases.mapChange!, caseSaved: null };
      patch({ mapChange: isQuietChange(rest) ? null : rest });
    }
    const now = state.loaded;
    const was = previous.loaded;
    if (now && was && now !== was && now.graph.map.id === was.graph.map.id) {
      base ??= was.index;
      void catchUpSoon();
    } else if (!base && now) {
      base = now.index;
    }
    if (waiting && over(state) && !over(previous)) void catchUpSoon();
  });
}
