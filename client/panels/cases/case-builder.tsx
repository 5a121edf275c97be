import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { addContention, editCase, editContention, moveContention, removeContention, stepContention, whyNotContention } from "../../state/case-edit";
import { isDirty, tagLineOf, type CaseDraft } from "../../state/case-work";
import { weakPointBadges } from "../../state/case-weak-points";
import { selectNode } from "../../state/view-actions";
import { useAppState, useViewUpdate } from "../app-context";
import { CaseActions } from "./case-actions";
import { CaseConflictNotice } from "./case-conflict";
import { CaseKey } from "./case-key";
import { CaseMapChangeNotice } from "./case-map-change";
import { ContentionCard } from "./contention-card";
import { useCaseSession } from "./use-case-session";

/**
 * The open case as an outline beside the graph: its contentions in speaking order, reordered by dragging or with
 * the move buttons, each with its tag line, weak points and notes; a contention added from the graph's selection.
 */
export function CaseBuilder() {
  const session = useCaseSession();
  const update = useViewUpdate();
  const draft = useAppState((s) => s.cases.draft);
  const saved = useAppState((s) => s.cases.saved);
  const locked = useAppState((s) => s.cases.busy !== null || s.cases.conflict !== null);
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const moved = useRef<{ key: string; step: -1 | 1 } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const titleOf = (id: string) => loaded?.index.nodes.get(id)?.title ?? "(no longer in the map)";
  const newWeakPoints = useAppState((s) => s.cases.mapChange?.newWeakPoints);
  const badges = useMemo(() => {
    const ids = draft?.contentions.flatMap((c) => (c.id ? [c.id] : [])) ?? [];
    return weakPointBadges(saved?.weakPoints ?? [], ids, new Set(newWeakPoints));
  }, [saved, draft, newWeakPoints]);

  // Keyboard reordering re-renders the list; keep focus on the moved card's button (or its other one at an end).
  useEffect(() => {
    const m = moved.current;
    if (!m || !list.current) return;
    moved.current = null;
    const card = list.current.querySelector(`[data-key="${CSS.escape(m.key)}"]`);
    const wanted = card?.querySelector<HTMLButtonElement>(`[data-move="${m.step < 0 ? "up" : "down"}"]`);
    const other = card?.querySelector<HTMLButtonElement>(`[data-move="${m.step < 0 ? "down" : "up"}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [draft]);

  if (!draft || !loaded) return <p class="panel-hint">Opening the case…</p>;
  const edit = (change: (d: CaseDraft) => CaseDraft) => session.edit(change);
  const announceAt = (key: string, d: CaseDraft) => {
    const at = d.contentions.findIndex((c) => c.key === key);
    const c = d.contentions[at];
    if (c) setAnnouncement(`Moved “${tagLineOf(c, titleOf)}” to position ${at + 1} of ${d.contentions.length}.`);
  };
  const move = (key: string, step: -1 | 1) => {
    moved.current = { key, step };
    const next = stepContention(draft, key, step);
    edit(() => next);
    announceAt(key, next);
  };
  const drop = (to: number) => {
    if (dragging === null) return;
    const key = draft.contentions[dragging]?.key;
    const next = moveContention(draft, dragging, to);
    edit(() => next);
    if (key) announceAt(key, next);
    setDragging(null);
    setOver(null);
  };
  const whyNot = whyNotContention(draft, loaded.index, selected);
  const target = loaded.index.nodes.get(draft.targetId);
  return (
    <div class="case-builder" data-testid="case-builder" data-dirty={String(isDirty(saved, draft))}>
      <label class="case-field">
        <span>Title</span>
        <input name="case-title" value={draft.title} readOnly={locked} maxLength={200} onInput={(e) => edit((d) => editCase(d, { title: (e.currentTarget as HTMLInputElement).value }))} />
      </label>
      <p class="case-resolution">
        <span class={`case-side-tag side-${draft.side}`}>{draft.side === "for" ? "For" : "Against"}</span>{" "}
        <button type="button" class="case-node-link" onClick={() => update(selectNode(draft.targetId))}>
          {target?.title ?? "(the target is no longer in the map)"}
        </button>
      </p>
      <CaseActions />
      <CaseConflictNotice />
      <CaseMapChangeNotice />
      {badges.general.map((b, i) => (
        <p key={i} class="weak-text" role="note">
          ⚠ {b.message}
        </p>
      ))}
      <CaseKey draft={draft} />
      <h3 class="case-subheading">Contentions ({draft.contentions.length})</h3>
      {draft.contentions.length === 0 && <p class="panel-hint">No contentions yet: select a reason in the graph and add it below.</p>}
      <ol class="contentions" ref={list} onDragLeave={() => setOver(null)}>
        {draft.contentions.map((c, i) => (
          <ContentionCard
            key={c.key}
            contention={c}
            index={i}
            count={draft.contentions.length}
            tagLine={tagLineOf(c, titleOf)}
            badges={(c.id && badges.byContention.get(c.id)) || []}
            titleOf={titleOf}
            readOnly={locked}
            dropTarget={over === i && dragging !== null && dragging !== i}
            onMove={(step) => move(c.key, step)}
            onRemove={() => {
              edit((d) => removeContention(d, c.key));
              setAnnouncement(`Removed “${tagLineOf(c, titleOf)}”.`);
            }}
            onEdit={(change) => edit((d) => editContention(d, c.key, change))}
            onShow={(id) => update(selectNode(id))}
            onDragStart={(event) => {
              event.dataTransfer?.setData("text/plain", c.key);
              if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
              setDragging(i);
            }}
            onDragOver={(event) => {
              if (dragging === null) return;
              event.preventDefault();
              setOver(i);
            }}
            onDrop={(event) => {
              event.preventDefault();
              drop(i);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
          />
        ))}
      </ol>
      <div class="case-add">
        <button type="button" disabled={whyNot !== null || locked} onClick={() => selected && edit((d) => addContention(d, loaded.index, selected))}>
          + Add the selected node as a contention
        </button>
        <p class="panel-hint">{whyNot ?? `Adds “${titleOf(selected ?? "")}” with its quotes, objections and caveats.`}</p>
      </div>
      <label class="case-field">
        <span>Notes on the case</span>
        <textarea rows={3} value={draft.notes} readOnly={locked} onInput={(e) => edit((d) => editCase(d, { notes: (e.currentTarget as HTMLTextAreaElement).value }))} />
      </label>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
