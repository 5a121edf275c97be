import type { CruxJson } from "../contract/crux-json";
import type { CruxMap } from "../contract/map";
import { validateCruxJson, type ImportOptions } from "../domain/formats";
import { withFreshIds } from "../domain/map-file";
import { DomainError } from "../domain/errors";
import type { BulkRows } from "../store/bulk-insert";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";

/** Size limits of an import; the API keeps the defaults, an administrator's CLI may raise them. */
export type ImportLimits = Pick<ImportOptions, "maxBytes" | "maxNodes" | "maxDepth">;

/**
 * Imports a crux-json map, all or nothing: shape and meaning (validateCruxJson: relation rules, quotes, references), then one
 * transaction that writes the map and every row with fresh ids. The seed at start-up goes through here too.
 */
export async function importMap(
  ctx: UseCaseContext,
  actor: string,
  raw: unknown,
  options: { slug?: string; limits?: ImportLimits } = {},
): Promise<CruxMap> {
  const valid = validateCruxJson(raw, options.limits);
  const file = options.slug ? { ...valid, map: { ...valid.map, slug: options.slug } } : valid;
  const created = await writeInMap(ctx, actor, async (repos) => {
    if (await repos.maps.find(file.map.slug)) {
      throw new DomainError("duplicate", `A map with the slug "${file.map.slug}" already exists.`);
    }
    const map = await repos.maps.create(file.map);
    await repos.bulkInsert(toRows(map.id, withFreshIds(file, repos.newId), repos.newId));
    const after = { slug: map.slug, nodes: file.nodes.length, relations: file.relations.length, documents: file.documents.length };
    return { result: map, record: { mapId: map.id, entity: "map", entityId: map.id, action: "import", after } };
  });
  return (await ctx.store.read.maps.find(created.id)) as CruxMap;
}

function toRows(mapId: string, file: CruxJson, newId: () => string): BulkRows {
  const relationIds = new Set(file.relations.map((r) => r.id));
  const excerpts: BulkRows["excerpts"] = [];
  const addExcerpts = (owner: { nodeId: string | null; relationId: string | null }, anchors: CruxJson["nodes"][number]["excerpts"]) => {
    for (const { orphaned, ...a } of anchors) excerpts.push({ id: newId(), ...owner, ...a, orphaned: orphaned ? 1 : 0 });
  };
  file.nodes.forEach((n) => addExcerpts({ nodeId: n.id, relationId: null }, n.excerpts));
  file.relations.forEach((r) => addExcerpts({ nodeId: null, relationId: r.id }, r.excerpts));
  return {
    documents: file.documents.map((d) => ({ ...d, mapId, authors: JSON.stringify(d.authors) })),
    nodes: file.nodes.map((n) => ({
      id: n.id,
      mapId,
      kind: n.kind,
      title: n.title,
      text: n.text,
      aliases: JSON.stringify(n.aliases),
      tags: JSON.stringify(n.tags),
      x: n.position?.x ?? null,
      y: n.position?.y ?? null,
    })),
    relations: file.relations.map((r) => ({
      id: r.id,
      mapId,
      kind: r.relation,
      sourceId: r.source,
      targetNodeId: relationIds.has(r.target) ? null : r.target,
      targetRelationId: relationIds.has(r.target) ? r.target : null,
      strength: r.strength,
      note: r.note,
      group: r.group,
    })),
    excerpts,
  };
}
