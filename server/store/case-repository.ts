import { z } from "zod";
import type { Prisma } from "../generated/prisma/client";
import type * as Rows from "../generated/prisma/client";
import { CaseSideSchema, ContentionSchema, type CaseSide, type Contention, type StoredCase } from "../contract/case";

type Tx = Prisma.TransactionClient;

export interface CaseFields {
  title: string;
  side: CaseSide;
  targetId: string;
  contentions: Contention[];
  notes: string;
}

const ContentionListSchema = z.array(ContentionSchema);

/** Contentions are stored as JSON text; they are parsed (never trusted) on the way out. */
function toCase(row: Rows.Case): StoredCase {
  return {
    id: row.id,
    mapId: row.mapId,
    title: row.title,
    side: CaseSideSchema.parse(row.side),
    targetId: row.targetId,
    contentions: ContentionListSchema.parse(JSON.parse(row.contentions)),
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function caseRepository(tx: Tx, newId: () => string) {
  return {
    async find(id: string): Promise<StoredCase | null> {
      const row = await tx.case.findUnique({ where: { id } });
      return row ? toCase(row) : null;
    },
    async list(mapId: string): Promise<StoredCase[]> {
      const rows = await tx.case.findMany({ where: { mapId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map(toCase);
    },
    async create(mapId: string, fields: CaseFields): Promise<StoredCase> {
      const row = await tx.case.create({ data: { id: newId(), mapId, ...fields, contentions: JSON.stringify(fields.contentions) } });
      return toCase(row);
    },
    async update(id: string, fields: Partial<Pick<CaseFields, "title" | "notes" | "contentions">>): Promise<StoredCase> {
      const { contentions, ...rest } = fields;
      const data = { ...rest, ...(contentions ? { contentions: JSON.stringify(contentions) } : {}), version: { increment: 1 } };
      return toCase(await tx.case.update({ where: { id }, data }));
    },
    async delete(id: string): Promise<void> {
      await tx.case.delete({ where: { id } });
    },
  };
}
