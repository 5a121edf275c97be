import type { CreateRelation, GraphRelation, UpdateRelation } from "../contract/relation";
import { DomainError, notFound } from "../domain/errors";
import { assertRelationAllowed, type EndpointKind } from "../domain/relation-rules";
import type { Repositories } from "../store/store";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireFound, requireMap } from "./guards";

export function getRelation(ctx: UseCaseContext, id: string): Promise<GraphRelation> {
  return requireFound(ctx.store.read.relations.find(id), "relation", id);
}

/** A relation's target is a node, or another relation of the same map (an undercut). */
async function resolveTarget(repos: Repositories, mapId: string, id: string): Promise<{ id: string; kind: EndpointKind }> {
  const node = await repos.nodes.find(id);
  if (node && node.mapId === mapId) return { id, kind: node.kind };
  const relation = await repos.relations.find(id);
  if (relation && relation.mapId === mapId) return { id, kind: "relation" };
  throw new DomainError("not_found", `The target "${id}" is neither a node nor a relation of this map.`);
}

export function createRelation(ctx: UseCaseContext, actor: string, mapRef: string, input: CreateRelation): Promise<GraphRelation> {
  return writeInMap(ctx, actor, async (repos) => {
    const map = await requireMap(repos, mapRef);
    const source = await repos.nodes.find(input.source);
    if (!source || source.mapId !== map.id) {
      throw new DomainError("not_found", `The source "${input.source}" is not a node of this map.`);
    }
    const target = await resolveTarget(repos, map.id, input.target);
    assertRelationAllowed({ relation: input.relation, source, target });
    if (await repos.relations.findBetween(source.id, target.id, input.relation)) {
      throw new DomainError("duplicate_relation", `"${source.title}" already ${input.relation.replace("_", " ")} that target.`);
    }
    const relation = await repos.relations.create(map.id, { ...input, targetType: target.kind === "relation" ? "relation" : "node" });
    return { result: relation, record: { mapId: map.id, entity: "relation", entityId: relation.id, action: "create", after: relation } };
  });
}

export function updateRelation(
  ctx: UseCaseContext,
  actor: string,
  id: string,
  expected: number,
  patch: Omit<UpdateRelation, "expectedVersion">,
): Promise<GraphRelation> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.relations.find(id), "relation", id);
    assertVersion(before, expected, "relation");
    if (patch.relation && patch.relation !== before.relation) {
      const source = await requireFound(repos.nodes.find(before.source), "node", before.source);
      const target = await resolveTarget(repos, before.mapId, before.target);
      assertRelationAllowed({ relation: patch.relation, source, target });
      if (await repos.relations.findBetween(source.id, target.id, patch.relation)) {
        throw new DomainError("duplicate_relation", `That "${patch.relation}" relation already exists.`);
      }
    }
    const after = await repos.relations.update(id, patch);
    return { result: after, record: { mapId: before.mapId, entity: "relation", entityId: id, action: "update", before, after } };
  });
}

export function deleteRelation(ctx: UseCaseContext, actor: string, id: string, expected: number): Promise<void> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await repos.relations.find(id);
    if (!before) throw notFound("relation", id);
    assertVersion(before, expected, "relation");
    await repos.relations.delete(id);
    return { result: undefined, record: { mapId: before.mapId, entity: "relation", entityId: id, action: "delete", before } };
  });
}
