import { useEffect, useState } from "preact/hooks";
import type { Revision } from "../../../server/contract/revision";
import { changedFields } from "../../state/edit-conflict";
import { describeRelation, type GraphIndex } from "../../state/graph-index";
import { openDialog } from "../../state/edit-state";
import { useAppState, useServices } from "../app-context";
import { whenSaid } from "./conflict-dialog";
import { useEditor } from "./editor-context";
import { Modal } from "./modal";

const VERB: Record<Revision["action"], string> = { create: "added", update: "changed", delete: "deleted", import: "imported" };

/** The label of a revision's row: its title or quote as it was (or is), else its kind. */
function labelOf(revision: Revision): string {
  const row = (revision.after ?? revision.before) as Record<string, unknown> | null;
  const label = row && (row.title ?? row.quote ?? row.relation);
  if (typeof label === "string") return `${revision.entity} “${label.length > 60 ? `${label.slice(0, 59)}…` : label}”`;
  return revision.entity === "map" && row && "positions" in row ? "the layout" : `a ${revision.entity}`;
}

const describeRelationById = (index: GraphIndex, id: string): string | undefined => {
  const relation = index.relations.get(id);
  return relation && describeRelation(index, relation);
};

/** Who changed what when, newest first: for one node, relation or source, or the whole map; each with before and after. */
export function HistoryDialog({ entityId }: { entityId: string | null }) {
  const { app } = useServices();
  const editor = useEditor();
  const node = useAppState((s) => (entityId ? s.loaded?.index.nodes.get(entityId) : undefined));
  const relation = useAppState((s) => (entityId && s.loaded ? describeRelationById(s.loaded.index, entityId) : undefined));
  const mapTitle = useAppState((s) => s.loaded?.graph.map.title ?? "");
  const version = useAppState((s) => s.loaded?.graph.map.contentVersion ?? 0);
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    editor.history(entityId).then((r) => live && setRevisions(r), (e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [entityId, version]);
  const title = entityId ? `History of “${node?.title ?? relation ?? "this item"}”` : `History of the map “${mapTitle}”`;
  return (
    <Modal title={title} onClose={() => openDialog(app.store, null)} wide testId="history-dialog">
      {problem && <p class="form-problem">{problem}</p>}
      {!revisions && !problem && <p class="panel-hint">Reading the history…</p>}
      {revisions && revisions.length === 0 && <p class="panel-hint">No changes recorded yet.</p>}
      <ol class="history">
        {(revisions ?? []).map((r) => {
          const fields = r.action === "update" ? changedFields(r.before, r.after) : [];
          return (
            <li key={r.id} class="history-entry">
              <p class="history-line">
                <strong>{r.actor}</strong> {VERB[r.action]} {labelOf(r)} <time dateTime={r.at} title={r.at}>{whenSaid(r.at)}</time>
              </p>
              {fields.length > 0 && (
                <table class="history-fields">
                  <tbody>
                    {fields.map((f) => (
                      <tr key={f.field}>
                        <th scope="row">{f.label}</th>
                        <td class="before">{f.before}</td>
                        <td aria-hidden="true">→</td>
                        <td class="after">{f.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          );
        })}
      </ol>
    </Modal>
  );
}
