import { z } from "zod";
import { IdSchema } from "./vocabulary";

/**
 * Argumentation semantics Crux computes over a map (see server/domain/analysis/index.ts for the definitions):
 * `grounded` (sceptical, unique, linear time), `preferred` and `stable` (all extensions, searched within a budget),
 * `gradual` (a strength in [0, 1] per node, DF-QuAD).
 */
export const SemanticsSchema = z.enum(["grounded", "preferred", "stable", "gradual"]);
export type Semantics = z.infer<typeof SemanticsSchema>;

/** The status of a claim or proposal. Actors have none. */
export const AcceptanceLabelSchema = z.enum(["accepted", "rejected", "undecided"]);
export type AcceptanceLabelValue = z.infer<typeof AcceptanceLabelSchema>;

/** What-if assumptions: node id → the status forced on it. */
export const AssumptionsSchema = z.record(IdSchema, z.enum(["accepted", "rejected"]));

/**
 * Parses the `assume` query parameter, `"id:accepted,id2:rejected"`, into assumptions, or lists what is wrong with it.
 * The id is everything before the last colon, so ids may contain colons; spaces around entries are ignored.
 *
 * @example
 * parseAssumeParam("c1:accepted, c2:rejected"); // { assumptions: { c1: "accepted", c2: "rejected" }, errors: [] }
 * parseAssumeParam("c1:maybe").errors; // ['"c1:maybe": the status must be accepted or rejected']
 */
export function parseAssumeParam(text: string): { assumptions: Record<string, "accepted" | "rejected">; errors: string[] } {
  // A Map, not an object literal: ids such as "constructor" or "__proto__" must not meet Object.prototype.
  const assumptions = new Map<string, "accepted" | "rejected">();
  const errors: string[] = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (entry === "") continue;
    const colon = entry.lastIndexOf(":");
    const id = entry.slice(0, Math.max(colon, 0)).trim();
    const status = entry.slice(colon + 1).trim();
    const earlier = assumptions.get(id);
    if (colon <= 0 || id === "") errors.push(`"${entry}" is not of the form id:accepted or id:rejected`);
    else if (status !== "accepted" && status !== "rejected") errors.push(`"${entry}": the status must be accepted or rejected`);
    else if (earlier !== undefined && earlier !== status) errors.push(`"${id}" is assumed both accepted and rejected`);
    else assumptions.set(id, status);
  }
  return { assumptions: Object.fromEntries(assumptions), errors };
}

/** The `assume` query parameter: a string parsed into {@link AssumptionsSchema}, one issue per bad entry. */
export const AssumeParamSchema = z
  .string()
  .max(20_000)
  .describe('What-if assumptions, e.g. "c1:accepted,c2:rejected"')
  .transform((text, ctx) => {
    const { assumptions, errors } = parseAssumeParam(text);
    for (const message of errors) ctx.issues.push({ code: "custom", message, input: text });
    return errors.length > 0 ? z.NEVER : assumptions;
  });

/** A time budget for the searching semantics, in milliseconds; past it the result says `complete: false`. */
export const MaxMsParamSchema = z.coerce.number().int().min(1).max(60_000);

/** `GET /api/v1/maps/:map/acceptance?semantics=preferred&assume=c1:accepted`. */
export const AcceptanceQuerySchema = z.object({
  semantics: SemanticsSchema.default("grounded"),
  assume: AssumeParamSchema.optional(),
  maxMs: MaxMsParamSchema.optional(),
});
export type AcceptanceQuery = z.infer<typeof AcceptanceQuerySchema>;

/**
 * The acceptance of every claim and proposal (actors are omitted). For preferred and stable, `labels` summarise
 * `extensions`: accepted when in every extension (sceptical), rejected when in none, undecided when in some
 * (credulous only). When stable semantics has no extension, every node is in none and so labelled rejected, and
 * `note` says so. `complete: false` means the budget ran out (preferred, stable) or gradual strengths did not converge;
 * the labels then reflect what was found.
 */
