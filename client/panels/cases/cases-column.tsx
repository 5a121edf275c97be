import { useEffect } from "preact/hooks";
import { isDirty } from "../../state/case-work";
import { useAppState } from "../app-context";
import { CaseBuilder } from "./case-builder";
import { CaseList } from "./case-list";
import { NewCaseForm } from "./new-case-form";
import { useCaseSession } from "./use-case-session";
import "./cases.css";

/**
 * The case builder's column beside the graph (issue 7): the map's cases and a form for a new one, or the open case's
 * outline. Shown when the header's Cases button opens it or the URL names a case.
 */
export function CasesColumn() {
  const session = useCaseSession();
  const open = useAppState((s) => s.cases.panelOpen || s.view.case !== null);
  const caseId = useAppState((s) => s.view.case);
  const busy = useAppState((s) => s.cases.busy);
  const error = useAppState((s) => s.cases.error);
  const loaded = useAppState((s) => s.loaded !== null);
  const leaving = useAppState((s) => s.cases.leaving);
  const dirty = useAppState((s) => isDirty(s.cases.saved, s.cases.draft));
  // Closing the tab with unsaved edits asks the browser's own question.
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);
  if (!open) return null;
  return (
    <aside class="case-column" aria-label="Debate cases" data-testid="cases">
      <div class="case-column-head">
        <h2>{caseId ? "Debate case" : "Debate cases"}</h2>
        <span class="case-column-nav">
          {caseId && (
            <button type="button" class="link-button" onClick={() => session.leave("list")}>
              ← All cases
            </button>
          )}
          <button type="button" class="link-button" onClick={() => session.leave("close")} aria-label="Close the case builder">
            Close
          </button>
        </span>
      </div>
      {leaving && (
        <div class="case-leave" role="alertdialog" aria-label="Unsaved changes">
          <span>This case has unsaved changes.</span>
          <button type="button" onClick={() => session.confirmLeave(false)}>
            Stay
          </button>
          <button type="button" class="case-danger" onClick={() => session.confirmLeave(true)}>
            Discard them and leave
          </button>
        </div>
      )}
      {error && (
        <div class="case-error" role="alert">
          <span>{error}</span>
          <button type="button" class="link-button" onClick={() => session.dismissError()}>
            Dismiss
          </button>
        </div>
      )}
      <p class="case-busy" role="status" aria-live="polite">
        {busy ?? ""}
      </p>
      {!loaded ? (
        <p class="panel-hint">The map is loading…</p>
      ) : caseId ? (
        <CaseBuilder />
      ) : (
        <>
          <NewCaseForm />
          <CaseList />
        </>
      )}
    </aside>
  );
}

/** The header's switch for the case column. */
export function CasesButton() {
  const session = useCaseSession();
  const open = useAppState((s) => s.cases.panelOpen || s.view.case !== null);
  return (
    <button type="button" class={`cases-button${open ? " active" : ""}`} aria-pressed={open} onClick={() => (open ? session.leave("close") : session.showPanel(true))} title="Build a debate case from the map">
      Cases
    </button>
  );
}
