import type { CruxJsonDocument, CruxJsonNode, CruxJsonRelation } from "../../contract/crux-json";
import type { Random } from "./random";

/** The map as it grows, shared by every stage of the generator: what is made so far and what must not repeat. */
export interface Draft {
  readonly random: Random;
  readonly documents: CruxJsonDocument[];
  readonly nodes: CruxJsonNode[];
  readonly relations: CruxJsonRelation[];
  /** `source|target|kind` of every relation made (opposes counted as endorses), so no two join the same ends. */
  readonly triples: Set<string>;
  /** The first actors made: later sections reuse them, which gives a few actors a heavy fan-in. */
  readonly hubs: CruxJsonNode[];
  /** How a bridge sentence refers to a claim or proposal, by node id. */
  readonly phrases: Map<string, string>;
  /** The last number used in an id (ids are `<prefix><n>`, one counter for nodes and relations). */
  lastId: number;
}

/** A claim or proposal being generated, with the sentence the document will state it in. */
export interface Argument {
  node: CruxJsonNode;
  sentence: string;
  /** Steps from the section's thesis (for the layered layout). */
  depth: number;
  /** Sentences the document states right after this argument's, each the evidence for one relation. */
  bridges: { relation: CruxJsonRelation; sentence: string }[];
}

/** An empty map drawing from `random`. */
export function createDraft(random: Random): Draft {
  return { random, documents: [], nodes: [], relations: [], triples: new Set(), hubs: [], phrases: new Map(), lastId: 0 };
}

/** The next id with this prefix (`c1`, `a2`, `r3`…): one counter, so ids are unique across nodes and relations. */
export function nextId(draft: Draft, prefix: string): string {
  draft.lastId += 1;
  return `${prefix}${draft.lastId}`;
}
