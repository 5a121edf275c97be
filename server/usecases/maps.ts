import type { CreateMap, CruxMap, UpdateMap } from "../contract/map";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import { assertVersion, requireMap } from "./guards";

export function listMaps(ctx: UseCaseContext): Promise<CruxMap[]> {
  return ctx.store.read.maps.list();
}

export function getMap(ctx: UseCaseContext, ref: string): Promise<CruxMap> {
  return requireMap(ctx.store.read, ref);
}

export function createMap(ctx: UseCaseContext, actor: string, input: CreateMap): Promise<CruxMap> {
  return writeInMap(ctx, actor, async (repos) => {
    if (await repos.maps.find(input.slug)) {
      throw new DomainError("duplicate", `A map with the slug "${input.slug}" already exists.`);
    }
    const map = await repos.maps.create(input);
    return { result: map, record: { mapId: map.id, entity: "map", entityId: map.id, action: "create", after: map } };
  });
}

export function updateMap(ctx: UseCaseContext, actor: string, ref: string, expected: number, patch: Omit<UpdateMap, "expectedVersion">) {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireMap(repos, ref);
    assertVersion(before, expected, "map");
    if (patch.slug && patch.slug !== before.slug && (await repos.maps.find(patch.slug))) {
      throw new DomainError("duplicate", `A map with the slug "${patch.slug}" already exists.`);
    }
    await repos.maps.update(before.id, patch);
    const after = await requireMap(repos, before.id);
    return { result: after, record: { mapId: before.id, entity: "map", entityId: before.id, action: "update", before, after } };
  }).then(async (map) => requireMap(ctx.store.read, map.id));
}

/** Deletes the map and, by cascade, everything in it; its revision history is kept. */
export function deleteMap(ctx: UseCaseContext, actor: string, ref: string, expected: number): Promise<void> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireMap(repos, ref);
    assertVersion(before, expected, "map");
    await repos.maps.delete(before.id);
    return { result: undefined, record: { mapId: before.id, entity: "map", entityId: before.id, action: "delete", before } };
  });
}
