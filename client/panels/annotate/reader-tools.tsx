import type { RefObject } from "preact";
import { useEffect } from "preact/hooks";
import type { Excerpt } from "../../../server/contract/excerpt";
import type { SourceDocument } from "../../../server/contract/document";
import { passageOfRange, type RangeLike } from "../../state/edit-selection";
import { describeRelation } from "../../state/graph-index";
import { openDialog, patchEdit } from "../../state/edit-state";
import { useAppState, useServices } from "../app-context";
import { useBusy, useEditAccess, useEditor } from "./editor-context";

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Keeps the passage selected in the reader's text box in the edit state, as offsets into the verbatim text. */
function usePassageCapture(textRef: RefObject<HTMLElement | null>, doc: SourceDocument | null): void {
  const { app } = useServices();
  const box = textRef.current;
  useEffect(() => {
    if (!box || !doc) return;
    const capture = () => {
      const selection = window.getSelection();
      const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      const passage = range && box.contains(range.commonAncestorContainer) ? passageOfRange(box, range as unknown as RangeLike, doc.id, doc.text) : null;
      patchEdit(app.store, { passage });
    };
    box.addEventListener("mouseup", capture);
    box.addEventListener("keyup", capture);
    return () => {
      box.removeEventListener("mouseup", capture);
      box.removeEventListener("keyup", capture);
    };
  }, [box, doc, app]);
}

/**
 * Above the reader's text: what to do with the selected passage (a new claim or proposal from it, attach it to the
 * selected node or relation, or place a quote that lost its place there), and the quotes of this source that need
 * placing.
 */
export function AnnotateBar({ doc, textRef }: { doc: SourceDocument | null; textRef: RefObject<HTMLElement | null> }) {
  usePassageCapture(textRef, doc);
  const { app } = useServices();
  const editor = useEditor();
  const access = useEditAccess();
  const busy = useBusy();
  const passage = useAppState((s) => s.edit.passage);
  const selected = useAppState((s) => (s.view.selected ? s.loaded?.index.nodes.get(s.view.selected) : undefined));
  const index = useAppState((s) => s.loaded?.index);
  const relation = useAppState((s) => (s.view.selectedRelation ? s.loaded?.index.relations.get(s.view.selectedRelation) : undefined));
  const orphan = useAppState((s) => (s.edit.reanchoring ? excerptsOf(s.loaded?.graph).find((e) => e.id === s.edit.reanchoring) : undefined));
  if (!doc) return null;
  const here = passage && passage.documentId === doc.id ? passage : null;
  const clear = () => patchEdit(app.store, { passage: null, reanchoring: null });
  if (!access.allowed) return here ? <p class="annotate-bar annotate-hint">{access.hint}</p> : <OrphanList doc={doc} />;
  if (!here && !orphan) return <OrphanList doc={doc} />;
  const newNode = (kind: "claim" | "proposal") => openDialog(app.store, { type: "node", kind, nodeId: null, passage: here });
  return (
    <div class="annotate-bar" role="toolbar" aria-label="Annotate the selected passage" data-testid="annotate-bar">
      {orphan && !here && <p class="annotate-quote">Select the passage where “{short(orphan.quote, 60)}” belongs now, then place it there.</p>}
      {here && (
        <p class="annotate-quote">
          “{short(here.quote, 160)}” <span class="panel-hint">({here.quote.length} characters)</span>
        </p>
      )}
      <div class="tool-row">
        {orphan && here && (
          <button type="button" class="primary" disabled={busy !== null} onClick={() => void editor.placeExcerpt(orphan, here)}>
            Place the quote here
          </button>
        )}
        {here && !orphan && (
          <>
            <button type="button" class="primary" onClick={() => newNode("claim")}>New claim</button>
            <button type="button" onClick={() => newNode("proposal")}>New proposal</button>
            {selected && selected.kind !== "actor" && (
              <button type="button" disabled={busy !== null} title={selected.title} onClick={() => void editor.attachPassage({ nodeId: selected.id }, here)}>
                Attach to “{short(selected.title, 28)}”
              </button>
            )}
            {relation && index && (
              <button type="button" disabled={busy !== null} title={`Attach as a quote of the relation “${describeRelation(index, relation)}”`} onClick={() => void editor.attachPassage({ relationId: relation.id }, here)}>
                Attach to this relation
              </button>
            )}
          </>
        )}
        <button type="button" class="link-button" onClick={clear}>{orphan ? "Cancel" : "Clear"}</button>
      </div>
    </div>
  );
}

function excerptsOf(graph: { nodes: { excerpts: Excerpt[] }[]; relations: { excerpts: Excerpt[] }[] } | undefined): Excerpt[] {
  return graph ? [...graph.nodes.flatMap((n) => n.excerpts), ...graph.relations.flatMap((r) => r.excerpts)] : [];
}

/** Quotes of this source that lost their place when its text was edited: place each again, or remove it. */
function OrphanList({ doc }: { doc: SourceDocument }) {
  const { app } = useServices();
  const editor = useEditor();
  const access = useEditAccess();
  const loaded = useAppState((s) => s.loaded);
  if (!access.allowed || !loaded) return null;
  const orphans = excerptsOf(loaded.graph).filter((e) => e.documentId === doc.id && e.orphaned);
  if (orphans.length === 0) return null;
  const ownerOf = (e: Excerpt) => (e.nodeId ? loaded.index.nodes.get(e.nodeId)?.title : e.relationId ? "a relation" : undefined) ?? "?";
  return (
    <details class="orphans" open data-testid="orphans">
      <summary>
        {orphans.length} quote{orphans.length > 1 ? "s" : ""} lost {orphans.length > 1 ? "their" : "its"} place when the text was edited
      </summary>
      <ul>
        {orphans.map((e) => (
          <li key={e.id}>
            <q>{short(e.quote, 80)}</q> <span class="panel-hint">of “{short(ownerOf(e), 40)}”</span>
            <span class="excerpt-actions">
              <button type="button" class="link-button" onClick={() => patchEdit(app.store, { reanchoring: e.id, passage: null })}>Re-anchor</button>
              <button type="button" class="link-button danger-link" onClick={() => void editor.deleteExcerpt(e)}>Remove</button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** In the reader's heading: edit this source's metadata and text. */
export function DocumentTools({ doc }: { doc: SourceDocument | null }) {
  const { app } = useServices();
  const access = useEditAccess();
  if (!access.allowed) return null;
  return (
    <span class="document-tools">
      {doc && <button type="button" class="link-button" onClick={() => openDialog(app.store, { type: "document", documentId: doc.id })}>Edit source</button>}
      {!doc && <button type="button" class="link-button" onClick={() => openDialog(app.store, { type: "document", documentId: null })}>Add a source</button>}
    </span>
  );
}
