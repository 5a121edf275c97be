import type { AcceptanceLabelValue } from "../../../server/contract/analysis";
import { selectNode } from "../../state/view-actions";
import type { NodeRef } from "../../state/analysis-explanation";
import { ACCEPTANCE_THEME, ASSUMED_MARK, badgeImage, type Badge } from "../../theme";
import { useViewUpdate } from "../app-context";

const DASH = { solid: undefined, dashed: "5 3", dotted: "1.5 2.5" } as const;

/** A node as the graph draws it under analysis: tint, border style and badge(s), from theme.ts like the stylesheet. */
export function AcceptanceSwatch({ label, assumed = false, size = 18 }: { label: AcceptanceLabelValue; assumed?: boolean; size?: number }) {
  const t = ACCEPTANCE_THEME[label];
  const w = size * 1.9;
  const h = size * 1.15;
  const b = size * 0.75;
  return (
    <svg class="swatch" width={w + b / 2} height={h + b / 2} viewBox={`${-b / 2} ${-b / 2} ${w + b} ${h + b / 2}`} aria-hidden="true">
      <rect x={1} y={1} width={w - 2} height={h - 2} rx={4} fill={t.fill} stroke={t.border} stroke-width={2} stroke-dasharray={DASH[t.borderStyle]} />
      <image href={badgeImage(t.badge)} x={-b / 2} y={-b / 2} width={b} height={b} />
      {assumed && <image href={badgeImage(ASSUMED_MARK.badge)} x={w - b / 2} y={-b / 2} width={b} height={b} />}
    </svg>
  );
}

export function BadgeIcon({ badge, size = 14 }: { badge: Badge; size?: number }) {
  return <img class="badge-icon" src={badgeImage(badge)} width={size} height={size} alt="" />;
}

/** "✓ Accepted" as a small pill in the label's tint and border style; the glyph and word carry it without colour. */
export function LabelChip({ label, assumed = false, text }: { label: AcceptanceLabelValue; assumed?: boolean; text?: string }) {
  const t = ACCEPTANCE_THEME[label];
  return (
    <span class={`label-chip label-${label}`} style={{ background: t.fill, borderColor: t.border, borderStyle: t.borderStyle }}>
      <BadgeIcon badge={t.badge} size={13} />
      {assumed && <BadgeIcon badge={ASSUMED_MARK.badge} size={13} />}
      {text ?? (assumed ? `Assumed ${label}` : t.label)}
    </span>
  );
}

/** A node named by its title that selects it on click; with a label, its badge in front. */
export function NodeRefLink({ node, label }: { node: NodeRef; label?: AcceptanceLabelValue | null }) {
  const update = useViewUpdate();
  return (
    <button type="button" class="node-link analysis-node-link" onClick={() => update(selectNode(node.id))} title={label ? `${node.title} (${label})` : node.title}>
      {label && <BadgeIcon badge={ACCEPTANCE_THEME[label].badge} size={13} />}
      <span>{node.title}</span>
    </button>
  );
}
