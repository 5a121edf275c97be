import { z } from "zod";
import { AcceptanceLabelSchema } from "./analysis";
import { IdSchema, TitleSchema, VersionSchema } from "./vocabulary";

/** The side a case argues: `for` the target (its reasons) or `against` it (the reasons against it). */
export const CaseSideSchema = z.enum(["for", "against"]);
export type CaseSide = z.infer<typeof CaseSideSchema>;

const idList = (max: number) => z.array(IdSchema).max(max);
const notes = z.string().max(20_000);

/** An anticipated objection (a node of the map) with the answers to it (nodes of the map), best first. */
export const ObjectionSchema = z.strictObject({
  nodeId: IdSchema,
  answerIds: idList(100).default([]),
  notes: notes.default(""),
});
export type Objection = z.infer<typeof ObjectionSchema>;

/**
 * What backs a contention: `nodeIds` are nodes of the map that support it (its backing, e.g. a supporter's own
 * supporters), `excerptIds` the quotes read out as evidence (excerpts of the claim, of its backing, or of the relations
 * between them).
 */
export const EvidenceSchema = z.strictObject({
  nodeIds: idList(200).default([]),
  excerptIds: idList(500).default([]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const contentionFields = {
  /** The contention's claim: a claim or proposal of the map. */
  claimId: IdSchema,
  /** The tag line read out before the evidence; empty means the claim's title. */
  tag: z.string().max(500).default(""),
  evidence: EvidenceSchema.default({ nodeIds: [], excerptIds: [] }),
  objections: z.array(ObjectionSchema).max(100).default([]),
  /** Qualifications of the claim (nodes that `qualifies` it), shown as caveats. */
  caveatIds: idList(100).default([]),
  notes: notes.default(""),
};

/** One contention of a case, as stored and returned. `id` is stable inside the case (for reordering in the UI). */
export const ContentionSchema = z.strictObject({ id: IdSchema, ...contentionFields });
export type Contention = z.infer<typeof ContentionSchema>;

/** A contention as a client sends it: keep `id` to keep a contention, leave it out for a new one. */
export const ContentionInputSchema = z.strictObject({ id: IdSchema.optional(), ...contentionFields });
export type ContentionInput = z.infer<typeof ContentionInputSchema>;

const contentionList = z
  .array(ContentionInputSchema)
  .max(200)
  .refine((list) => new Set(list.flatMap((c) => (c.id ? [c.id] : []))).size === list.filter((c) => c.id).length, {
    message: "two contentions have the same id",
  });

/**
 * A weakness of a case, computed on every read from the map as it is now:
 * - `contention_not_accepted`: the contention's claim is rejected or undecided under grounded semantics (`status`);
 * - `unanswered_objection`: the case lists no answer to an objection (`nodeId` is the objection);
 * - `no_quoted_evidence`: the contention has no quote (no excerpt of the map) among its evidence;
 * - `missing_reference`: a node or excerpt the case names is no longer in the map (deleted since); `nodeId` or
 *   `excerptId` says which, `contentionId` is null when it is the case's target.
 */
export const WeakPointSchema = z.object({
  kind: z.enum(["contention_not_accepted", "unanswered_objection", "no_quoted_evidence", "missing_reference"]),
  contentionId: IdSchema.nullable(),
  nodeId: IdSchema.nullable(),
  excerptId: IdSchema.nullable(),
  status: AcceptanceLabelSchema.optional(),
  message: z.string(),
});
export type WeakPoint = z.infer<typeof WeakPointSchema>;

/** A case as stored (and as revisions record it). */
export const StoredCaseSchema = z.object({
  id: IdSchema,
  mapId: IdSchema,
  title: z.string(),
  side: CaseSideSchema,
  /** The proposal or claim the case argues for or against. */
  targetId: IdSchema,
  contentions: z.array(ContentionSchema),
  notes: z.string(),
  version: VersionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredCase = z.infer<typeof StoredCaseSchema>;

/** A debate case as the API returns it: the stored case and its weak points against the map as it is now. */
export const CaseSchema = StoredCaseSchema.extend({ weakPoints: z.array(WeakPointSchema) });
export type Case = z.infer<typeof CaseSchema>;

export const CaseListSchema = z.object({ cases: z.array(CaseSchema) });

/**
 * `POST /api/v1/maps/:map/cases`. With `draft: true` the server drafts the contentions from the map (the reasons
 * for or against the target, their evidence, objections and answers); otherwise `contentions` (default none).
 */
export const CreateCaseSchema = z
  .strictObject({
    title: TitleSchema,
    side: CaseSideSchema,
    targetId: IdSchema,
    draft: z.boolean().default(false),
    contentions: contentionList.optional(),
    notes: notes.optional(),
  })
  .refine((input) => !(input.draft && input.contentions), {
    message: "send either draft: true or contentions, not both",
    path: ["contentions"],
  });
export type CreateCase = z.infer<typeof CreateCaseSchema>;

/** `PATCH /api/v1/cases/:id`: `contentions` replaces the whole ordered list (reorder, remove, add, annotate). */
export const UpdateCaseSchema = z.strictObject({
  title: TitleSchema.optional(),
  notes: notes.optional(),
  contentions: contentionList.optional(),
  expectedVersion: VersionSchema.optional(),
});
export type UpdateCase = z.infer<typeof UpdateCaseSchema>;

/** The printable forms of a case. */
export const BriefFormatSchema = z.enum(["html", "markdown", "kialo"]);
export type BriefFormat = z.infer<typeof BriefFormatSchema>;

/** `GET /api/v1/cases/:id/brief?format=html&date=2026-03-01`. */
export const BriefQuerySchema = z.strictObject({
  format: BriefFormatSchema.default("html"),
  date: z.iso.date().optional().describe("The date printed on the title page (ISO 8601); today when left out"),
});
export type BriefQuery = z.infer<typeof BriefQuerySchema>;

/** The media type of each brief format. */
export const BRIEF_MEDIA_TYPES: Readonly<Record<BriefFormat, string>> = {
  html: "text/html; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  kialo: "text/plain; charset=utf-8",
};
