import type { AcceptanceResult } from "../../server/contract/analysis";
import type { NodeKind } from "../../server/contract/vocabulary";
import { countLabels, SEMANTICS_TEXT } from "../state/analysis-state";
import type { OutlineFilter, OutlineMark } from "../state/outline-acceptance";
import { ACCEPTANCE_THEME, ASSUMED_MARK, NODE_THEME, type NodeKindStyle } from "../theme";
import { BadgeIcon } from "./analysis/acceptance-marks";
import { AnalysisControl } from "./analysis/analysis-control";
import "./outline-view.css";

const LABELS = ["accepted", "rejected", "undecided"] as const;

/** A node's swatch as the graph draws it: the kind's shape, repainted with the acceptance tint and border under analysis. */
export function markedSwatch(kind: NodeKind, mark: OutlineMark | null): Pick<NodeKindStyle, "shape" | "fill" | "border"> {
  const style = NODE_THEME[kind];
  return mark ? { shape: style.shape, fill: ACCEPTANCE_THEME[mark.label].fill, border: ACCEPTANCE_THEME[mark.label].border } : style;
}

/**
 * The graph's badges beside a node's title: ✓, ✕ or ? from the theme, and the blue pin when assumed. The badges are
 * pictures a screen reader skips; the words after the title (", rejected", ", assumed accepted") say the same.
 */
export function OutlineStatusBadges({ mark }: { mark: OutlineMark }) {
  const t = ACCEPTANCE_THEME[mark.label];
  const tip = `${t.label}: ${t.description}${mark.assumed ? ` (${ASSUMED_MARK.label.toLowerCase()})` : ""}`;
  return (
    <span class={`outline-badges status-${mark.label}`} title={tip} aria-hidden="true">
      <BadgeIcon badge={t.badge} size={15} />
      {mark.assumed && <BadgeIcon badge={ASSUMED_MARK.badge} size={15} />}
    </span>
  );
}

interface OutlineBarProps {
  result: AcceptanceResult | null;
  actorTitle: string | null;
  filter: OutlineFilter;
  onFilter(filter: OutlineFilter): void;
}

/**
 * Above the outline: the analysis switch (the toolbar's, which the outline hides), the counts of each label under it,
 * announced as they change, and, while analysis is on, "All" or only the rejected and undecided.
 */
export function OutlineBar({ result, actorTitle, filter, onFilter }: OutlineBarProps) {
  const counts = result ? countLabels(result) : null;
  const unresolved = counts ? counts.rejected + counts.undecided : 0;
  return (
    <div class="outline-bar" data-testid="outline-bar">
      <AnalysisControl />
      <p class="outline-counts" role="status" aria-live="polite" data-testid="outline-counts">
        {result && counts && (
          <>
            <span class="visually-hidden">
              {SEMANTICS_TEXT[result.semantics].label}
              {actorTitle ? `, from ${actorTitle}’s point of view` : ""}:{" "}
            </span>
            {actorTitle && <span class="outline-viewpoint" aria-hidden="true">From {actorTitle}’s point of view:</span>}
            {LABELS.map((label) => (
              <span key={label} class="outline-count" title={ACCEPTANCE_THEME[label].description}>
                <BadgeIcon badge={ACCEPTANCE_THEME[label].badge} size={13} />
                {counts[label]} {label}
              </span>
            ))}
          </>
        )}
      </p>
      {result && (
        <div class="outline-filter" role="group" aria-label="Show in the outline">
          <span class="outline-filter-label" aria-hidden="true">Show</span>
          <button type="button" aria-pressed={filter === "all"} onClick={() => onFilter("all")}>
            All
          </button>
          <button type="button" aria-pressed={filter === "unresolved"} onClick={() => onFilter("unresolved")} title="Only the claims and proposals that do not survive their objections">
            Rejected &amp; undecided ({unresolved})
          </button>
        </div>
      )}
    </div>
  );
}
