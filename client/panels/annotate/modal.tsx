import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

export interface ModalProps {
  title: string;
  onClose(): void;
  children: ComponentChildren;
  /** Wider for side-by-side content (the conflict table, the history). */
  wide?: boolean;
  testId?: string;
}

/**
 * A dialog over the page: labelled, focus moved into it, Escape and the backdrop close it. Escape stops here, so the
 * page's own Escape (leave the focus, then the selection) does not also fire.
 */
export function Modal({ title, onClose, children, wide = false, testId }: ModalProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, button.primary");
    first?.focus();
  }, []);
  return (
    <div class="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        class={wide ? "modal modal-wide" : "modal"}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          e.stopPropagation();
          onClose();
        }}
      >
        <div class="modal-heading">
          <h2>{title}</h2>
          <button type="button" class="modal-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

/** Why the last write failed, inside the dialog that made it. */
export function FormProblem({ text }: { text: string | null }) {
  return text ? <p class="form-problem" role="alert">{text}</p> : null;
}

/** A comma-separated list as typed → the list (trimmed, empty entries dropped). */
export const splitList = (value: string): string[] => value.split(",").map((s) => s.trim()).filter(Boolean);
