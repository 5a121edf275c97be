import { useEffect, useMemo, useRef } from "preact/hooks";
import type { SourceDocument } from "../../server/contract/document";
import type { GraphIndex } from "../state/graph-index";
import { segmentText, type Highlight } from "../state/text-segments";
import { selectNode } from "../state/view-actions";
import { AnnotateBar, DocumentTools } from "./annotate/reader-tools";
import { useAppState, useServices, useViewUpdate } from "./app-context";

/**
 * The source document with every excerpt highlighted. Clicking a highlight selects the node it anchors (the
 * innermost one where excerpts nest); selecting a node scrolls the reader to its quote.
 */
export function SourceReader() {
  const { app } = useServices();
  const loaded = useAppState((s) => s.loaded);
  const documents = useAppState((s) => s.documents);
  const doc = useAppState((s) => s.document);
  const selected = useAppState((s) => s.view.selected);
  const target = useAppState((s) => s.readerExcerpt);
  const update = useViewUpdate();
  const textRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => (doc && loaded ? segmentText(doc.text, highlightsOf(loaded.index, doc)) : []), [doc, loaded]);

  useEffect(() => {
    const box = textRef.current;
    if (!box) return;
    const mark = (target && box.querySelector(`mark[data-excerpts~="${CSS.escape(target)}"]`)) || (selected && box.querySelector(`mark[data-nodes~="${CSS.escape(selected)}"]`));
    if (mark instanceof HTMLElement) {
      // The text box is the marks' offset parent (position: relative), so offsetTop is within its scroll area.
      const top = mark.offsetTop - Math.min(box.clientHeight / 4, 60);
      // Glide over short distances; jump over long ones, so the quote is there at once.
      const far = Math.abs(top - box.scrollTop) > box.clientHeight * 2;
      box.scrollTo({ top: Math.max(0, top), behavior: far ? "auto" : "smooth" });
    }
  }, [selected, target, segments]);

  if (!loaded) return null;
  if (documents.length === 0) return <section class="panel reader"><h2>Source</h2><p class="panel-hint">This map has no source document.</p><DocumentTools doc={null} /></section>;
  const onPick = (event: MouseEvent) => {
    // The end of selecting a passage (to annotate it) is not a click on a highlight.
    if (window.getSelection()?.isCollapsed === false) return;
    const mark = (event.target as HTMLElement).closest("mark");
    const nodeId = mark?.getAttribute("data-primary");
    if (nodeId) {
      app.store.set({ readerExcerpt: null });
      update(selectNode(nodeId));
    }
  };
  return (
    <section class="panel reader" aria-labelledby="reader-heading">
      <div class="panel-heading">
        <h2 id="reader-heading">Source</h2>
        {documents.length > 1 && (
          <select aria-label="Source document" value={doc?.id ?? ""} onChange={(e) => update(() => ({ document: (e.currentTarget as HTMLSelectElement).value }))}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>{d.title}</option>
            ))}
          </select>
        )}
        <DocumentTools doc={doc} />
      </div>
      {doc ? <DocumentMeta doc={doc} /> : <p class="panel-hint">Loading the source…</p>}
      <AnnotateBar doc={doc} textRef={textRef} />
      <div class="reader-text" ref={textRef} onClick={onPick} data-testid="reader">
        {segments.map((seg) => {
          if (seg.highlights.length === 0) return seg.text;
          const nodes = [...new Set(seg.highlights.map((h) => h.nodeId).filter(Boolean))] as string[];
          const primary = innermost(loaded.index, seg.highlights);
          const isSelected = selected !== null && nodes.includes(selected);
          const titles = nodes.map((id) => loaded.index.nodes.get(id)?.title).filter(Boolean).join(" · ");
          return (
            <mark
              key={seg.start}
              class={`hl depth-${Math.min(3, seg.highlights.length)}${isSelected ? " hl-selected" : ""}`}
              data-nodes={nodes.join(" ")}
              data-excerpts={seg.highlights.map((h) => h.excerptId).join(" ")}
              data-primary={primary ?? undefined}
              title={titles}
            >
              {seg.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}

function DocumentMeta({ doc }: { doc: SourceDocument }) {
  const line = [doc.authors.join(", "), doc.venue, doc.date].filter(Boolean).join(" · ");
  return (
    <div class="reader-meta">
      <p class="reader-title">{doc.title}</p>
      {line && <p>{line}</p>}
      {doc.url && (
        <p>
          <a href={doc.url} target="_blank" rel="noreferrer noopener">Original</a>
        </p>
      )}
    </div>
  );
}

/** Every excerpt in this document: the nodes' own, and the relations' (clicking one opens the relation's source). */
function highlightsOf(index: GraphIndex, doc: SourceDocument): Highlight[] {
  const highlights: Highlight[] = [];
  for (const node of index.graph.nodes) {
    for (const e of node.excerpts) if (e.documentId === doc.id && !e.orphaned) highlights.push({ excerptId: e.id, nodeId: node.id, relationId: null, start: e.start, end: e.end });
  }
  for (const r of index.graph.relations) {
    for (const e of r.excerpts) if (e.documentId === doc.id && !e.orphaned) highlights.push({ excerptId: e.id, nodeId: null, relationId: r.id, start: e.start, end: e.end });
  }
  return highlights;
}

/** The node of the shortest (innermost) highlight covering a segment; for a relation's excerpt, its source node. */
function innermost(index: GraphIndex, highlights: Highlight[]): string | null {
  const length = (h: Highlight) => h.end - h.start + (h.nodeId ? 0 : 0.5);
  const best = [...highlights].sort((a, b) => length(a) - length(b))[0];
  if (!best) return null;
  return best.nodeId ?? (best.relationId ? (index.relations.get(best.relationId)?.source ?? null) : null);
}
