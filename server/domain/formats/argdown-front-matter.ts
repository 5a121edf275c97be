import { RelationKindSchema, type RelationKind } from "../../contract/vocabulary";
import { ProblemList } from "./problems";
import { isJsonObject } from "./safe-json";

/** An endpoint in the front matter: a statement or actor title, or (for an undercut) the relation attacked. */
export type FrontMatterRef = string | { relation: RelationKind; source: FrontMatterRef; target: FrontMatterRef };

/** An actor as the front matter lists it; `originalTitle` when its title had to change to be unique. */
export interface FrontMatterActor {
  title: string;
  originalTitle?: string;
  text: string;
  aliases: string[];
  tags: string[];
}

/** What Crux writes into the `crux` key of an Argdown file's front matter, read back. */
export interface CruxFrontMatter {
  title?: string;
  slug?: string;
  description?: string;
  actors: FrontMatterActor[];
  relations: { relation: RelationKind; source: FrontMatterRef; target: FrontMatterRef; path: string }[];
}

/** Undercuts of undercuts nest; YAML aliases could even loop, so references deeper than this are refused. */
const MAX_REF_DEPTH = 32;

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function readRef(value: unknown, path: string, problems: ProblemList, depth = 0): FrontMatterRef | null {
  if (typeof value === "string" && value !== "") return value;
  if (depth < MAX_REF_DEPTH && isJsonObject(value)) {
    const relation = RelationKindSchema.safeParse(value.relation);
    const source = readRef(value.source, `${path}.source`, problems, depth + 1);
    const target = readRef(value.target, `${path}.target`, problems, depth + 1);
    if (relation.success && source !== null && target !== null) return { relation: relation.data, source, target };
    if (!relation.success) problems.add(`${path}.relation`, "expected a Crux relation kind");
    return null;
  }
  problems.add(path, depth >= MAX_REF_DEPTH ? "relations nest too deeply" : "expected a title or a relation");
  return null;
}

/**
 * Reads the `title` and `crux` keys of the front matter. Problems in Crux's own block refuse the import;
 * front matter without a `crux` key (any Argdown file) gives just the title.
 */
export function readCruxFrontMatter(frontMatter: unknown, problems: ProblemList): CruxFrontMatter {
  const result: CruxFrontMatter = { actors: [], relations: [] };
  if (!isJsonObject(frontMatter)) return result;
  result.title = str(frontMatter.title);
  const crux = frontMatter.crux;
  if (crux === undefined) return result;
  if (!isJsonObject(crux)) {
    problems.add("front matter crux", "expected an object");
    return result;
  }
  result.slug = str(crux.slug);
  result.description = str(crux.description);
  const actors = Array.isArray(crux.actors) ? crux.actors : [];
  actors.forEach((actor, i) => {
    const title = isJsonObject(actor) ? str(actor.title) : undefined;
    if (!isJsonObject(actor) || !title) return problems.add(`front matter crux.actors[${i}]`, "an actor needs a title");
    result.actors.push({ title, originalTitle: str(actor.originalTitle), text: str(actor.text) ?? "", aliases: strings(actor.aliases), tags: strings(actor.tags) });
  });
  const relations = Array.isArray(crux.relations) ? crux.relations : [];
  relations.forEach((entry, i) => {
    const path = `front matter crux.relations[${i}]`;
    const ref = readRef(entry, path, problems);
    if (ref !== null && typeof ref !== "string") result.relations.push({ ...ref, path });
  });
  return result;
}
