import type { CaseDraft, EditableContention } from "./case-work";
import { incomingOf, type GraphIndex } from "./graph-index";

/**
 * Pure edits of a case draft, named for what the reader does in the builder. Each returns a new draft (or the same
 * draft when nothing changes), never mutating its input.
 */

/** Moves the contention at `from` to `to` (indices into the list, clamped); the others keep their order. */
export function moveContention(draft: CaseDraft, from: number, to: number): CaseDraft {
  const list = draft.contentions;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from < 0 || from >= list.length || from === target) return draft;
  const next = [...list];
  const [moved] = next.splice(from, 1) as [EditableContention];
  next.splice(target, 0, moved);
  return { ...draft, contentions: next };
}

/** Moves a contention by key one place up (-1) or down (+1). */
export function stepContention(draft: CaseDraft, key: string, step: -1 | 1): CaseDraft {
  const at = draft.contentions.findIndex((c) => c.key === key);
  return at < 0 ? draft : moveContention(draft, at, at + step);
}

export function removeContention(draft: CaseDraft, key: string): CaseDraft {
  const next = draft.contentions.filter((c) => c.key !== key);
  return next.length === draft.contentions.length ? draft : { ...draft, contentions: next };
}

/** Why a node cannot become a contention of this draft, or null when it can. */
export function whyNotContention(draft: CaseDraft, index: GraphIndex, nodeId: string | null): string | null {
  const node = nodeId ? index.nodes.get(nodeId) : undefined;
  if (!node) return "Select a claim or proposal in the graph to add it.";
  if (node.kind === "actor") return "An actor is not a statement; select a claim or proposal.";
  if (node.id === draft.targetId) return "That is what the case argues about; select one of the reasons for or against it.";
  if (draft.contentions.some((c) => c.claimId === node.id)) return "That node is already a contention of this case.";
  return null;
}

/**
 * A new contention for a node of the map, added at the end (or `at`): its own quotes as evidence, the nodes that
 * contradict it as objections (answered by what contradicts them), and what qualifies it as caveats, the same
 * parts the server's draft gathers, one level deep.
 */
export function addContention(draft: CaseDraft, index: GraphIndex, nodeId: string, at = draft.contentions.length): CaseDraft {
  if (whyNotContention(draft, index, nodeId) !== null) return draft;
  const next = [...draft.contentions];
  next.splice(at, 0, contentionFromNode(index, nodeId, nextNewKey(draft)));
  return { ...draft, contentions: next };
}

/** `new-<n>`, one past the highest new key in the draft, so keys stay unique without a counter outside the draft. */
function nextNewKey(draft: CaseDraft): string {
  const used = draft.contentions.map((c) => /^new-(\d+)$/.exec(c.key)?.[1]).map(Number).filter(Number.isFinite);
  return `new-${Math.max(0, ...used) + 1}`;
}

export function contentionFromNode(index: GraphIndex, nodeId: string, key: string): EditableContention {
  const node = index.nodes.get(nodeId);
  const statements = (ids: string[]) => [...new Set(ids)].filter((id) => id !== nodeId && index.nodes.get(id)?.kind !== "actor" && index.nodes.has(id));
  const sourcesOf = (id: string, kind: string) => incomingOf(index, id).filter((r) => r.relation === kind).map((r) => r.source);
  const objections = statements(sourcesOf(nodeId, "contradicts")).map((objection) => ({
    nodeId: objection,
    answerIds: statements(sourcesOf(objection, "contradicts")),
    notes: "",
  }));
  return {
    key,
    claimId: nodeId,
    tag: "",
    evidence: { nodeIds: [], excerptIds: (node?.excerpts ?? []).filter((e) => !e.orphaned).map((e) => e.id) },
    objections,
    caveatIds: statements(sourcesOf(nodeId, "qualifies")),
    notes: "",
  };
}

/** Changes the tag line or the notes of one contention. */
export function editContention(draft: CaseDraft, key: string, change: Partial<Pick<EditableContention, "tag" | "notes">>): CaseDraft {
  return { ...draft, contentions: draft.contentions.map((c) => (c.key === key ? { ...c, ...change } : c)) };
}

/** Changes the case's own title or notes. */
export function editCase(draft: CaseDraft, change: Partial<Pick<CaseDraft, "title" | "notes">>): CaseDraft {
  return { ...draft, ...change };
}
