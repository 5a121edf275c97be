import { useState } from "preact/hooks";
import { allowedRelations } from "../../../server/contract/relation-rules";
import type { RelationKind } from "../../../server/contract/vocabulary";
import { openDialog } from "../../state/edit-state";
import { RELATION_THEME } from "../../theme";
import { useAppState, useServices } from "../app-context";
import { NodeName } from "./connect-dialog";
import { useBusy, useEditor } from "./editor-context";
import { FormProblem, Modal } from "./modal";

/** Edits a relation's kind (among those its two ends allow) and note, or deletes it. */
export function RelationDialog({ relationId }: { relationId: string }) {
  const { app } = useServices();
  const editor = useEditor();
  const busy = useBusy();
  const failure = useAppState((s) => s.edit.failure);
  const loaded = useAppState((s) => s.loaded);
  const live = loaded?.index.relations.get(relationId);
  // The relation as it was when the dialog opened: the version the change is based on.
  const [relation] = useState(live);
  const [kind, setKind] = useState<RelationKind | null>(relation?.relation ?? null);
  const [note, setNote] = useState(relation?.note ?? "");
  const close = () => openDialog(app.store, null);
  if (!loaded || !relation || !live) {
    return (
      <Modal title="This relation was deleted" onClose={close}>
        <p>Someone deleted this relation while you were editing it. Nothing was saved.</p>
      </Modal>
    );
  }
  const source = loaded.index.nodes.get(relation.source);
  const target = relation.targetType === "node" ? loaded.index.nodes.get(relation.target) : undefined;
  const kinds = source ? allowedRelations(source.kind, target?.kind ?? "relation") : [relation.relation];
  const save = (event: Event) => {
    event.preventDefault();
    const patch: { relation?: RelationKind; note?: string } = {};
    if (kind && kind !== relation.relation) patch.relation = kind;
    if (note.trim() !== relation.note) patch.note = note.trim();
    if (Object.keys(patch).length === 0) close();
    else void editor.updateRelation(relation, patch);
  };
  return (
    <Modal title="Edit the relation" onClose={close} testId="relation-dialog">
      <form class="edit-form" onSubmit={save}>
        <p class="connect-end">From {source ? <NodeName node={source} /> : "?"}</p>
        <p class="connect-end">To {target ? <NodeName node={target} /> : "the inference it undercuts"}</p>
        <label>
          Relation
          <select name="relation" value={kind ?? relation.relation} onChange={(e) => setKind(e.currentTarget.value as RelationKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {RELATION_THEME[k].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note
          <textarea name="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <FormProblem text={failure} />
        <div class="form-actions">
          <button type="button" class="danger" disabled={busy !== null} onClick={() => void editor.deleteRelation(relation)}>
            Delete the relation
          </button>
          <span class="spacer" />
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" class="primary" disabled={busy !== null}>{busy ? "Saving…" : "Save"}</button>
        </div>
      </form>
    </Modal>
  );
}
