import type { ComponentChildren } from "preact";
import type { EditableContention } from "../../state/case-work";
import type { WeakPointBadge } from "../../state/case-weak-points";

export interface ContentionCardProps {
  contention: EditableContention;
  index: number;
  count: number;
  tagLine: string;
  badges: WeakPointBadge[];
  titleOf(nodeId: string): string;
  readOnly: boolean;
  dropTarget: boolean;
  onMove(step: -1 | 1): void;
  onRemove(): void;
  onEdit(change: { tag?: string; notes?: string }): void;
  onShow(nodeId: string): void;
  onDragStart(event: DragEvent): void;
  onDragOver(event: DragEvent): void;
  onDrop(event: DragEvent): void;
  onDragEnd(): void;
}

/**
 * One contention of the outline: drag handle and move buttons (the keyboard way to reorder), the tag line, the claim,
 * weak-point badges, what backs it and what it must answer, and notes.
 */
export function ContentionCard(props: ContentionCardProps) {
  const { contention: c, index, count, titleOf, readOnly } = props;
  const quotes = c.evidence.excerptIds.length;
  const answered = c.objections.filter((o) => o.answerIds.length > 0).length;
  const summary = [
    `${quotes} quote${quotes === 1 ? "" : "s"}`,
    `${c.evidence.nodeIds.length} backing`,
    `${c.objections.length} objection${c.objections.length === 1 ? "" : "s"}${c.objections.length ? ` (${answered} answered)` : ""}`,
    ...(c.caveatIds.length ? [`${c.caveatIds.length} caveat${c.caveatIds.length === 1 ? "" : "s"}`] : []),
  ].join(" · ");
  const nodeButton = (id: string) => (
    <button key={id} type="button" class="case-node-link" onClick={() => props.onShow(id)}>
      {titleOf(id)}
    </button>
  );
  return (
    <li
      class={`contention-card${props.dropTarget ? " drop-target" : ""}`}
      data-key={c.key}
      data-claim-id={c.claimId}
      aria-label={`Contention ${index + 1} of ${count}: ${props.tagLine}`}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
    >
      <div class="contention-head">
        <span class="drag-handle" draggable={!readOnly} onDragStart={props.onDragStart} onDragEnd={props.onDragEnd} title="Drag to reorder" aria-hidden="true">
          ⠿
        </span>
        <span class="contention-number">{index + 1}.</span>
        <input
          class="contention-tag"
          aria-label={`Tag line of contention ${index + 1}`}
          placeholder={titleOf(c.claimId)}
          value={c.tag}
          readOnly={readOnly}
          maxLength={500}
          onInput={(e) => props.onEdit({ tag: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <div class="contention-claim-row">
        <p class="contention-claim">{nodeButton(c.claimId)}</p>
        <span class="contention-moves" role="group" aria-label={`Move contention ${index + 1}`}>
          <button type="button" data-move="up" disabled={readOnly || index === 0} aria-label={`Move “${props.tagLine}” up`} onClick={() => props.onMove(-1)}>
            ↑
          </button>
          <button type="button" data-move="down" disabled={readOnly || index === count - 1} aria-label={`Move “${props.tagLine}” down`} onClick={() => props.onMove(1)}>
            ↓
          </button>
          <button type="button" class="contention-remove" disabled={readOnly} aria-label={`Remove “${props.tagLine}”`} onClick={props.onRemove}>
            ×
          </button>
        </span>
      </div>
      {props.badges.length > 0 && (
        <ul class="weak-badges" aria-label="Weak points">
          {props.badges.map((b, i) => (
            <li key={i} class={`weak-badge weak-${b.kind}${b.isNew ? " weak-badge-new" : ""}`} title={b.isNew ? `New with the last change of the map. ${b.message}` : b.message}>
              <span aria-hidden="true">⚠ </span>
              {b.label}
              {b.isNew && <span class="weak-new-tag">new</span>}
              <span class="visually-hidden">: {b.message}</span>
            </li>
          ))}
        </ul>
      )}
      {!c.id && <p class="contention-new">New: save to check its weak points.</p>}
      <details class="contention-parts">
        <summary>{summary}</summary>
        {c.evidence.nodeIds.length > 0 && (
          <PartList label="Backing" ids={c.evidence.nodeIds} render={nodeButton} />
        )}
        {c.objections.length > 0 && (
          <PartList
            label="Objections"
            ids={c.objections.map((o) => o.nodeId)}
            render={(id) => {
              const o = c.objections.find((x) => x.nodeId === id);
              return (
                <>
                  {nodeButton(id)}
                  {o && o.answerIds.length > 0 ? (
                    <span class="case-answers">
                      answered by {o.answerIds.map(nodeButton)}
                    </span>
                  ) : (
                    <span class="case-answers weak-text">no answer yet</span>
                  )}
                </>
              );
            }}
          />
        )}
        {c.caveatIds.length > 0 && <PartList label="Caveats" ids={c.caveatIds} render={nodeButton} />}
      </details>
      <label class="case-field contention-notes">
        <span>Notes</span>
        <textarea rows={2} value={c.notes} readOnly={readOnly} onInput={(e) => props.onEdit({ notes: (e.currentTarget as HTMLTextAreaElement).value })} />
      </label>
    </li>
  );
}

function PartList({ label, ids, render }: { label: string; ids: string[]; render: (id: string) => ComponentChildren }) {
  return (
    <div class="contention-part">
      <h4>{label}</h4>
      <ul>
        {ids.map((id) => (
          <li key={id}>{render(id)}</li>
        ))}
      </ul>
    </div>
  );
}
