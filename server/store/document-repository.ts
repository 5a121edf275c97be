import type { Prisma } from "../generated/prisma/client";
import type { CreateDocument, DocumentSummary, SourceDocument, UpdateDocument } from "../contract/document";
import type { Excerpt } from "../contract/excerpt";
import { toDocument, toDocumentSummary, toExcerpt } from "./rows";

type Tx = Prisma.TransactionClient;
type DocumentFields = Omit<UpdateDocument, "expectedVersion">;

function columns(fields: DocumentFields) {
  const { authors, ...rest } = fields;
  return { ...rest, ...(authors ? { authors: JSON.stringify(authors) } : {}) };
}

export function documentRepository(tx: Tx, newId: () => string) {
  return {
    async list(mapId: string): Promise<DocumentSummary[]> {
      const rows = await tx.document.findMany({ where: { mapId }, orderBy: { createdAt: "asc" } });
      return rows.map((row) => toDocumentSummary({ ...row, length: row.text.length }));
    },
    async find(id: string): Promise<SourceDocument | null> {
      const row = await tx.document.findUnique({ where: { id } });
      return row ? toDocument(row) : null;
    },
    async create(mapId: string, fields: CreateDocument): Promise<SourceDocument> {
      const row = await tx.document.create({ data: { id: newId(), mapId, ...columns(fields), title: fields.title, text: fields.text } });
      return toDocument(row);
    },
    async update(id: string, fields: DocumentFields): Promise<SourceDocument> {
      return toDocument(await tx.document.update({ where: { id }, data: { ...columns(fields), version: { increment: 1 } } }));
    },
    async delete(id: string): Promise<void> {
      await tx.document.delete({ where: { id } });
    },
    async excerpts(documentId: string): Promise<Excerpt[]> {
      const rows = await tx.excerpt.findMany({ where: { documentId }, orderBy: { start: "asc" } });
      return rows.map(toExcerpt);
    },
  };
}
