import type { NodeKind, RelationKind } from "../contract/vocabulary";
import { DomainError } from "./errors";

/** What a relation may point at: a node of some kind, or (for undercuts) another relation. */
export type EndpointKind = NodeKind | "relation";

/**
 * DESIGN.md's relation table: which source and target kinds each relation kind allows.
 * `contradicts` may target a relation: an undercut (the reason does not carry).
 */
export const RELATION_RULES: Readonly<Record<RelationKind, { sources: readonly NodeKind[]; targets: readonly EndpointKind[] }>> = {
  supports: { sources: ["claim", "proposal"], targets: ["claim", "proposal"] },
  contradicts: { sources: ["claim", "proposal"], targets: ["claim", "proposal", "relation"] },
  qualifies: { sources: ["claim"], targets: ["claim", "proposal"] },
  endorses: { sources: ["actor"], targets: ["claim", "proposal"] },
  opposes: { sources: ["actor"], targets: ["claim", "proposal"] },
  proposes: { sources: ["actor"], targets: ["proposal"] },
  concerns: { sources: ["claim", "proposal"], targets: ["actor"] },
  part_of: { sources: ["proposal"], targets: ["proposal"] },
};

export function isRelationAllowed(relation: RelationKind, source: NodeKind, target: EndpointKind): boolean {
  const rule = RELATION_RULES[relation];
  return rule.sources.includes(source) && rule.targets.includes(target);
}

/** The relation kinds a user may choose between two endpoints (the client offers only these). */
export function allowedRelations(source: NodeKind, target: EndpointKind): RelationKind[] {
  return (Object.keys(RELATION_RULES) as RelationKind[]).filter((kind) => isRelationAllowed(kind, source, target));
}

export interface RelationEndpoints {
  relation: RelationKind;
  source: { id: string; kind: NodeKind };
  target: { id: string; kind: EndpointKind };
}

/**
 * Throws unless the relation fits DESIGN.md's table and does not connect a node with itself.
 * @example assertRelationAllowed({ relation: "proposes", source: { id: "a", kind: "claim" }, target: ... }) // throws relation_not_allowed
 */
export function assertRelationAllowed({ relation, source, target }: RelationEndpoints): void {
  if (source.id === target.id) {
    throw new DomainError("self_relation", "A node cannot be related to itself.");
  }
  if (!isRelationAllowed(relation, source.kind, target.kind)) {
    const rule = RELATION_RULES[relation];
    throw new DomainError(
      "relation_not_allowed",
      `"${relation}" cannot go from a ${source.kind} to a ${target.kind}: it goes from ${rule.sources.join(" or ")} to ${rule.targets.join(" or ")}.`,
    );
  }
}
