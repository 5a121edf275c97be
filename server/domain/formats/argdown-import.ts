import type { IArgument, IEquivalenceClass, IInference, IRelation, RelationMember } from "@argdown/core";
import type { RelationKind } from "../../contract/vocabulary";
import { PROPOSAL_TAG } from "./argdown-export";
import { readCruxFrontMatter, type CruxFrontMatter, type FrontMatterRef } from "./argdown-front-matter";
import { readArgdown } from "./argdown-parse";
import type { ImportOptions, ImportResult } from "./format-types";
import { assertWithinCount, assertWithinSize, resolveLimits } from "./import-limits";
import { MapBuilder } from "./map-builder";
import { ProblemList } from "./problems";
import { isJsonObject } from "./safe-json";

const WHAT = "This Argdown file";
const RELATION_KINDS: Record<string, RelationKind> = { support: "supports", entails: "supports", attack: "contradicts", contrary: "contradicts", contradictory: "contradicts", undercut: "contradicts" };

/** The text of a statement: its first definition's text (references carry none), tags already removed. */
function statementText(ec: IEquivalenceClass): string {
  const defined = ec.members.find((m) => !m.isReference && m.text) ?? ec.members.find((m) => m.text?.trim());
  return defined?.text?.trim() ?? "";
}

/**
 * Statements and arguments in the order they first appear: @argdown/core keys them by title in a plain
 * object, where titles such as "0" would otherwise come first.
 */
function inFileOrder<T extends { members: { startLine?: number; startColumn?: number }[] }>(items: T[]): T[] {
  const first = (item: T) => item.members.reduce((min, m) => Math.min(min, (m.startLine ?? Infinity) * 1e6 + (m.startColumn ?? 0)), Infinity);
  return items.map((item) => ({ item, at: first(item) })).sort((a, b) => a.at - b.at).map(({ item }) => item);
}

class ArgdownMapper {
  readonly builder: MapBuilder;
  readonly problems = new ProblemList();
  private readonly statements = new Map<string, string>(); // statement title → node id
  private readonly actors = new Map<string, string>(); // actor title (front matter) → node id
  private readonly argumentNodes = new Map<string, string>(); // argument title → claim or conclusion node id
  private readonly inferences = new Map<string, string>(); // argument title → relation id of its last inference

  constructor(options: ImportOptions) {
    this.builder = new MapBuilder(WHAT, options);
  }

