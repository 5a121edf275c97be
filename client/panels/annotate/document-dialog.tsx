import { useState } from "preact/hooks";
import { MAX_DOCUMENT_LENGTH, type SourceDocument } from "../../../server/contract/document";
import { isTextFile } from "../../state/edit-documents";
import { openDialog } from "../../state/edit-state";
import { useAppState, useServices } from "../app-context";
import { useBusy, useEditor } from "./editor-context";
import { FormProblem, Modal, splitList } from "./modal";

type Fields = { title: string; authors: string; venue: string; date: string; url: string; citation: string; text: string };

const fieldsOf = (d: SourceDocument | null): Fields => ({
  title: d?.title ?? "",
  authors: (d?.authors ?? []).join(", "),
  venue: d?.venue ?? "",
  date: d?.date ?? "",
  url: d?.url ?? "",
  citation: d?.citation ?? "",
  text: d?.text ?? "",
});

/**
 * A new source document (text pasted or loaded from a plain-text or Markdown file) or the metadata and text of the
 * open one. Editing the text re-anchors every quote on the server; those it cannot place are listed in the reader.
 */
export function DocumentDialog({ documentId }: { documentId: string | null }) {
  const { app } = useServices();
  const editor = useEditor();
  const busy = useBusy();
  const failure = useAppState((s) => s.edit.failure);
  const live = useAppState((s) => (documentId && s.document?.id === documentId ? s.document : null));
  // The source as it was when the dialog opened: the version the change is based on.
  const [open] = useState(live);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(open));
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const set = (name: keyof Fields) => (e: { currentTarget: { value: string } }) => setFields((f) => ({ ...f, [name]: e.currentTarget.value }));
  const close = () => openDialog(app.store, null);
  if (documentId && !open) return null;

  const loadFile = async (file: File | undefined) => {
    setFileProblem(null);
    if (!file) return;
    if (!isTextFile(file.name, file.type)) return setFileProblem(`“${file.name}” is not a plain-text or Markdown file.`);
    const text = await file.text();
    if (text.length > MAX_DOCUMENT_LENGTH) return setFileProblem(`“${file.name}” is longer than a source may be (${MAX_DOCUMENT_LENGTH.toLocaleString("en")} characters).`);
    setFields((f) => ({ ...f, text, title: f.title || file.name.replace(/\.(txt|text|md|markdown)$/i, "") }));
  };

  const save = (event: Event) => {
    event.preventDefault();
    const values = { title: fields.title.trim(), authors: splitList(fields.authors), venue: fields.venue.trim(), date: fields.date.trim(), url: fields.url.trim(), citation: fields.citation.trim() };
    if (!open) {
      void editor.createDocument({ ...values, text: fields.text });
      return;
    }
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries({ ...values, text: fields.text })) {
      if (JSON.stringify(value) !== JSON.stringify(open[key as keyof SourceDocument])) patch[key] = value;
    }
    if (Object.keys(patch).length === 0) close();
    else void editor.updateDocument(open, patch);
  };

  const textChanged = open !== null && fields.text !== open.text;
  return (
    <Modal title={open ? "Edit the source" : "Add a source"} onClose={close} wide testId="document-dialog">
      <form class="edit-form" onSubmit={save}>
        <label>
          Title
          <input name="title" value={fields.title} required maxLength={200} onInput={set("title")} />
        </label>
        <div class="form-row">
          <label>
            Authors (comma-separated)
            <input name="authors" value={fields.authors} onInput={set("authors")} />
          </label>
          <label>
            Date
            <input name="date" value={fields.date} placeholder="2009-02-09" onInput={set("date")} />
          </label>
        </div>
        <div class="form-row">
          <label>
            Venue
            <input name="venue" value={fields.venue} onInput={set("venue")} />
          </label>
          <label>
            Link
            <input name="url" type="url" value={fields.url} placeholder="https://…" onInput={set("url")} />
          </label>
        </div>
        <label>
          Text, verbatim
          <textarea name="text" rows={open ? 8 : 10} value={fields.text} required onInput={set("text")} />
          <span class="field-note">
            Paste the text, or load it from a file:{" "}
            <input type="file" name="file" accept=".txt,.text,.md,.markdown,text/plain,text/markdown" onChange={(e) => void loadFile(e.currentTarget.files?.[0])} />
          </span>
        </label>
        {textChanged && <p class="field-note warning">Saving a new text moves every quote to its new place; quotes that cannot be found again are listed in the reader for you to place or remove.</p>}
        <FormProblem text={fileProblem ?? failure} />
        <div class="form-actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" class="primary" disabled={busy !== null || !fields.title.trim() || !fields.text}>{busy ? "Saving…" : open ? "Save" : "Add the source"}</button>
        </div>
      </form>
    </Modal>
  );
}
