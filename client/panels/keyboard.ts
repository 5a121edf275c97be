import { useEffect } from "preact/hooks";
import { clearFocus, selectNode } from "../state/view-actions";
import { useServices, useViewUpdate } from "./app-context";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * Page-wide keys, ignored while typing: `/` goes to the search box; Escape leaves the focus, then the selection.
 */
export function useGlobalKeys(): void {
  const { app } = useServices();
  const update = useViewUpdate();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "/") {
        const search = document.getElementById("search-input") as HTMLInputElement | null;
        if (!search) return;
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key === "Escape") {
        const { view } = app.store.get();
        if (view.focus) update(clearFocus());
        else if (view.selected || view.selectedRelation) update(selectNode(null));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [app]);
}