  addStatement(ec: IEquivalenceClass): void {
    const data = isJsonObject(ec.data) && isJsonObject(ec.data.crux) ? ec.data.crux : {};
    const argdownTags = ec.tags ?? [];
    const kind = data.kind === "claim" || data.kind === "proposal" ? data.kind : argdownTags.includes(PROPOSAL_TAG) ? "proposal" : "claim";
    const ownTags = kind === "proposal" ? argdownTags.filter((t) => t !== PROPOSAL_TAG) : argdownTags;
    const tags = Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === "string") : ownTags;
    const title = typeof data.title === "string" ? data.title : ec.title!;
    const id = this.builder.addNode({ kind, title, text: statementText(ec), tags });
    this.statements.set(ec.title!, id);
  }

  /** Reconstructed arguments give supports from each inference's premises; others become claims. */
  addArgument(argument: IArgument): void {
    if (argument.pcs.length === 0) {
      this.builder.warnings.add("Arguments without premises and conclusion became claims");
      const text = argument.members.find((m) => m.text)?.text?.trim() ?? "";
      this.argumentNodes.set(argument.title!, this.builder.addNode({ kind: "claim", title: argument.title, text, tags: argument.tags ?? [] }));
      return;
    }
    let premises: string[] = [];
    for (const statement of argument.pcs) {
      const id = this.statements.get(statement.title!)!;
      if (statement.role === "premise") {
        premises.push(id);
        continue;
      }
      const group = premises.length > 1 ? `${argument.title} (${statement.title})` : null;
      const relations = premises.map((premise) => this.builder.addRelation({ source: premise, target: id, relation: "supports", group }));
      this.inferences.set(argument.title!, relations.find((r) => r !== null) ?? "");
      this.argumentNodes.set(argument.title!, id);
      premises = [id];
    }
  }

  private endpoint(member: RelationMember | undefined, incoming: boolean): string | undefined {
    if (!member) return undefined;
    if (member.type === "equivalence-class") return this.statements.get(member.title!);
    const title = member.type === "inference" ? (member as IInference).argumentTitle : member.title;
    if (incoming && member.type === "argument" && this.inferences.has(title!)) this.builder.warnings.add("Relations into reconstructed arguments were attached to their conclusions");
    return this.argumentNodes.get(title!);
  }

  addRelation(r: IRelation): void {
    const relation = RELATION_KINDS[r.relationType];
    const source = this.endpoint(r.from, false);
    if (!relation || !source) return this.builder.warnings.add(`A "${r.relationType}" relation Crux cannot read was left out`);
    let target: string | undefined;
    if (r.relationType === "undercut" && r.to && r.to.type !== "equivalence-class") target = this.inferences.get((r.to as IInference).argumentTitle ?? r.to.title!);
    if (target === undefined) {
      if (r.relationType === "undercut") this.builder.warnings.add("Undercuts of statements or of arguments without premises became contradictions");
      target = this.endpoint(r.to, true);
    }
    this.builder.addRelation({ source, target: target ?? "", relation });
    if (r.relationType === "contradictory" && target) this.builder.addRelation({ source: target, target: source, relation });
  }

  addFrontMatter(front: CruxFrontMatter): void {
    for (const actor of front.actors) {
      this.actors.set(actor.title, this.builder.addNode({ kind: "actor", title: actor.originalTitle ?? actor.title, text: actor.text, aliases: actor.aliases, tags: actor.tags }));
    }
    for (const entry of front.relations) {
      const source = this.resolve(entry.source, entry.relation, "source", `${entry.path}.source`);
      const target = this.resolve(entry.target, entry.relation, "target", `${entry.path}.target`);
      if (source && target) this.builder.addRelation({ source, target, relation: entry.relation });
    }
  }

  /** A front-matter endpoint: actors for the actor side of endorses/opposes/proposes/concerns, else statements. */
  private resolve(ref: FrontMatterRef, relation: RelationKind, side: "source" | "target", path: string): string | null {
    const actorSide = (side === "source" && ["endorses", "opposes", "proposes"].includes(relation)) || (side === "target" && relation === "concerns");
    if (typeof ref === "string") {
      const id = actorSide ? this.actors.get(ref) : this.statements.get(ref);
      if (!id) this.problems.add(path, `no ${actorSide ? "actor" : "statement"} is titled "${ref}"`);
      return id ?? null;
    }
    const source = this.resolve(ref.source, ref.relation, "source", `${path}.source`);
    const target = this.resolve(ref.target, ref.relation, "target", `${path}.target`);
    return source && target ? this.builder.addRelation({ source, target, relation: ref.relation }) : null;
  }
}

/**
 * `argdown` import through @argdown/core: statements → claims (proposals when tagged `#(proposal)`),
 * support → supports, attack/contradictory → contradicts, reconstructed arguments → supports from their
 * premises (linked when several), undercuts of them → undercuts; Crux's front matter restores actors and the
 * relations Argdown lacks. Any lexer, parser or YAML error refuses the file, with its line.
 */
export async function importArgdown(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const limits = resolveLimits(options);
  assertWithinSize(text, limits, WHAT);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems = new ProblemList();
  if (body.trim() === "") problems.add("", "the file is empty");
  problems.throwIfAny(WHAT);
  const reading = await readArgdown(body);
  reading.problems.forEach((p) => problems.add(p.path, p.message));
  problems.throwIfAny(WHAT);
  const statements = inFileOrder(Object.values(reading.response.statements ?? {}));
  const args = inFileOrder(Object.values(reading.response.arguments ?? {}));
  assertWithinCount(statements.length + args.length, limits, WHAT, "statements and arguments");
  const mapper = new ArgdownMapper(options);
  const front = readCruxFrontMatter(reading.response.frontMatter, mapper.problems);
  statements.forEach((ec) => mapper.addStatement(ec));
  args.forEach((a) => mapper.addArgument(a));
  (reading.response.relations ?? []).forEach((r) => mapper.addRelation(r));
  mapper.addFrontMatter(front);
  mapper.problems.throwIfAny(WHAT);
  return mapper.builder.build({ slug: front.slug, title: front.title ?? "Imported Argdown map", description: front.description }, options);
}
