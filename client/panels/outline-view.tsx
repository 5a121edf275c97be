import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { nodeStatuses, shownAcceptance } from "../state/analysis-state";
import { shownViewpoint } from "../state/analysis-viewpoint";
import { flattenOutline, type OutlineRole, type OutlineRow } from "../state/outline";
import { flattenUnresolvedOutline, outlineMark, statusGroupKey, statusOfGroup, type OutlineFilter } from "../state/outline-acceptance";
import { selectNode } from "../state/view-actions";
import { useAppState, useViewUpdate } from "./app-context";
import { markedSwatch, OutlineBar, OutlineStatusBadges } from "./outline-marks";
import { NodeSwatch } from "./swatches";

const ROLE_WORDS: Partial<Record<OutlineRole, string>> = {
  "reason-for": "For",
  "reason-against": "Against",
  qualification: "Qualifies",
  component: "Part",
  undercut: "Undercut",
  "proposed-by": "Proposed by",
  "endorsed-by": "Endorsed by",
  "opposed-by": "Opposed by",
  proposes: "Proposes",
  endorses: "Endorses",
  opposes: "Opposes",
};

/**
 * The map as a tree to read in order: proposals → reasons for and against → their reasons, then loose claims and
 * actors. Follows the WAI-ARIA tree pattern: one tab stop (roving tabindex); ↑/↓ move, → opens or enters, ← closes
 * or climbs, Home/End jump, Enter or Space opens the node's details.
 *
 * While analysis is on, each claim and proposal carries the graph's acceptance marks (tinted swatch, badge, the pin
 * when assumed) and says its status in words; "Rejected & undecided" lists only those, each unfolding into its reasons.
 */
export function OutlineView() {
  const loaded = useAppState((s) => s.loaded);
  const selected = useAppState((s) => s.view.selected);
  const update = useViewUpdate();
  const acceptance = useAppState(shownAcceptance);
  const actorTitle = useAppState((s) => {
    const actor = shownViewpoint(s);
    return actor ? (s.loaded?.index.nodes.get(actor)?.title ?? null) : null;
  });
  const [filter, setFilter] = useState<OutlineFilter>("all");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(["group:proposals", statusGroupKey("rejected"), statusGroupKey("undecided")]));
  const [active, setActive] = useState<string | null>(null);
  const tree = useRef<HTMLDivElement>(null);
  const statuses = acceptance ? nodeStatuses(acceptance) : null;
  const filtered = filter === "unresolved" && statuses !== null;
  const rows = useMemo(() => {
    if (!loaded) return [];
    return filtered ? flattenUnresolvedOutline(loaded.index, statuses, expanded) : flattenOutline(loaded.index, expanded);
  }, [loaded, expanded, filtered, statuses]);
  const activeKey = rows.some((r) => r.item.key === active) ? active : (rows[0]?.item.key ?? null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    tree.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [activeKey, rows]);

  if (!loaded) return null;
  const toggle = (key: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  const go = (row: OutlineRow | undefined) => {
    if (!row) return;
    moveFocus.current = true;
    setActive(row.item.key);
  };
  const onKeyDown = (event: KeyboardEvent, row: OutlineRow, i: number) => {
    const { item } = row;
    switch (event.key) {
      case "ArrowDown": go(rows[i + 1]); break;
      case "ArrowUp": go(rows[i - 1]); break;
      case "Home": go(rows[0]); break;
      case "End": go(rows[rows.length - 1]); break;
      case "ArrowRight":
        if (item.hasChildren && !row.expanded) toggle(item.key, true);
        else if (row.expanded) go(rows[i + 1]);
        break;
      case "ArrowLeft":
        if (row.expanded) toggle(item.key, false);
        else go(rows.find((r) => r.item.key === row.parentKey));
        break;
      case "Enter":
      case " ":
        if (item.nodeId) update(selectNode(item.nodeId));
        else toggle(item.key, !row.expanded);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  return (
    <div class="outline-wrap">
      <OutlineBar result={acceptance} actorTitle={actorTitle} filter={filter} onFilter={setFilter} />
      <p class="panel-hint outline-hint">Read the map in order. Use the arrow keys to move and open branches; Enter opens a node's details.</p>
      {filtered && rows.length === 0 && <p class="outline-empty">Nothing is rejected or undecided.</p>}
      <div class="outline" role="tree" aria-label={`Outline of ${loaded.graph.map.title}${filtered ? ", rejected and undecided only" : ""}`} ref={tree} data-testid="outline">
        {rows.map((row, i) => {
          const { item } = row;
          const node = item.nodeId ? loaded.index.nodes.get(item.nodeId) : undefined;
          const role = ROLE_WORDS[item.role];
          const mark = node ? outlineMark(statuses?.[node.id]) : null;
          const gathers = statusOfGroup(item);
          return (
            <div
              key={item.key}
              role="treeitem"
              aria-level={row.level}
              aria-setsize={row.setSize}
              aria-posinset={row.posInSet}
              aria-expanded={item.hasChildren ? row.expanded : undefined}
              aria-selected={item.nodeId !== null && item.nodeId === selected}
              tabIndex={item.key === activeKey ? 0 : -1}
              class={`outline-row role-${item.role}${item.role === "group" ? " outline-group" : ""}`}
              data-status={node ? statuses?.[node.id] : undefined}
              style={{ paddingLeft: `${(row.level - 1) * 22 + 8}px` }}
              onKeyDown={(e) => onKeyDown(e, row, i)}
              onClick={() => {
                setActive(item.key);
                if (item.nodeId) update(selectNode(item.nodeId));
                if (item.hasChildren) toggle(item.key, !row.expanded);
              }}
            >
              <span class="twisty" aria-hidden="true">{item.hasChildren ? (row.expanded ? "▾" : "▸") : ""}</span>
              {role && <span class={`outline-role role-tag-${item.role}`}>{role}</span>}
              {node && <NodeSwatch style={markedSwatch(node.kind, mark)} size={11} />}
              {mark && <OutlineStatusBadges mark={mark} />}
              {gathers && <OutlineStatusBadges mark={{ label: gathers, assumed: false, text: gathers }} />}
              <span class="outline-label">{item.label}</span>
              {mark && <span class="visually-hidden">, {mark.text}</span>}
              {item.repeated && <span class="outline-repeat"> (shown above)</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
