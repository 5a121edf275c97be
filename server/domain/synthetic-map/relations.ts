import type { CruxJsonNode, CruxJsonRelation } from "../../contract/crux-json";
import type { RelationKind } from "../../contract/vocabulary";
import { nextId, type Argument, type Draft } from "./draft";

/** How a bridge sentence introduces the target of its relation. */
const BRIDGES: Partial<Record<RelationKind, string>> = {
  supports: "This is one reason to think that",
  contradicts: "This sits uneasily with the view that",
  qualifies: "That limits the claim that",
  part_of: "This would be one step towards the aim that",
  endorses: "Its backers hold that",
  opposes: "Its critics reject the view that",
  proposes: "Hence the proposal that",
};

/**
 * Adds the relation unless the same one already joins these two ends (null then); maybe with strength, note and,
 * for an argument's relation, a bridge sentence that will be its evidence in the document.
 */
export function relate(draft: Draft, from: Argument | CruxJsonNode, target: string, relation: RelationKind): CruxJsonRelation | null {
  const source = "node" in from ? from.node : from;
  const key = `${source.id}|${target}|${relation === "opposes" ? "endorses" : relation}`;
  if (source.id === target || draft.triples.has(key)) return null;
  draft.triples.add(key);
  const r = draft.random;
  const argumentative = relation === "supports" || relation === "contradicts";
  const rel: CruxJsonRelation = {
    id: nextId(draft, "r"), source: source.id, target, relation, excerpts: [], group: null,
    strength: argumentative && r.chance(0.15) ? Math.round(r.next() * 9 + 1) / 10 : null,
    note: r.chance(0.05) ? "Implied by the structure of the paragraph." : "",
  };
  draft.relations.push(rel);
  if ("node" in from && relation !== "concerns" && r.chance(0.25)) {
    from.bridges.push({ relation: rel, sentence: `${BRIDGES[relation] ?? "This bears on the view that"} ${draft.phrases.get(target) ?? "the argument above"}.` });
  }
  return rel;
}

/** Two supports of one target sometimes form a linked premise (they only jointly support it). */
export function linkPremise(draft: Draft, rel: CruxJsonRelation, lastSupport: Map<string, CruxJsonRelation>): void {
  if (rel.relation !== "supports") return;
  const previous = lastSupport.get(rel.target);
  if (previous && previous.group === null && draft.random.chance(0.3)) previous.group = rel.group = `g${rel.id}`;
  lastSupport.set(rel.target, rel);
}

/** Mutual contradictions (even cycles), a three-way contradiction (odd cycle), support back edges and undercuts. */
export function addCycles(draft: Draft, args: Argument[], size: number, supports: CruxJsonRelation[]): void {
  const r = draft.random;
  if (args.length < 4) return;
  const some = () => r.pick(args);
  for (let i = 0; i < Math.round(size * 0.02); i += 1) {
    const [a, b] = [some(), some()];
    relate(draft, a, b.node.id, "contradicts");
    relate(draft, b, a.node.id, "contradicts");
  }
  if (size >= 30) {
    const [a, b, c] = [some(), some(), some()];
    relate(draft, a, b.node.id, "contradicts");
    relate(draft, b, c.node.id, "contradicts");
    relate(draft, c, a.node.id, "contradicts");
  }
  for (let i = 0; i < Math.round(size * 0.04); i += 1) relate(draft, some(), some().node.id, "supports");
  for (let i = 0; i < Math.max(size >= 50 ? 1 : 0, Math.round(size * 0.01)); i += 1) {
    const attacker = args.find((a, j) => j > 0 && a.node.kind === "claim" && r.chance(0.2)) ?? (args[1] as Argument);
    if (supports.length > 0) relate(draft, attacker, r.pick(supports).id, "contradicts");
  }
}

/** What the arguments concern (the section's actors, sometimes a hub), who proposes them, who endorses or opposes them. */
export function addActorRelations(draft: Draft, args: Argument[], actors: CruxJsonNode[]): void {
  const r = draft.random;
  const actorFor = () => (r.chance(0.3) && draft.hubs.length > 0 ? r.pick(draft.hubs) : r.pick(actors));
  for (const arg of args) {
    if (r.chance(0.75)) relate(draft, arg, actorFor().id, "concerns");
    if (r.chance(0.2)) relate(draft, arg, actorFor().id, "concerns");
    if (arg.node.kind === "proposal" && r.chance(0.62)) relate(draft, r.pick(actors), arg.node.id, "proposes");
  }
  const stances = Math.round(args.length * 0.27);
  for (let i = 0; i < stances; i += 1) relate(draft, r.pick(actors), r.pick(args).node.id, r.chance(0.86) ? "endorses" : "opposes");
}
