import type { CruxJsonNode, CruxJsonRelation } from "../../contract/crux-json";
import type { RelationKind } from "../../contract/vocabulary";
import { writeDocument } from "./document";
import type { Argument, Draft } from "./draft";
import { placeSection } from "./layout";
import { addActor, addArgument, argumentKinds } from "./nodes";
import { addActorRelations, addCycles, linkPremise, relate } from "./relations";

/** How many of the first actors become hubs that later sections reuse. */
const HUB_ACTORS = 20;

/** A section's arguments so far, with the lottery tickets that make attachment preferential. */
interface ArgumentTree {
  readonly args: Argument[];
  /** Argument indexes: one per argument, plus one each time it is answered, so the much-answered draw more answers. */
  readonly tickets: number[];
  /** The same, for proposals only (what a proposal may be part of). */
  readonly proposalTickets: number[];
  /** The latest support of each target, a candidate for a linked premise with the next one. */
  readonly lastSupport: Map<string, CruxJsonRelation>;
}

/**
 * Section `k` of `size` nodes: its actors, its arguments under a thesis, their cycles and actor relations, a link from
 * its thesis to an earlier section's, and the document that states them (laid out on a grid when `gridColumns` > 0).
 * Returns its thesis.
 */
export function addSection(draft: Draft, k: number, size: number, earlierTheses: Argument[], gridColumns: number): Argument {
  const actors = addSectionActors(draft, size);
  const proposalCount = Math.max(1, Math.round(size * 0.21));
  const firstRelation = draft.relations.length;
  const args = growArguments(draft, actors, size - actors.length, proposalCount);
  addCycles(draft, args, size, draft.relations.slice(firstRelation).filter((rel) => rel.relation === "supports"));
  addActorRelations(draft, args, actors);
  const thesis = args[0] as Argument;
  if (earlierTheses.length > 0) {
    const other = draft.random.pick(earlierTheses);
    relate(draft, thesis, other.node.id, draft.random.chance(0.7) ? "supports" : "contradicts");
  }
  writeDocument(draft, k, args, actors);
  if (gridColumns > 0) placeSection(k, gridColumns, args, actors);
  return thesis;
}

/** About 18 actors per 100 nodes (one in a tiny section); the first ones made anywhere become the hubs. */
function addSectionActors(draft: Draft, size: number): CruxJsonNode[] {
  const count = size >= 5 ? Math.max(1, Math.round(size * 0.18)) : 1;
  const actors = Array.from({ length: count }, () => addActor(draft));
  if (draft.hubs.length < HUB_ACTORS) draft.hubs.push(...actors.slice(0, HUB_ACTORS - draft.hubs.length));
  return actors;
}

/** The section's claims and proposals, each answering an earlier one and sometimes concerning one of the actors. */
function growArguments(draft: Draft, actors: CruxJsonNode[], count: number, proposals: number): Argument[] {
  const r = draft.random;
  const tree: ArgumentTree = { args: [], tickets: [], proposalTickets: [], lastSupport: new Map() };
  for (const kind of argumentKinds(draft, count, proposals)) {
    const subject = r.chance(0.4) ? r.pick(actors) : null;
    const arg = addArgument(draft, kind, subject?.title ?? null);
    if (tree.args.length > 0) answerEarlier(draft, tree, arg);
    if (subject) relate(draft, arg, subject.id, "concerns");
    tree.tickets.push(tree.args.length);
    if (kind === "proposal") tree.proposalTickets.push(tree.args.length);
    tree.args.push(arg);
  }
  return tree.args;
}

/**
 * Relates a new argument to one already in the tree: a proposal mostly becomes part of an earlier proposal; otherwise
 * the target is mostly drawn by preferential attachment (fan-in), sometimes among the latest (long chains).
 */
function answerEarlier(draft: Draft, tree: ArgumentTree, arg: Argument): void {
  const r = draft.random;
  const { args, tickets, proposalTickets } = tree;
  const kind = arg.node.kind;
  const toProposal = kind === "proposal" && proposalTickets.length > 0 && r.chance(0.85);
  const index = toProposal ? r.pick(proposalTickets) : r.chance(0.3) ? args.length - 1 - r.int(Math.min(5, args.length)) : r.pick(tickets);
  const target = args[index] as Argument;
  const relation: RelationKind = toProposal ? "part_of" : kind === "proposal" ? "supports"
    : r.chance(0.84) ? "supports" : r.chance(0.55) ? "contradicts" : "qualifies";
  const rel = relate(draft, arg, target.node.id, relation);
  arg.depth = target.depth + 1;
  if (rel) linkPremise(draft, rel, tree.lastSupport);
  tickets.push(index);
  if (toProposal) proposalTickets.push(index);
}
