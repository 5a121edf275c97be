/** A highlighted span of a source document: one excerpt, anchoring a node or a relation. */
export interface Highlight {
  excerptId: string;
  nodeId: string | null;
  relationId: string | null;
  start: number;
  end: number;
}

/** A run of text covered by the same set of highlights (empty for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  highlights: Highlight[];
}

/**
 * Cuts a text at every highlight boundary, so overlapping and nested excerpts each stay visible: the segment
 * "B" of "A[B]C" inside a wider excerpt carries both. Highlights outside the text are clipped; empty ones dropped.
 *
 * Example: segmentText("abcdef", [{start: 1, end: 4}, {start: 3, end: 5}]) →
 * "a" | "bc" (1) | "d" (1, 2) | "e" (2) | "f".
 */
export function segmentText(text: string, highlights: Highlight[]): Segment[] {
  const clipped = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, text.length]);
  for (const h of clipped) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...clipped].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let open: Highlight[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    open = open.filter((h) => h.end > start);
    while (next < byStart.length && (byStart[next] as Highlight).start <= start) open.push(byStart[next++] as Highlight);
    segments.push({ start, end, text: text.slice(start, end), highlights: open.filter((h) => h.start <= start && h.end >= end) });
  }
  return segments;
}
