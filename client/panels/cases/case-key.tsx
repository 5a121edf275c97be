import { useMemo } from "preact/hooks";
import { CASE_ROLES, caseNodeRoles, countRoles } from "../../state/case-highlight";
import type { CaseDraft } from "../../state/case-work";
import { CASE_THEME } from "../../theme";

const DASH = { solid: undefined, dashed: "5 3", dotted: "1.5 2.5", double: undefined } as const;

/** The graph's case marks explained: each role's outline (drawn from theme.ts, as the stylesheet is) and how many nodes have it. */
export function CaseKey({ draft }: { draft: CaseDraft }) {
  const counts = useMemo(() => countRoles(caseNodeRoles(draft)), [draft]);
  return (
    <ul class="case-key" aria-label="How the graph marks this case">
      {CASE_ROLES.filter((role) => counts[role] > 0).map((role) => {
        const t = CASE_THEME[role];
        return (
          <li key={role} class={`case-key-${role}`}>
            <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
              <rect x="2" y="2" width="18" height="10" rx="3" fill="#fff" stroke={t.colour} stroke-width={t.lineStyle === "double" ? 3.5 : 2.5} stroke-dasharray={DASH[t.lineStyle]} />
              {t.lineStyle === "double" && <rect x="2" y="2" width="18" height="10" rx="3" fill="none" stroke="#fff" stroke-width="1" />}
            </svg>
            {t.label} <span class="legend-count">{counts[role]}</span>
          </li>
        );
      })}
    </ul>
  );
}