export const AcceptanceResultSchema = z.object({
  semantics: SemanticsSchema,
  labels: z.record(IdSchema, AcceptanceLabelSchema),
  strengths: z.record(IdSchema, z.number().min(0).max(1)).optional(),
  extensions: z.array(z.array(IdSchema)).optional(),
  complete: z.boolean(),
  assumptions: AssumptionsSchema,
  note: z.string().optional(),
});
export type AcceptanceResult = z.infer<typeof AcceptanceResultSchema>;

/** An actor's point of view: acceptance with what the actor endorses or proposes assumed accepted, what it opposes rejected. */
export const ActorViewSchema = AcceptanceResultSchema.extend({ actor: IdSchema });
export type ActorView = z.infer<typeof ActorViewSchema>;

/** `GET /api/v1/maps/:map/explanations/:node?semantics=grounded&depth=4`: why a node has its status. */
export const ExplainQuerySchema = AcceptanceQuerySchema.extend({
  depth: z.coerce.number().int().min(1).max(12).default(4),
});
export type ExplainQuery = z.infer<typeof ExplainQuerySchema>;

/**
 * One step of an explanation: an attack on the node (stated or derived from supports, see `kind`) or, for gradual,
 * a support. `status` says whether it carries in the labelling explained: it `succeeds` when its source is accepted and
 * it is not undercut, `fails` when the source is rejected (`because: "attacker-rejected"`) or an accepted node
 * undercuts it (`because: "undercut"`, ids in `undercutBy`), and is `unresolved` otherwise. `because:
 * "assumed-rejected"` marks an attack that comes from assuming `from` rejected (what it supports loses it). `child` explains the node
 * that decides the step (the attacker, or the first undercutter), or is null past the depth bound.
 */
export const ExplanationStepSchema = z.object({
  role: z.enum(["attack", "support"]),
  from: IdSchema,
  kind: z.enum(["contradicts", "supported", "secondary", "mediated", "supports"]),
  relationIds: z.array(IdSchema),
  status: z.enum(["succeeds", "fails", "unresolved", "contributes"]),
  because: z.enum(["attacker-accepted", "attacker-rejected", "attacker-undecided", "undercut", "undercut-undecided", "assumed-rejected"]).optional(),
  undercutBy: z.array(IdSchema),
  /** Gradual: the effective strength of the relation (its strength, weakened by undercuts). */
  weight: z.number().min(0).max(1).optional(),
  get child() {
    return ExplanationNodeSchema.nullable();
  },
});
export type ExplanationStep = z.infer<typeof ExplanationStepSchema>;

/**
 * A node of the justification tree with its label in the labelling explained. `reason`: `assumed` (a what-if or an
 * actor's stance), `unattacked`, `defended` (accepted: every attack fails), `defeated` (rejected: some attack
 * succeeds), `unresolved` (undecided), `gradual`. `truncated` says why the steps are not listed: the depth bound, the
 * size bound, or `repeat` (the node is explained higher up the tree).
 */
export const ExplanationNodeSchema = z.object({
  id: IdSchema,
  label: AcceptanceLabelSchema,
  reason: z.enum(["assumed", "unattacked", "defended", "defeated", "unresolved", "gradual"]),
  strength: z.number().min(0).max(1).optional(),
  truncated: z.enum(["depth", "size", "repeat"]).optional(),
  get steps() {
    return z.array(ExplanationStepSchema);
  },
});
export type ExplanationNode = z.infer<typeof ExplanationNodeSchema>;

/**
 * Why a node has its label. For grounded the tree follows the grounded labelling and is well-founded. For preferred
 * and stable it follows one witness extension (`witness`, an index into the extensions, null when there are none):
 * the first that holds the node when it is accepted or undecided, the first otherwise; the tree's labels are those of
 * the witness, `label` is the overall one. `cycle`: for an undecided node, a cycle of undecided nodes it depends on.
 */
