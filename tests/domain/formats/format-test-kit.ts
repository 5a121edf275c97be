import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CruxJson, CruxJsonRelation } from "../../../server/contract/crux-json";
import { importCruxJson } from "../../../server/domain/formats/crux-json";
import { DomainError } from "../../../server/domain/errors";

export const VALID = join(__dirname, "../../fixtures/valid/formats");
export const INVALID = join(__dirname, "../../fixtures/invalid/formats");

export function readValid(name: string): string {
  return readFileSync(join(VALID, name), "utf8");
}

export function readInvalid(name: string): string {
  return readFileSync(join(INVALID, name), "utf8");
}

/** The small fixture map with every node and relation kind. */
export function smallMap(): CruxJson {
  return importCruxJson(readValid("small-map.crux.json")).map;
}

/**
 * A map seen without ids: nodes as `kind:title`, relations as `relation | source | target` where an endpoint is
 * a node's `kind:title` or, for an undercut, the attacked relation in parentheses.
 */
export function relationKeyer(map: CruxJson): (r: CruxJsonRelation) => string {
  const nodes = new Map(map.nodes.map((n) => [n.id, `${n.kind}:${n.title}`]));
  const relations = new Map(map.relations.map((r) => [r.id, r]));
  const key = (r: CruxJsonRelation): string => `${r.relation} | ${nodes.get(r.source)} | ${end(r.target)}`;
  const end = (id: string): string => nodes.get(id) ?? `(${key(relations.get(id)!)})`;
  return key;
}

export function relationKeys(map: CruxJson, kinds?: readonly string[]): string[] {
  return map.relations.filter((r) => !kinds || kinds.includes(r.relation)).map(relationKeyer(map)).sort();
}

export function nodeKeys(map: CruxJson, kinds: readonly string[] = ["claim", "proposal", "actor"]): string[] {
  return map.nodes.filter((n) => kinds.includes(n.kind)).map((n) => `${n.kind}:${n.title}`).sort();
}

/** Linked-premise groups, each as the sorted keys of its relations. */
export function groupKeys(map: CruxJson): string[][] {
  const key = relationKeyer(map);
  const groups = new Map<string, string[]>();
  for (const r of map.relations) if (r.group !== null) groups.set(r.group, [...(groups.get(r.group) ?? []), key(r)]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Runs an import expected to fail and returns the DomainError it threw. */
export async function refusal(run: () => unknown): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the import was expected to be refused, but it succeeded");
}
