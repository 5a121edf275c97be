import { conflictFields, type Conflict } from "../../state/edit-conflict";
import { useBusy, useEditor } from "./editor-context";
import { Modal } from "./modal";

const WHAT: Record<Conflict["entity"], string> = { node: "node", relation: "relation", document: "source", excerpt: "quote" };

/** "ed, 3 minutes ago" from a revision's time. */
export function whenSaid(at: string, now = Date.now()): string {
  const seconds = Math.round((now - Date.parse(at)) / 1000);
  if (!Number.isFinite(seconds)) return at;
  if (seconds < 45) return "just now";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  return new Date(at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/**
 * Someone else changed what this user was changing. Shows, field by field, what it was, what they made it and what
 * this user wants, and lets the user apply their change on top of the other person's or drop it. Never silent.
 */
export function ConflictDialog({ conflict }: { conflict: Conflict }) {
  const editor = useEditor();
  const busy = useBusy();
  const what = WHAT[conflict.entity];
  const rows = conflictFields(conflict.base, conflict.theirs, conflict.mine);
  const who = conflict.by ? `${conflict.by.actor} (${whenSaid(conflict.by.at)})` : "Someone else";
  const keep = () => void editor.resolveConflict("theirs");
  const doing = conflict.undo ? "undo" : conflict.action === "delete" ? "delete" : "change";
  return (
    <Modal title={`This ${what} changed while you were working`} onClose={keep} wide testId="conflict-dialog">
      <p>
        {who} saved a new version of this {what} after you opened it. Your {doing} was <strong>not</strong> saved. Compare, then choose.
      </p>
      {rows.length > 0 ? (
        <table class="conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened it</th>
              <th scope="col">Theirs (saved now)</th>
              <th scope="col">Yours (not saved)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} class={row.clash ? "clash" : ""}>
                <th scope="row">{row.label}</th>
                <td>{row.base}</td>
                <td class={row.changedByThem ? "changed" : ""}>{row.theirs}</td>
                <td class={row.mine !== null ? "changed" : ""}>{row.mine ?? <span class="panel-hint">unchanged</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="panel-hint">They changed nothing you can see here (only its quotes or place).</p>
      )}
      {conflict.action === "delete" && <p>You wanted to delete it{conflict.undo ? " (undoing your earlier change)" : ""}.</p>}
      <div class="form-actions">
        <button type="button" onClick={keep} disabled={busy !== null}>
          Keep theirs, discard mine
        </button>
        <button type="button" class="primary" onClick={() => void editor.resolveConflict("mine")} disabled={busy !== null}>
          {conflict.action === "delete" ? "Delete anyway" : "Apply mine on top of theirs"}
        </button>
      </div>
    </Modal>
  );
}
