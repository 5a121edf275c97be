import type { NodeKind, RelationKind } from "../contract/vocabulary";
import { RELATION_RULES, isRelationAllowed, type EndpointKind } from "../contract/relation-rules";
import { DomainError } from "./errors";

// The table itself is pure data the client needs too, so it lives in the contract; the domain adds the guard.
export { RELATION_RULES, allowedRelations, isRelationAllowed, type EndpointKind } from "../contract/relation-rules";

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
