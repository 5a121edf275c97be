import { useState } from "preact/hooks";
import type { Case } from "../../../server/contract/case";
import { weakPointSummary } from "../../state/case-weak-points";
import { useAppState } from "../app-context";
import { useCaseSession } from "./use-case-session";

/** The map's cases: open one, or delete it (asked twice, since a delete cannot be undone here). */
export function CaseList() {
  const list = useAppState((s) => s.cases.list);
  const titleOf = useAppState((s) => s.loaded?.index.nodes);
  return (
    <section class="case-list" aria-labelledby="case-list-heading">
      <h3 id="case-list-heading">Cases of this map</h3>
      {list === null ? (
        <p class="panel-hint">Loading the cases…</p>
      ) : list.length === 0 ? (
        <p class="panel-hint">No cases yet. Create one above.</p>
      ) : (
        <ul>
          {list.map((c) => (
            <CaseListItem key={c.id} found={c} target={titleOf?.get(c.targetId)?.title ?? "(no longer in the map)"} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CaseListItem({ found, target }: { found: Case; target: string }) {
  const session = useCaseSession();
  const [confirming, setConfirming] = useState(false);
  const n = found.contentions.length;
  return (
    <li class="case-list-item" data-case-id={found.id}>
      <button type="button" class="case-open" onClick={() => session.open(found.id)}>
        <strong>{found.title}</strong>
        <span class="case-meta">
          {found.side === "for" ? "For" : "Against"} “{target}” · {n} contention{n === 1 ? "" : "s"} · {weakPointSummary(found.weakPoints)}
        </span>
      </button>
      {confirming ? (
        <span class="case-confirm" role="group" aria-label={`Delete “${found.title}”?`}>
          <button type="button" class="case-danger" onClick={() => void session.remove(found)}>
            Delete
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" class="case-delete" aria-label={`Delete the case “${found.title}”`} onClick={() => setConfirming(true)}>
          Delete…
        </button>
      )}
    </li>
  );
}
