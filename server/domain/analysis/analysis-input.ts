import type { NodeKind, RelationKind } from "../../contract/vocabulary";

/**
 * The least a caller must pass to analyse a map. The API graph (`GET /api/v1/maps/:map/graph`) fits it as is:
 * its nodes carry `excerpts` (only the length is read) and its relations `strength` and `targetType`.
 *
 * @example
 * const input: AnalysisInput = {
 *   nodes: [{ id: "a", kind: "claim" }, { id: "b", kind: "claim" }],
 *   relations: [{ id: "r1", source: "a", target: "b", targetType: "node", relation: "contradicts", strength: null }],
 * };
 */
export interface AnalysisInput {
  readonly nodes: readonly AnalysisNode[];
  readonly relations: readonly AnalysisRelation[];
}

/** A node as the analysis reads it; `excerptCount` or `excerpts` (either) feeds the missing-excerpt warning. */
export interface AnalysisNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Used in warning messages when present; ids are used otherwise. */
  readonly title?: string;
  readonly excerptCount?: number;
  readonly excerpts?: readonly unknown[];
}

/** A relation as the analysis reads it; `target` is a relation id when `targetType` is `"relation"` (an undercut). */
export interface AnalysisRelation {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly targetType: "node" | "relation";
  readonly relation: RelationKind;
  readonly strength: number | null;
}

/** The status the analysis gives a claim or proposal. */
export type AcceptanceLabel = "accepted" | "rejected" | "undecided";

/** What-if assumptions: node id → the status forced on it. */
export type Assumptions = Readonly<Record<string, "accepted" | "rejected">>;

/**
 * How `supports` turns into attacks (bipolar argumentation; see derive-attacks.ts for the definitions):
 * - `general` (default): supported and secondary attacks (Cayrol & Lagasquie-Schiex 2005);
 * - `deductive`: supported and mediated attacks (Boella et al. 2010; Cayrol & Lagasquie-Schiex 2013);
 * - `none`: supports add no attacks (only `contradicts` counts).
 */
export type SupportReading = "general" | "deductive" | "none";
