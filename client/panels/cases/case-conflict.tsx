import { useAppState } from "../app-context";
import { useCaseSession } from "./use-case-session";

/**
 * Someone saved the case after we opened it: what they changed, in words, and the two ways on: take their version
 * (dropping our edits) or re-apply our edits on top of theirs and save again.
 */
export function CaseConflictNotice() {
  const session = useCaseSession();
  const conflict = useAppState((s) => s.cases.conflict);
  if (!conflict) return null;
  return (
    <section class="case-conflict" role="alert" aria-labelledby="case-conflict-heading" data-testid="case-conflict">
      <h3 id="case-conflict-heading">Someone else saved this case meanwhile (now version {conflict.current.version})</h3>
      <p>Your changes are not saved yet. What they changed:</p>
      <ul>
        {conflict.changes.map((change, i) => (
          <li key={i}>{change}</li>
        ))}
      </ul>
      <div class="case-conflict-actions">
        <button type="button" class="case-primary" onClick={() => void session.reapplyMine()}>
          Re-apply my changes and save
        </button>
        <button type="button" onClick={() => session.reloadTheirs()}>
          Reload their version (drop mine)
        </button>
      </div>
    </section>
  );
}
