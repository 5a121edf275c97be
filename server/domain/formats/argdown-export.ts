import type { CruxJson, CruxJsonNode, CruxJsonRelation } from "../../contract/crux-json";
import { escapeArgdownText, isWritableTag, sanitizeArgumentTitle, sanitizeStatementTitle, toArgdownYaml } from "./argdown-text";
import { UniqueLabels } from "./text-tools";

/** The tag that marks a proposal; claims carry no kind tag. */
export const PROPOSAL_TAG = "proposal";

/** A supports relation (or a linked group of them) written as a reconstructed argument, so it can be undercut. */
interface ArgumentPlan {
  title: string;
  premises: string[];
  conclusion: string;
}

/** Which Argdown construct each relation becomes. */
class ArgdownPlan {
  readonly statementLabels = new Map<string, string>();
  readonly actorLabels = new Map<string, string>();
  readonly argumentOf = new Map<string, ArgumentPlan>(); // relation id → argument
  readonly relationsById: Map<string, CruxJsonRelation>;

  constructor(readonly map: CruxJson) {
    this.relationsById = new Map(map.relations.map((r) => [r.id, r]));
    const statements = new UniqueLabels();
    const actors = new UniqueLabels();
    for (const node of map.nodes) {
      if (node.kind === "actor") this.actorLabels.set(node.id, actors.take(node.title.trim() || "Actor"));
      else this.statementLabels.set(node.id, statements.take(sanitizeStatementTitle(node.title)));
    }
    this.planArguments();
  }

  /** Linked premises, and supports that are undercut, become arguments with a premise-conclusion structure. */
  private planArguments(): void {
    const undercut = new Set(this.map.relations.filter((r) => r.relation === "contradicts" && this.relationsById.has(r.target)).map((r) => r.target));
    const titles = new UniqueLabels();
    const byKey = new Map<string, ArgumentPlan>();
    for (const r of this.map.relations) {
      if (r.relation !== "supports" || (r.group === null && !undercut.has(r.id))) continue;
      const key = r.group === null ? `relation ${r.id}` : `group ${r.group} ${r.target}`;
      let plan = byKey.get(key);
      if (!plan) {
        const name = r.group === null ? `${this.label(r.source)} supports ${this.label(r.target)}` : `Linked premises for ${this.label(r.target)}`;
        plan = { title: titles.take(sanitizeArgumentTitle(name)), premises: [], conclusion: r.target };
        byKey.set(key, plan);
      }
      plan.premises.push(r.source);
      this.argumentOf.set(r.id, plan);
    }
  }

  label(nodeId: string): string {
    return this.statementLabels.get(nodeId) ?? this.actorLabels.get(nodeId)!;
  }

  /** A relation endpoint in the front matter: a title, or (for an undercut) the relation it attacks. */
  reference(id: string): unknown {
    const relation = this.relationsById.get(id);
    if (!relation) return this.label(id);
    return { relation: relation.relation, source: this.reference(relation.source), target: this.reference(relation.target) };
  }
}

function statementDefinition(node: CruxJsonNode, plan: ArgdownPlan): string {
  const label = plan.statementLabels.get(node.id)!;
  const tags = node.kind === "proposal" ? [PROPOSAL_TAG, ...node.tags.filter((t) => t !== PROPOSAL_TAG)] : node.tags;
  const data: Record<string, unknown> = {};
  if (label !== node.title) data.title = node.title;
  if (node.kind === "claim" && node.tags.includes(PROPOSAL_TAG)) data.kind = "claim";
  if (!node.tags.every(isWritableTag) || (node.kind === "proposal" && node.tags.includes(PROPOSAL_TAG))) data.tags = node.tags;
  const text = escapeArgdownText(node.text);
  // An empty text is written as a bare reference: `[T]: ` followed by a blank line is a parser error.
  const parts = [text ? `[${label}]: ${text}` : `[${label}]`, ...tags.filter(isWritableTag).map((t) => `#(${t})`)];
  if (Object.keys(data).length > 0) parts.push(toArgdownYaml({ crux: data }));
  return parts.join(" ");
}

function argumentBlock(argument: ArgumentPlan, plan: ArgdownPlan): string {
  const premises = argument.premises.map((id, i) => `(${i + 1}) [${plan.label(id)}]`);
  return `<${argument.title}>\n\n${premises.join("\n")}\n----\n(${premises.length + 1}) [${plan.label(argument.conclusion)}]`;
}

function frontMatter(plan: ArgdownPlan, extraRelations: CruxJsonRelation[]): string {
  const { map } = plan;
  const actors = map.nodes
    .filter((n) => n.kind === "actor")
    .map((a) => ({ title: plan.actorLabels.get(a.id), text: a.text, aliases: a.aliases, tags: a.tags, ...(plan.actorLabels.get(a.id) !== a.title ? { originalTitle: a.title } : {}) }));
  const relations = extraRelations.map((r) => ({ relation: r.relation, source: plan.reference(r.source), target: plan.reference(r.target) }));
  const crux = { formatVersion: 1, slug: map.map.slug, description: map.map.description, actors, relations };
  return `===\n${toArgdownYaml({ title: map.map.title, crux }, "frontMatter", 2)}\n===`;
}

/**
 * `argdown` export, read by @argdown/core with no errors into the same statements and relations:
 * - claims and proposals → statements `[title]: text` (proposals tagged `#(proposal)`, Crux tags as tags);
 * - supports → `+`, contradicts → `-`; linked premises and undercut supports → reconstructed arguments
 *   (premises, `----`, conclusion), and an undercut of them → `_`;
 * - actors, and relations Argdown lacks (qualifies, part_of, endorses, opposes, proposes, concerns, undercuts
 *   of other relations) → YAML front matter `crux: {actors, relations}`, endpoints named by title.
 * Titles are sanitised and made unique (the original kept in statement data when it changed); texts are
 * escaped and lose their line breaks. Not carried: documents, excerpts, positions, strength, note.
 */
export function exportArgdown(map: CruxJson): string {
  const plan = new ArgdownPlan(map);
  const blocks: string[] = [];
  const extra: CruxJsonRelation[] = [];
  const argumentsWritten = new Set<ArgumentPlan>();
  for (const r of map.relations) {
    const argument = plan.argumentOf.get(r.id);
    const attacked = plan.relationsById.get(r.target);
    const undercutArgument = attacked && r.relation === "contradicts" ? plan.argumentOf.get(attacked.id) : undefined;
    if (argument) argumentsWritten.add(argument);
    else if (undercutArgument) blocks.push(`<${undercutArgument.title}>\n  _ [${plan.label(r.source)}]`);
    else if ((r.relation === "supports" || r.relation === "contradicts") && !attacked) {
      blocks.push(`[${plan.label(r.target)}]\n  ${r.relation === "supports" ? "+" : "-"} [${plan.label(r.source)}]`);
    } else extra.push(r);
  }
  const statements = map.nodes.filter((n) => n.kind !== "actor").map((n) => statementDefinition(n, plan));
  const argumentBlocks = [...argumentsWritten].map((a) => argumentBlock(a, plan));
  // Front matter alone is a parser error; a map without statements gets its title as a heading.
  if (statements.length === 0) statements.push(`# ${escapeArgdownText(map.map.title)}`);
  return `${[frontMatter(plan, extra), ...statements, ...argumentBlocks, ...blocks].join("\n\n")}\n`;
}
