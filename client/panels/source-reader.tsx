import { useEffect, useMemo, useRef } from "preact/hooks";
import type { SourceDocument } from "../../server/contract/document";
import { describeRelation, type GraphIndex } from "../state/graph-index";
import { segmentText, type Segment } from "../state/text-segments";
import { selectNode, selectRelation } from "../state/view-actions";
import { AnnotateBar, DocumentTools } from "./annotate/reader-tools";
import { useAppState, useServices, useViewUpdate } from "./app-context";
import { highlightsOf, ownersOf, primaryTarget, quotesSelection, type ReaderSelection } from "./reader-highlights";

/**
 * The source document with every excerpt highlighted. Clicking a highlight selects the node or relation it anchors
 * (the innermost one where excerpts nest); selecting a node or a relation marks its quotes and scrolls the reader to
 * the first of them.
 */
export function SourceReader() {
  const { app } = useServices();
  const loaded = useAppState((s) => s.loaded);
  const documents = useAppState((s) => s.documents);
  const doc = useAppState((s) => s.document);
  const selected = useAppState((s) => s.view.selected);
  const selectedRelation = useAppState((s) => s.view.selectedRelation);
  const target = useAppState((s) => s.readerExcerpt);
  const update = useViewUpdate();
  const textRef = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => (doc && loaded ? segmentText(doc.text, highlightsOf(loaded.index.graph, doc.id)) : []), [doc, loaded]);

  useEffect(() => {
    const box = textRef.current;
    if (!box) return;
    const mark =
      (target && box.querySelector(`mark[data-excerpts~="${CSS.escape(target)}"]`)) ||
      (selected && box.querySelector(`mark[data-nodes~="${CSS.escape(selected)}"]`)) ||
      (selectedRelation && box.querySelector(`mark[data-relations~="${CSS.escape(selectedRelation)}"]`));
    if (mark instanceof HTMLElement) {
      // The text box is the marks' offset parent (position: relative), so offsetTop is within its scroll area.
      const top = mark.offsetTop - Math.min(box.clientHeight / 4, 60);
      // Glide over short distances; jump over long ones, so the quote is there at once.
      const far = Math.abs(top - box.scrollTop) > box.clientHeight * 2;
      box.scrollTo({ top: Math.max(0, top), behavior: far ? "auto" : "smooth" });
    }
  }, [selected, selectedRelation, target, segments]);

  if (!loaded) return null;
  if (documents.length === 0) return <section class="panel reader"><h2>Source</h2><p class="panel-hint">This map has no source document.</p><DocumentTools doc={null} /></section>;
  const onPick = (event: MouseEvent) => {
    // The end of selecting a passage (to annotate it) is not a click on a highlight.
    if (window.getSelection()?.isCollapsed === false) return;
    const mark = (event.target as HTMLElement).closest("mark");
    const nodeId = mark?.getAttribute("data-primary");
    const relationId = mark?.getAttribute("data-primary-relation");
    const select = nodeId ? selectNode(nodeId) : relationId ? selectRelation(relationId) : null;
    if (!select) return;
    app.store.set({ readerExcerpt: null });
    update(select);
  };
  const selection: ReaderSelection = { node: selected, relation: selectedRelation };
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
        {segments.map((seg) => (seg.highlights.length === 0 ? seg.text : <HighlightMark key={seg.start} segment={seg} index={loaded.index} selection={selection} />))}
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

/**
 * One run of highlighted text. `data-primary` holds the node a click selects, `data-primary-relation` the relation
 * (only one is set); `data-nodes` and `data-relations` list every owner, so the reader finds a selection's quotes.
 */
function HighlightMark({ segment, index, selection }: { segment: Segment; index: GraphIndex; selection: ReaderSelection }) {
  const { nodes, relations } = ownersOf(segment.highlights);
  const primary = primaryTarget(segment.highlights);
  const titles = [
    ...nodes.map((id) => index.nodes.get(id)?.title),
    ...relations.map((id) => {
      const relation = index.relations.get(id);
      return relation && describeRelation(index, relation);
    }),
  ];
  return (
    <mark
      class={`hl depth-${Math.min(3, segment.highlights.length)}${quotesSelection(segment.highlights, selection) ? " hl-selected" : ""}`}
      data-nodes={nodes.join(" ")}
      data-relations={relations.length > 0 ? relations.join(" ") : undefined}
      data-excerpts={segment.highlights.map((h) => h.excerptId).join(" ")}
      data-primary={primary?.type === "node" ? primary.id : undefined}
      data-primary-relation={primary?.type === "relation" ? primary.id : undefined}
      title={titles.filter(Boolean).join(" · ")}
    >
      {segment.text}
    </mark>
  );
}
