import type { CreateNode, GraphNode, SavePositions, UpdateNode } from "../contract/node";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireFound, requireMap } from "./guards";

export function getNode(ctx: UseCaseContext, id: string): Promise<GraphNode> {
  return requireFound(ctx.store.read.nodes.find(id), "node", id);
}

export function createNode(ctx: UseCaseContext, actor: string, mapRef: string, input: CreateNode): Promise<GraphNode> {
  return writeInMap(ctx, actor, async (repos) => {
    const map = await requireMap(repos, mapRef);
    if (input.kind !== "actor" && input.aliases?.length) {
      throw new DomainError("validation_failed", "Only actors have aliases.", {
        errors: [{ path: "aliases", message: "only actors have aliases" }],
      });
    }
    const node = await repos.nodes.create(map.id, input);
    return { result: node, record: { mapId: map.id, entity: "node", entityId: node.id, action: "create", after: node } };
  });
}

export function updateNode(ctx: UseCaseContext, actor: string, id: string, expected: number, patch: Omit<UpdateNode, "expectedVersion">) {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.nodes.find(id), "node", id);
    assertVersion(before, expected, "node");
    if (before.kind !== "actor" && patch.aliases?.length) {
      throw new DomainError("validation_failed", "Only actors have aliases.", {
        errors: [{ path: "aliases", message: "only actors have aliases" }],
      });
    }
    const after = await repos.nodes.update(id, patch);
    return { result: after, record: { mapId: before.mapId, entity: "node", entityId: id, action: "update", before, after } };
  });
}

/** Deletes the node with its relations (and their undercuts) and excerpts, in one transaction. */
export function deleteNode(ctx: UseCaseContext, actor: string, id: string, expected: number): Promise<void> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.nodes.find(id), "node", id);
    assertVersion(before, expected, "node");
    await repos.nodes.delete(id);
    return { result: undefined, record: { mapId: before.mapId, entity: "node", entityId: id, action: "delete", before } };
  });
}

/**
 * Saves a user-arranged layout for everyone. Positions are not content: they do not bump node versions, so an
 * annotator editing a claim's text never conflicts with someone dragging it.
 */
export function saveNodePositions(ctx: UseCaseContext, actor: string, mapRef: string, input: SavePositions): Promise<{ saved: number }> {
  return writeInMap(ctx, actor, async (repos) => {
    const map = await requireMap(repos, mapRef);
    const ids = input.positions.map((p) => p.id);
    const found = await repos.nodes.findMany(ids);
    const inMap = new Set(found.filter((n) => n.mapId === map.id).map((n) => n.id));
    const missing = ids.filter((id) => !inMap.has(id));
    if (missing.length > 0) {
      throw new DomainError("not_found", `${missing.length} node(s) are not in this map: ${missing.slice(0, 5).join(", ")}.`);
    }
    for (const p of input.positions) await repos.nodes.savePosition(p.id, p.x, p.y);
    const after = { positions: input.positions.length };
    return { result: { saved: input.positions.length }, record: { mapId: map.id, entity: "map", entityId: map.id, action: "update", after } };
  });
}
