import { useState } from "preact/hooks";
import { slugFromTitle } from "../../state/edit-documents";
import { openDialog } from "../../state/edit-state";
import { useAppState, useServices } from "../app-context";
import { useBusy, useEditor } from "./editor-context";
import { FormProblem, Modal } from "./modal";

/** A new, empty map: title, address (slug, suggested from the title) and description. */
export function MapDialog() {
  const { app } = useServices();
  const editor = useEditor();
  const busy = useBusy();
  const failure = useAppState((s) => s.edit.failure);
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const close = () => openDialog(app.store, null);
  const address = slug ?? slugFromTitle(title);
  return (
    <Modal title="New map" onClose={close} testId="map-dialog">
      <form
        class="edit-form"
        onSubmit={(e) => {
          e.preventDefault();
          void editor.createMap({ title: title.trim(), slug: address, ...(description.trim() ? { description: description.trim() } : {}) });
        }}
      >
        <label>
          Title
          <input name="title" value={title} required maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          Address
          <input name="slug" value={address} required pattern="[a-z0-9]+(-[a-z0-9]+)*" onInput={(e) => setSlug(e.currentTarget.value)} />
          <span class="field-note">The map will be at /maps/{address || "…"}: lower-case letters and digits joined by hyphens.</span>
        </label>
        <label>
          Description
          <textarea name="description" rows={3} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        </label>
        <FormProblem text={failure} />
        <div class="form-actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" class="primary" disabled={busy !== null || !title.trim() || address.length < 2}>{busy ? "Creating…" : "Create the map"}</button>
        </div>
      </form>
    </Modal>
  );
}
