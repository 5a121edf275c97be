import { mapChangeLines } from "../../state/case-map-change";
import { isDirty } from "../../state/case-work";
import { useAppState } from "../app-context";
import { useCaseSession } from "./use-case-session";

/**
 * What the last changes of the map did to the open case (new objections, a contention now defeated, a claim deleted
 * or retitled, someone else's save, with the way to load their version), until the reader dismisses it. It sits in a polite live region that is always
 * there, so a screen reader announces it when it appears.
 */
export function CaseMapChangeNotice() {
  const session = useCaseSession();
  const news = useAppState((s) => s.cases.mapChange);
  const inConflict = useAppState((s) => s.cases.conflict !== null);
  // While a conflict is open, its own notice tells of their save.
  const change = news && inConflict ? { ...news, caseSaved: null } : news;
  const draft = useAppState((s) => s.cases.draft);
  const dirty = useAppState((s) => isDirty(s.cases.saved, s.cases.draft));
  const idle = useAppState((s) => s.cases.busy === null);
  const nodes = useAppState((s) => s.loaded?.index.nodes);
  const titleOf = (id: string) => nodes?.get(id)?.title ?? "(no longer in the map)";
  const lines = change && draft ? mapChangeLines(change, draft, titleOf) : [];
  const theirs = change?.caseSaved ?? null;
  const onlyTheCase = theirs !== null && lines.length === 1 + theirs.changes.length;
  return (
    <div role="status" aria-live="polite">
      {lines.length > 0 && (
        <section class="case-map-change" aria-labelledby="case-map-change-heading" data-testid="case-map-change">
          <div class="case-map-change-head">
            <h3 id="case-map-change-heading">{onlyTheCase ? "This case changed" : "The map changed"}</h3>
            <button type="button" class="link-button" onClick={() => session.dismissMapChange()}>
              Dismiss
            </button>
          </div>
          <ul>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {theirs && idle && (
            <p class="case-map-change-theirs">
              {dirty ? (
                "Your edits are kept: saving shows what they changed and lets you choose."
              ) : (
                <button type="button" onClick={() => void session.loadTheirs()}>
                  Load their version
                </button>
              )}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