export const ExplanationSchema = z.object({
  node: IdSchema,
  semantics: SemanticsSchema,
  label: AcceptanceLabelSchema,
  summary: z.string(),
  witness: z.number().int().nullable(),
  extensionCount: z.number().int().optional(),
  cycle: z.array(IdSchema),
  tree: ExplanationNodeSchema,
  complete: z.boolean(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

/** The stance an actor states towards a proposal in the map. `proposes` counts as endorsing. */
export const StatedStanceSchema = z.enum(["endorses", "opposes", "proposes"]);
export type StatedStance = z.infer<typeof StatedStanceSchema>;

/** `GET /api/v1/maps/:map/stances?semantics=grounded`. */
export const StanceQuerySchema = z.object({ semantics: SemanticsSchema.default("grounded"), maxMs: MaxMsParamSchema.optional() });

/** One actor × proposal cell: the stated stance, and the proposal's label under the actor's assumptions. */
export const StanceCellSchema = z.object({
  proposal: IdSchema,
  stated: StatedStanceSchema.nullable(),
  derived: AcceptanceLabelSchema,
});

/** An actor's row; `conflicts` lists nodes the actor both endorses and opposes (left unassumed). */
export const StanceRowSchema = z.object({
  actor: IdSchema,
  cells: z.array(StanceCellSchema),
  conflicts: z.array(IdSchema),
});

/** The stance matrix: actors × proposals, rows and cells in id order. */
export const StanceMatrixSchema = z.object({
  semantics: SemanticsSchema,
  actors: z.array(IdSchema),
  proposals: z.array(IdSchema),
  rows: z.array(StanceRowSchema),
  complete: z.boolean(),
});
export type StanceMatrix = z.infer<typeof StanceMatrixSchema>;

/** `GET /api/v1/maps/:map/cruxes?assume=...`. */
export const CruxQuerySchema = z.object({ assume: AssumeParamSchema.optional(), maxMs: MaxMsParamSchema.optional() });

/** Assumptions on one or two claims that change a proposal's grounded label to `label`. */
export const CruxSchema = z.object({ assumptions: AssumptionsSchema, label: AcceptanceLabelSchema });
export type Crux = z.infer<typeof CruxSchema>;

/**
 * Cruxes per proposal (single claims first, then pairs whose single parts change nothing), claims ranked by how many
 * proposals they decide alone, the most contested nodes (most attackers, then most attacks) and the most relied-on
 * claims (most proposals reachable through supports). `complete: false` when the pair search ran out of budget.
 */
export const CruxReportSchema = z.object({
  proposals: z.array(z.object({ proposal: IdSchema, label: AcceptanceLabelSchema, cruxes: z.array(CruxSchema) })),
  ranked: z.array(z.object({ claim: IdSchema, proposals: z.number().int(), cruxes: z.number().int() })),
  contested: z.array(z.object({ node: IdSchema, attackers: z.number().int(), attacks: z.number().int() })),
  reliedOn: z.array(z.object({ claim: IdSchema, proposals: z.number().int(), descendants: z.number().int() })),
  complete: z.boolean(),
});
export type CruxReport = z.infer<typeof CruxReportSchema>;

/** Problems in a map an author may want to fix; none blocks analysis. */
export const WarningCodeSchema = z.enum([
  "contradictory_endorsements",
  "endorses_and_opposes",
  "unsupported_proposal",
  "supports_and_contradicts",
  "support_cycle",
  "missing_excerpt",
]);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/** One warning, with a message for the map's author and the nodes and relations involved (sorted). */
export const AnalysisWarningSchema = z.object({
  code: WarningCodeSchema,
  message: z.string(),
  nodeIds: z.array(IdSchema),
  relationIds: z.array(IdSchema),
});
export type AnalysisWarning = z.infer<typeof AnalysisWarningSchema>;

/** `GET /api/v1/maps/:map/warnings`. */
export const WarningsReportSchema = z.object({ warnings: z.array(AnalysisWarningSchema) });
export type WarningsReport = z.infer<typeof WarningsReportSchema>;
