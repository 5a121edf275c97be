import type { RelationKind } from "../../contract/vocabulary";

/**
 * AIF as AIFdb and OVA store it (http://www.arg.dundee.ac.uk/aif): I-nodes hold propositions, S-nodes the
 * relations between them (RA inference, CA conflict, MA rephrase, PA preference), and the IAT dialogue layer
 * adds L-nodes (locutions, said by participants), TA (transitions) and YA (illocutions anchoring I in L).
 * Crux writes its own kinds into an extra `crux` field where AIF has none; AIF readers ignore unknown fields.
 */
export interface AifNode {
  nodeID: string;
  text: string;
  type: string;
  scheme?: string;
  crux?: Record<string, unknown>;
}

/** An AIFdb edge: from one node to another (S-nodes sit between I-nodes). */
export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
}

/** Who said an L-node: `personID` is a participant's id. */
export interface AifLocution {
  nodeID: string;
  personID: string;
}

/** A speaker; Crux writes one per actor, with aliases and text in `crux`. */
export interface AifParticipant {
  participantID: string;
  firstname: string;
  surname: string;
  crux?: Record<string, unknown>;
}

/** The AIFdb nodeset Crux writes; `crux` holds the map's slug, title and description. */
export interface AifNodeset {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
  crux?: Record<string, unknown>;
}

/** The texts AIFdb gives S-nodes without a named scheme. */
export const DEFAULT_S_NODE_TEXT = { RA: "Default Inference", CA: "Default Conflict", MA: "Default Rephrase" } as const;

/**
 * How Crux relation kinds travel as MA nodes. AIF has no node for "limits" or "is a component of";
 * MA (rephrase) is the one S-node that links two propositions without claiming a reason for or against,
 * so an AIF reader that ignores the `crux` field sees a rephrase rather than a false inference or conflict.
 */
export const MA_SCHEME_TEXT: Partial<Record<RelationKind, string>> = { qualifies: "Qualifying", part_of: "Part of" };

/**
 * Illocutions (YA texts) for who-asserts-what relations; on import, IAT's Asserting, Agreeing and
 * Restating read as endorses, Disagreeing as opposes, and Proposing (Crux's own) as proposes.
 */
export const YA_TEXT: Partial<Record<RelationKind, string>> = { endorses: "Asserting", opposes: "Disagreeing", proposes: "Proposing" };
/** YA texts (lower-cased) read as who-asserts-what relations on import. */
export const YA_READINGS: Record<string, RelationKind> = {
  asserting: "endorses",
  agreeing: "endorses",
  restating: "endorses",
  disagreeing: "opposes",
  proposing: "proposes",
};
