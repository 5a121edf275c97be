import type * as Rows from "../generated/prisma/client";
import type { Excerpt } from "../contract/excerpt";
import type { CruxMap } from "../contract/map";
import type { GraphNode } from "../contract/node";
import type { GraphRelation } from "../contract/relation";
import type { DocumentSummary, SourceDocument } from "../contract/document";
import type { NodeKind, RelationKind } from "../contract/vocabulary";

/** Turns Prisma rows into contract shapes: nothing outside store/ ever sees a row. */

/** Prisma gives Dates; rows read through prepared statements give the stored ISO text. */
type Timestamped<T> = Omit<T, "createdAt" | "updatedAt"> & { createdAt: Date | string; updatedAt: Date | string };
const iso = (value: Date | string) => new Date(value).toISOString();

export function toMap(row: Timestamped<Rows.Map>): CruxMap {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    version: row.version,
    contentVersion: row.contentVersion,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toExcerpt(row: Omit<Rows.Excerpt, "orphaned" | "createdAt"> & { orphaned: boolean | number }): Excerpt {
  return {
    id: row.id,
    documentId: row.documentId,
    nodeId: row.nodeId,
    relationId: row.relationId,
    start: row.start,
    end: row.end,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    orphaned: Boolean(row.orphaned),
    version: row.version,
  };
}

export function toNode(row: Omit<Rows.Node, "createdAt" | "updatedAt">, excerpts: Parameters<typeof toExcerpt>[0][] = []): GraphNode {
  return {
    id: row.id,
    mapId: row.mapId,
    kind: row.kind as NodeKind,
    title: row.title,
    text: row.text,
    aliases: JSON.parse(row.aliases) as string[],
    tags: JSON.parse(row.tags) as string[],
    position: row.x === null || row.y === null ? null : { x: row.x, y: row.y },
    excerpts: excerpts.map(toExcerpt),
    version: row.version,
  };
}

export function toRelation(row: Omit<Rows.Relation, "createdAt" | "updatedAt">, excerpts: Parameters<typeof toExcerpt>[0][] = []): GraphRelation {
  return {
    id: row.id,
    mapId: row.mapId,
    source: row.sourceId,
    target: (row.targetNodeId ?? row.targetRelationId) as string,
    targetType: row.targetNodeId ? "node" : "relation",
    relation: row.kind as RelationKind,
    strength: row.strength,
    note: row.note,
    group: row.group,
    excerpts: excerpts.map(toExcerpt),
    version: row.version,
  };
}

export function toDocumentSummary(row: Omit<Rows.Document, "text"> & { length: number }): DocumentSummary {
  return {
    id: row.id,
    mapId: row.mapId,
    title: row.title,
    authors: JSON.parse(row.authors) as string[],
    venue: row.venue,
    date: row.date,
    url: row.url,
    citation: row.citation,
    length: row.length,
    version: row.version,
  };
}

export function toDocument(row: Rows.Document): SourceDocument {
  return { ...toDocumentSummary({ ...row, length: row.text.length }), text: row.text };
}
