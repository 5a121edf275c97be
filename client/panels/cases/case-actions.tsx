import { useRef } from "preact/hooks";
import { isDirty } from "../../state/case-work";
import { useAppState, useServices } from "../app-context";
import { useCaseSession } from "./use-case-session";

/**
 * Save (with the version read, so a concurrent save is caught) and discard; the printable brief: a print preview of
 * the HTML brief in a dialog, and downloads of the Markdown and Kialo forms. The brief is the saved case, so a
 * preview with unsaved edits saves first.
 */
export function CaseActions() {
  const session = useCaseSession();
  const { app } = useServices();
  const saved = useAppState((s) => s.cases.saved);
  const draft = useAppState((s) => s.cases.draft);
  const busy = useAppState((s) => s.cases.busy);
  const conflict = useAppState((s) => s.cases.conflict);
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const dirty = isDirty(saved, draft);
  const idle = busy === null && conflict === null;
  const preview = async () => {
    if (dirty) await session.save();
    const now = app.store.get().cases;
    const url = session.briefUrl("html");
    if (!url || !dialog.current || !frame.current || now.conflict || isDirty(now.saved, now.draft)) return;
    // Setting src navigates again even to the same address; the brief is served with no-cache, so it is fresh.
    frame.current.src = url;
    dialog.current.showModal();
  };
  const download = (format: "markdown" | "kialo") => session.briefUrl(format) ?? undefined;
  return (
    <div class="case-actions">
      <div class="case-save-row">
        <button type="button" class="case-primary" disabled={!dirty || !idle} onClick={() => void session.save()}>
          Save
        </button>
        <button type="button" disabled={!dirty || !idle} onClick={() => session.discard()}>
          Discard changes
        </button>
        <span class="case-save-state" data-testid="case-save-state">
          {dirty ? "Unsaved changes" : saved ? `Saved (version ${saved.version})` : ""}
        </span>
      </div>
      <div class="case-brief-row" role="group" aria-label="The printable brief">
        <button type="button" disabled={!idle || !saved} onClick={() => void preview()}>
          {dirty ? "Save and preview the brief" : "Print preview"}
        </button>
        <a class="case-download" href={download("markdown")} download aria-disabled={dirty} title={dirty ? "The download is the saved case: save first" : undefined}>
          Markdown
        </a>
        <a class="case-download" href={download("kialo")} download aria-disabled={dirty} title={dirty ? "The download is the saved case: save first" : undefined}>
          Kialo outline
        </a>
      </div>
      <dialog ref={dialog} class="brief-dialog" aria-label="Print preview of the brief" onClose={() => frame.current && (frame.current.src = "about:blank")}>
        <div class="brief-dialog-bar">
          <strong>Print preview</strong>
          <span class="brief-dialog-actions">
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
              Print…
            </button>
            <a href={session.briefUrl("html") ?? undefined} target="_blank" rel="noopener">
              Open in a new tab
            </a>
            <button type="button" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </span>
        </div>
        <iframe ref={frame} class="brief-frame" title="The brief as it will print" data-testid="brief-frame" />
      </dialog>
    </div>
  );
}
