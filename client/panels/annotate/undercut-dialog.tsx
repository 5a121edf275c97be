import { useMemo, useState } from "preact/hooks";
import type { GraphNode } from "../../../server/contract/node";
import type { GraphRelation } from "../../../server/contract/relation";
import type { NodeKind, RelationKind } from "../../../server/contract/vocabulary";
import type { NewUndercut } from "../../state/edit-actions";
import { undercutCandidates, undercutKinds } from "../../state/edit-relations";
import { suggestTitle } from "../../state/edit-selection";
import { openDialog } from "../../state/edit-state";
import { NODE_THEME } from "../../theme";
import { useAppState, useServices } from "../app-context";
import { NodeName } from "./connect-dialog";
import { useBusy, useEditor } from "./editor-context";
import { FormProblem, Modal } from "./modal";
import { TITLE_ADVICE } from "./node-dialog";
import { Inference, KindChoice, NewObjection } from "./undercut-parts";

type Source = "existing" | "new";

/**
 * Objects to a relation: an undercut, a claim saying the reason does not carry. The objecting claim is picked from the
 * map (only nodes the relation table lets aim at a relation) or written anew, from the passage selected in the reader
 * if there is one; the relation kinds offered are those the table allows from that node to a relation.
 */
export function UndercutDialog({ relationId }: { relationId: string }) {
  const { app } = useServices();
  const loaded = useAppState((s) => s.loaded);
  const live = loaded?.index.relations.get(relationId);
  const [relation] = useState(live);
  const close = () => openDialog(app.store, null);
  if (!loaded || !relation || !live) {
    return (
      <Modal title="This relation was deleted" onClose={close}>
        <p>Someone deleted this relation while you were working on it. Nothing was saved.</p>
      </Modal>
    );
  }
  return <UndercutForm relation={relation} />;
}

function UndercutForm({ relation }: { relation: GraphRelation }) {
  const { app } = useServices();
  const editor = useEditor();
  const busy = useBusy();
  const failure = useAppState((s) => s.edit.failure);
  const loaded = useAppState((s) => s.loaded);
  // The passage selected in the reader when the dialog opened: a new objection is made from it by default.
  const [passage] = useState(() => app.store.get().edit.passage);
  const [source, setSource] = useState<Source>(passage ? "new" : "existing");
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<string | null>(null);
  const [kind, setKind] = useState<NodeKind>("claim");
  const [title, setTitle] = useState(passage ? suggestTitle(passage.quote, TITLE_ADVICE) : "");
  const [text, setText] = useState(passage ? passage.quote.replace(/\s+/g, " ").trim() : "");
  const [quoted, setQuoted] = useState(passage !== null);
  const [choice, setChoice] = useState<RelationKind | null>(null);
  const [note, setNote] = useState("");
  const index = loaded?.index;
  const candidates = useMemo(() => (loaded && source === "existing" && !picked ? undercutCandidates(loaded.index, loaded.search, relation, query) : []), [loaded, source, picked, relation, query]);
  if (!index) return null;
  const by = picked ? index.nodes.get(picked) : undefined;
  const kinds = undercutKinds(source === "existing" ? (by ?? { kind: "claim" }) : { kind });
  const chosen = choice && kinds.includes(choice) ? choice : kinds[0];
  const ready = chosen !== undefined && (source === "existing" ? by !== undefined : title.trim() !== "");
  const close = () => openDialog(app.store, null);
  const save = (event: Event) => {
    event.preventDefault();
    if (!ready || !chosen) return;
    const attacker: NewUndercut["by"] = source === "existing" && by ? { nodeId: by.id } : { node: { kind, title: title.trim(), text: text.trim(), aliases: [], passage: quoted ? passage : null } };
    void editor.createUndercut({ relationId: relation.id, relation: chosen, by: attacker, note });
  };
  return (
    <Modal title="Object to this inference" onClose={close} testId="undercut-dialog">
      <form class="edit-form" onSubmit={save}>
        <Inference relation={relation} />
        <fieldset class="source-choice segmented-choice">
          <legend>The objection</legend>
          <label>
            <input type="radio" name="source" checked={source === "existing"} onChange={() => setSource("existing")} /> A claim already in the map
          </label>
          <label>
            <input type="radio" name="source" checked={source === "new"} onChange={() => setSource("new")} /> A new {NODE_THEME[kind].label.toLowerCase()}
          </label>
        </fieldset>
        {source === "existing" && !by && (
          <>
            <label>
              Which claim says it does not carry?
              <input name="attacker-search" type="search" value={query} placeholder="Search by title or text" onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
            <ul class="pick-list" role="listbox" aria-label="Claims that can object">
              {candidates.map((n) => (
                <li key={n.id} role="option" aria-selected={false}>
                  <button type="button" class="pick" onClick={() => setPicked(n.id)}>
                    <NodeName node={n} />
                  </button>
                </li>
              ))}
              {candidates.length === 0 && <li class="panel-hint">No claim or proposal matches that could object to this relation.</li>}
            </ul>
          </>
        )}
        {source === "existing" && by && <Picked node={by} onChange={() => setPicked(null)} />}
        {source === "new" && (
          <NewObjection
            kind={kind}
            setKind={setKind}
            fields={{ title, text }}
            setTitle={setTitle}
            setText={setText}
            passage={passage?.quote ?? null}
            quoted={quoted}
            setQuoted={setQuoted}
          />
        )}
        <KindChoice kinds={kinds} chosen={chosen} onChoose={setChoice} />
        <label>
          Note (optional)
          <textarea name="note" rows={2} value={note} placeholder="Why the reason does not carry" onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <FormProblem text={failure} />
        <div class="form-actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" class="primary" disabled={!ready || busy !== null}>{busy ? "Saving…" : "Add the objection"}</button>
        </div>
      </form>
    </Modal>
  );
}

function Picked({ node, onChange }: { node: GraphNode; onChange(): void }) {
  return (
    <p class="connect-end">
      Objection: <NodeName node={node} />{" "}
      <button type="button" class="link-button" onClick={onChange}>change</button>
    </p>
  );
}
