import type { CruxJson } from "../contract/crux-json";
import type { SourceDocument } from "../contract/document";
import type { Excerpt } from "../contract/excerpt";
import type { Graph } from "../contract/graph";

const anchorOf = (e: Excerpt) => ({
  documentId: e.documentId,
  start: e.start,
  end: e.end,
  quote: e.quote,
  prefix: e.prefix,
  suffix: e.suffix,
  ...(e.orphaned ? { orphaned: true } : {}),
});

/**
 * A stored map as a crux-json file: the inverse of import, up to ids. Ids are kept as they are (they are valid
 * file-local ids), so an export names the same things the API does.
 */
export function graphToCruxJson(graph: Graph, documents: SourceDocument[], cases: unknown[] = []): CruxJson {
  return {
    format: "crux-json",
    formatVersion: 1,
    map: { slug: graph.map.slug, title: graph.map.title, description: graph.map.description },
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      authors: d.authors,
      venue: d.venue,
      date: d.date,
      url: d.url,
      citation: d.citation,
      text: d.text,
    })),
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      text: n.text,
      aliases: n.aliases,
      tags: n.tags,
      position: n.position,
      excerpts: n.excerpts.map(anchorOf),
    })),
    relations: graph.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      relation: r.relation,
      strength: r.strength,
      note: r.note,
      group: r.group,
      excerpts: r.excerpts.map(anchorOf),
    })),
    cases,
  };
}
