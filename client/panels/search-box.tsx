import { useMemo, useRef, useState } from "preact/hooks";
import { searchNodes } from "../state/search";
import { selectNode } from "../state/view-actions";
import { NODE_THEME } from "../theme";
import { useAppState, useViewUpdate } from "./app-context";

/**
 * Find a node by title, text or actor alias. Keyboard first: `/` focuses the box from anywhere (panels/keyboard.ts), arrows move through
 * the results, Enter opens the highlighted one (selects it, centres the graph on it, opens its details), Escape
 * closes. Follows the ARIA combobox pattern with a listbox popup.
 */
export function SearchBox() {
  const search = useAppState((s) => s.loaded?.search ?? null);
  const update = useViewUpdate();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => (search ? searchNodes(search, query) : []), [search, query]);

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    update(selectNode(hit.node.id));
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") setActive((a) => Math.min(hits.length - 1, a + 1));
    else if (event.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
    else if (event.key === "Enter") choose(active);
    else if (event.key === "Escape") {
      if (open && query) setOpen(false);
      else input.current?.blur();
    } else return;
    event.preventDefault();
    if (event.key !== "Escape" && event.key !== "Enter") setOpen(true);
  };
  const expanded = open && query.trim().length > 0;
  return (
    <div class="search">
      <label for="search-input" class="visually-hidden">
        Search the map
      </label>
      <input
        id="search-input"
        ref={input}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="Search claims, proposals, actors…"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `search-hit-${active}` : undefined}
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <kbd class="search-key" aria-hidden="true">/</kbd>
      {expanded && (
        <ul id="search-results" class="search-results" role="listbox" aria-label="Search results">
          {hits.length === 0 && <li class="search-empty">No node matches “{query}”.</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.node.id}
              id={`search-hit-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? "search-hit active" : "search-hit"}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span class={`kind-tag kind-${hit.node.kind}`}>{NODE_THEME[hit.node.kind].label}</span>
              <span class="search-title">{hit.node.title}</span>
              {hit.field !== "title" && <span class="search-field">{hit.field === "alias" ? `alias: ${hit.node.aliases.join(", ")}` : "in text"}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
