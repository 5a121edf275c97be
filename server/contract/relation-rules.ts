import type { NodeKind, RelationKind } from "./vocabulary";

/** What a relation may point at: a node of some kind, or (for undercuts) another relation. */
export type EndpointKind = NodeKind | "relation";

/**
 * DESIGN.md's relation table: which source and target kinds each relation kind allows. A pure table in the contract,
 * so the server checks writes with it (domain/relation-rules.ts) and the client offers only the kinds it allows.
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

/**
 * Whether the table allows this relation kind from a source of one kind to a target of another.
 * @example isRelationAllowed("proposes", "actor", "proposal") // true
 * @example isRelationAllowed("proposes", "claim", "proposal") // false: only actors propose
 */
export function isRelationAllowed(relation: RelationKind, source: NodeKind, target: EndpointKind): boolean {
  const rule = RELATION_RULES[relation];
  return rule.sources.includes(source) && rule.targets.includes(target);
}

/**
 * The relation kinds a user may choose between two endpoints, in the table's order (the client offers only these).
 * @example allowedRelations("actor", "proposal") // ["endorses", "opposes", "proposes"]
 */
export function allowedRelations(source: NodeKind, target: EndpointKind): RelationKind[] {
  return (Object.keys(RELATION_RULES) as RelationKind[]).filter((kind) => isRelationAllowed(kind, source, target));
}
