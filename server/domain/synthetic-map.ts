import type { CruxJson, CruxJsonDocument, CruxJsonNode, CruxJsonRelation } from "../contract/crux-json";
import type { Anchor } from "../contract/excerpt";
import type { RelationKind } from "../contract/vocabulary";
import { anchorAt } from "./anchoring";

/**
 * Seeded synthetic maps for benchmarks and load tests, shaped like the hand-built Toloraya map scaled up: one
 * generated source document per ~100 nodes (Toloraya maps 100 nodes onto one 8,300-character response), and per
 * 100 nodes about 61 claims, 21 proposals, 18 actors and 220 relations (92 concerns, 60 supports, 19 endorses,
 * 18 part_of, 13 proposes, 11 contradicts, 5 qualifies, 3 opposes). Arguments hang off each section's thesis by
 * preferential attachment (deep chains and heavy fan-in), with mutual and three-way contradictions (cycles),
 * undercuts, linked premises, a few shared "hub" actors, and links between sections. Every claim and proposal is
 * anchored to its sentence in the document, at correct UTF-16 offsets (the texts include non-Latin and astral
 * characters on purpose). Same options → the same map, byte for byte.
 *
 * @example
 * const file = generateSyntheticMap({ nodes: 10_000, seed: 7, positions: true });
 * validateCruxJson(file, { maxNodes: 1_000_000 }); // passes
 */
export interface SyntheticMapOptions {
  /** Total nodes (claims, proposals and actors); at least 3. */
  nodes: number;
  seed?: number;
  slug?: string;
  /** Give every node a saved layout position (a layered layout per section). */
  positions?: boolean;
}

const SECTION_SIZE = 100;
const HUB_ACTORS = 20;

/** A small, fast, seedable generator (mulberry32, public domain, Tommy Ettinger). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = [
  "economic engagement", "the sanctions regime", "a security guarantee", "the six-party process", "direct talks",
  "food aid", "the nuclear programme", "regional trade", "joint military exercises", "the armistice", "a peace treaty",
  "energy cooperation", "the missile moratorium", "humanitarian access", "the export-control regime",
  "rail links across the border", "inspections by the IAEA", "confidence-building measures", "Pyongyang’s (평양) reform",
];
const OBJECTS = [
  ...NOUNS, "regional stability", "trust between the parties", "détente in Northeast Asia", "a verifiable freeze",
  "the regime’s survival", "the alliance with Seoul", "Beijing’s (北京) leverage", "the non-proliferation treaty",
];
const VERBS = [
  "would strengthen", "undermines", "has weakened", "cannot replace", "will encourage", "would delay", "rewards",
  "makes possible", "threatens", "depends on", "reinforces", "will not survive", "complicates", "is a precondition for",
];
const ACTIONS = ["set up", "resume", "offer", "lift", "fund", "extend", "guarantee", "negotiate", "freeze", "widen"];
const TAILS = [
  "", "", "", " in the long run", " unless the talks resume", " as the 2009 crisis showed", " — a point critics miss",
  " within a decade", " if Beijing agrees", ", at least for now", " according to most observers", " (see note 𝟙)",
];
const FILLERS = [
  "The history of the past two decades is instructive here.", "Much depends on how the next round of talks unfolds.",
  "Observers in Moscow and Seoul read the signals differently.", "None of this is new.", "The record is mixed.",
];
const STATES = ["Russia", "China", "Japan", "South Korea", "the United States", "North Korea", "the European Union", "Mongolia"];
const CITIES = ["Moscow", "Beijing", "Tokyo", "Seoul", "Washington", "Pyongyang", "Brussels", "Vladivostok"];
const CAMPS = ["conservatives", "reformers", "hawks", "realists", "business lobby", "foreign ministry", "think tanks"];
const FIRST = ["Georgy", "John", "Mi-kyung", "Wei", "Haruki", "Anna", "Pavel", "Susan", "Jae-won", "Élise"];
const LAST = ["Toloraya", "Delury", "Park", "Zhang", "Sato", "Ivanova", "Orlov", "Reed", "Kim", "Moreau"];

type Random = ReturnType<typeof helpers>;

function helpers(next: () => number) {
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, chance: (p: number) => next() < p, pick: <T>(list: readonly T[]): T => list[int(list.length)] as T };
}

interface Argument {
  node: CruxJsonNode;
  sentence: string;
  depth: number;
  /** Sentences the document states right after this argument's, each the evidence for one relation. */
  bridges: { relation: CruxJsonRelation; sentence: string }[];
}

/** Builds the whole map: sections of ~100 nodes, each with its document, then the links between sections. */
export function generateSyntheticMap(options: SyntheticMapOptions): CruxJson {
  const total = Math.max(3, Math.floor(options.nodes));
  const seed = options.seed ?? 1;
  const builder = new MapBuilder(helpers(seededRandom(seed)));
  const sections = Math.ceil(total / SECTION_SIZE);
  const theses: Argument[] = [];
  for (let k = 0; k < sections; k += 1) {
    const size = Math.floor(((k + 1) * total) / sections) - Math.floor((k * total) / sections);
    theses.push(builder.section(k, size, theses, options.positions ? Math.ceil(Math.sqrt(sections)) : 0));
  }
  return {
    format: "crux-json",
    formatVersion: 1,
    map: {
      slug: options.slug ?? `synthetic-${total}-s${seed}`,
      title: `Synthetic map of ${total} nodes (seed ${seed})`,
      description: "Generated by server/domain/synthetic-map.ts for benchmarks; the texts are not real.",
    },
    documents: builder.documents,
    nodes: builder.nodes,
    relations: builder.relations,
    cases: [],
  };
}

class MapBuilder {
  readonly documents: CruxJsonDocument[] = [];
  readonly nodes: CruxJsonNode[] = [];
  readonly relations: CruxJsonRelation[] = [];
  private readonly triples = new Set<string>();
  private readonly hubs: CruxJsonNode[] = [];
  /** How a bridge sentence refers to a claim or proposal. */
  private readonly phrases = new Map<string, string>();
  private ids = 0;

  constructor(private readonly random: Random) {}

  /** One section: its actors, its arguments under a thesis, their actor relations and the document that states them. */
  section(k: number, size: number, earlierTheses: Argument[], gridColumns: number): Argument {
    const r = this.random;
    const actorCount = size >= 5 ? Math.max(1, Math.round(size * 0.18)) : 1;
    const proposalCount = Math.max(1, Math.round(size * 0.21));
    const actors = Array.from({ length: actorCount }, () => this.actor());
    if (this.hubs.length < HUB_ACTORS) this.hubs.push(...actors.slice(0, HUB_ACTORS - this.hubs.length));
    const args: Argument[] = [];
    const tickets: number[] = [];
    const proposalTickets: number[] = [];
    const lastSupport = new Map<string, CruxJsonRelation>();
    const firstRelation = this.relations.length;
    for (const kind of this.argumentKinds(size - actorCount, proposalCount)) {
      const subject = r.chance(0.4) ? r.pick(actors) : null;
      const arg = this.argument(kind, subject?.title ?? null);
      if (args.length > 0) {
        const toProposal = kind === "proposal" && proposalTickets.length > 0 && r.chance(0.85);
        // Mostly preferential attachment (fan-in); sometimes the latest arguments, which makes long chains.
        const index = toProposal ? r.pick(proposalTickets) : r.chance(0.3) ? args.length - 1 - r.int(Math.min(5, args.length)) : r.pick(tickets);
        const target = args[index] as Argument;
        const relation: RelationKind = toProposal ? "part_of" : kind === "proposal" ? "supports"
          : r.chance(0.84) ? "supports" : r.chance(0.55) ? "contradicts" : "qualifies";
        const rel = this.relate(arg, target.node.id, relation);
        arg.depth = target.depth + 1;
        if (rel) this.linkPremise(rel, lastSupport);
        tickets.push(index);
        if (toProposal) proposalTickets.push(index);
      }
      if (subject) this.relate(arg, subject.id, "concerns");
      tickets.push(args.length);
      if (kind === "proposal") proposalTickets.push(args.length);
      args.push(arg);
    }
    this.addCycles(args, size, this.relations.slice(firstRelation).filter((rel) => rel.relation === "supports"));
    this.addActorRelations(args, actors);
    const thesis = args[0] as Argument;
    if (earlierTheses.length > 0) {
      const other = r.pick(earlierTheses);
      this.relate(thesis, other.node.id, r.chance(0.7) ? "supports" : "contradicts");
    }
    this.writeDocument(k, args, actors);
    if (gridColumns > 0) placeSection(k, gridColumns, args, actors);
    return thesis;
  }

  /** The section's thesis is a proposal; the other proposals and the claims come in a shuffled order. */
  private argumentKinds(count: number, proposals: number): ("claim" | "proposal")[] {
    const rest: ("claim" | "proposal")[] = Array.from({ length: Math.max(0, count - 1) }, (_, i) => (i < proposals - 1 ? "proposal" : "claim"));
    for (let i = rest.length - 1; i > 0; i -= 1) {
      const j = this.random.int(i + 1);
      [rest[i], rest[j]] = [rest[j] as "claim" | "proposal", rest[i] as "claim" | "proposal"];
    }
    return count > 0 ? ["proposal", ...rest] : [];
  }

  private nextId(prefix: string): string {
    this.ids += 1;
    return `${prefix}${this.ids}`;
  }

  private actor(): CruxJsonNode {
    const r = this.random;
    const roll = r.int(3);
    const [title, aliases] =
      roll === 0 ? [r.pick(STATES), [r.pick(CITIES)]]
      : roll === 1 ? [`${r.pick(CITIES)} ${r.pick(CAMPS)}`, []]
      : ((name: string[]) => [name.join(" "), [name[1] as string]])([r.pick(FIRST), r.pick(LAST)]);
    const node = this.node("actor", title, `${title}, a party to the debate.`);
    node.aliases = [title, ...aliases];
    return node;
  }

  private node(kind: CruxJsonNode["kind"], title: string, text: string): CruxJsonNode {
    const node: CruxJsonNode = { id: this.nextId(kind[0] as string), kind, title, text, aliases: [], tags: [], position: null, excerpts: [] };
    this.nodes.push(node);
    return node;
  }

  /** A claim or proposal stated in one generated sentence; `subject` is an actor's name, or null for a policy noun. */
  private argument(kind: "claim" | "proposal", subject: string | null): Argument {
    const r = this.random;
    subject ??= kind === "claim" ? r.pick(NOUNS) : r.pick(["the parties", "Washington and its partners", "the five powers"]);
    let object = r.pick(OBJECTS);
    if (object === subject) object = r.pick(OBJECTS.filter((o) => o !== subject));
    const sentence = kind === "claim"
      ? capitalise(`${subject} ${r.pick(VERBS)} ${object}${r.pick(TAILS)}.`)
      : capitalise(`${subject} should ${r.pick(ACTIONS)} ${object}${r.pick(TAILS)}.`);
    const node = this.node(kind, shorten(sentence), sentence);
    this.phrases.set(node.id, /^[a-z]/.test(subject) ? lowerFirst(node.title) : node.title);
    if (r.chance(0.1)) node.tags = [r.pick(["economy", "security", "diplomacy", "history"])];
    return { node, sentence, depth: 0, bridges: [] };
  }

  /** Adds the relation unless the same one already joins these two ends; maybe with strength, note and evidence. */
  private relate(from: Argument | CruxJsonNode, target: string, relation: RelationKind): CruxJsonRelation | null {
    const source = "node" in from ? from.node : from;
    const key = `${source.id}|${target}|${relation === "opposes" ? "endorses" : relation}`;
    if (source.id === target || this.triples.has(key)) return null;
    this.triples.add(key);
    const r = this.random;
    const argumentative = relation === "supports" || relation === "contradicts";
    const rel: CruxJsonRelation = {
      id: this.nextId("r"), source: source.id, target, relation, excerpts: [], group: null,
      strength: argumentative && r.chance(0.15) ? Math.round(r.next() * 9 + 1) / 10 : null,
      note: r.chance(0.05) ? "Implied by the structure of the paragraph." : "",
    };
    this.relations.push(rel);
    if ("node" in from && relation !== "concerns" && r.chance(0.25)) {
      from.bridges.push({ relation: rel, sentence: `${BRIDGES[relation] ?? "This bears on the view that"} ${this.phrases.get(target) ?? "the argument above"}.` });
    }
    return rel;
  }

  /** Two supports of one target sometimes form a linked premise (they only jointly support it). */
  private linkPremise(rel: CruxJsonRelation, lastSupport: Map<string, CruxJsonRelation>): void {
    if (rel.relation !== "supports") return;
    const previous = lastSupport.get(rel.target);
    if (previous && previous.group === null && this.random.chance(0.3)) previous.group = rel.group = `g${rel.id}`;
    lastSupport.set(rel.target, rel);
  }

  /** Mutual contradictions (even cycles), a three-way contradiction (odd cycle), support back edges and undercuts. */
  private addCycles(args: Argument[], size: number, supports: CruxJsonRelation[]): void {
    const r = this.random;
    if (args.length < 4) return;
    const some = () => r.pick(args);
    for (let i = 0; i < Math.round(size * 0.02); i += 1) {
      const [a, b] = [some(), some()];
      this.relate(a, b.node.id, "contradicts");
      this.relate(b, a.node.id, "contradicts");
    }
    if (size >= 30) {
      const [a, b, c] = [some(), some(), some()];
      this.relate(a, b.node.id, "contradicts");
      this.relate(b, c.node.id, "contradicts");
      this.relate(c, a.node.id, "contradicts");
    }
    for (let i = 0; i < Math.round(size * 0.04); i += 1) this.relate(some(), some().node.id, "supports");
    for (let i = 0; i < Math.max(size >= 50 ? 1 : 0, Math.round(size * 0.01)); i += 1) {
      const attacker = args.find((a, j) => j > 0 && a.node.kind === "claim" && r.chance(0.2)) ?? (args[1] as Argument);
      if (supports.length > 0) this.relate(attacker, r.pick(supports).id, "contradicts");
    }
  }

  private addActorRelations(args: Argument[], actors: CruxJsonNode[]): void {
    const r = this.random;
    const actorFor = () => (r.chance(0.3) && this.hubs.length > 0 ? r.pick(this.hubs) : r.pick(actors));
    for (const arg of args) {
      if (r.chance(0.75)) this.relate(arg, actorFor().id, "concerns");
      if (r.chance(0.2)) this.relate(arg, actorFor().id, "concerns");
      if (arg.node.kind === "proposal" && r.chance(0.62)) this.relate(r.pick(actors), arg.node.id, "proposes");
    }
    const stances = Math.round(args.length * 0.27);
    for (let i = 0; i < stances; i += 1) this.relate(r.pick(actors), r.pick(args).node.id, r.chance(0.86) ? "endorses" : "opposes");
  }

  /** The section's source document: every argument's sentence (and bridge sentences), in paragraphs, anchored. */
  private writeDocument(k: number, args: Argument[], actors: CruxJsonNode[]): void {
    const r = this.random;
    const id = `doc${k + 1}`;
    const author = actors.find((a) => a.aliases.length > 1 && !STATES.includes(a.title))?.title ?? "Staff writer";
    let text = `Response ${k + 1}: on ${r.pick(NOUNS)}\n\n${author}\n\n`;
    const anchors: { owner: Anchor[]; start: number; end: number }[] = [];
    const say = (sentence: string, owner: Anchor[] | null) => {
      if (owner) anchors.push({ owner, start: text.length, end: text.length + sentence.length });
      text += `${sentence} `;
    };
    args.forEach((arg, i) => {
      if (r.chance(0.15)) say(r.pick(FILLERS), null);
      say(arg.sentence, arg.node.excerpts);
      for (const bridge of arg.bridges) say(bridge.sentence, bridge.relation.excerpts);
      if (i % 5 === 4) text = `${text.trimEnd()}\n\n`;
    });
    text = `${text.trimEnd()}\n`;
    for (const actor of actors) {
      const at = r.chance(0.2) ? text.indexOf(actor.title) : -1;
      if (at >= 0) anchors.push({ owner: actor.excerpts, start: at, end: at + actor.title.length });
    }
    for (const a of anchors) a.owner.push({ documentId: id, ...anchorAt(text, a.start, a.end) });
    this.documents.push({
      id, title: `Response ${k + 1}`, authors: [author], venue: "Synthetic Review", date: `2009-${String((k % 12) + 1).padStart(2, "0")}-01`,
      url: "", citation: "", text,
    });
  }
}

const BRIDGES: Partial<Record<RelationKind, string>> = {
  supports: "This is one reason to think that",
  contradicts: "This sits uneasily with the view that",
  qualifies: "That limits the claim that",
  part_of: "This would be one step towards the aim that",
  endorses: "Its backers hold that",
  opposes: "Its critics reject the view that",
  proposes: "Hence the proposal that",
};

/** A layered layout: sections on a grid, each argument in a band below what it answers, actors in rows beneath. */
function placeSection(k: number, columns: number, args: Argument[], actors: CruxJsonNode[]): void {
  const perRow = 16;
  const origin = { x: (k % columns) * 3600, y: Math.floor(k / columns) * 3600 };
  const bands = new Map<number, Argument[]>();
  for (const arg of args) bands.set(Math.min(arg.depth, 12), [...(bands.get(Math.min(arg.depth, 12)) ?? []), arg]);
  let y = origin.y;
  for (const depth of [...bands.keys()].sort((a, b) => a - b)) {
    const band = bands.get(depth) as Argument[];
    band.forEach((arg, slot) => (arg.node.position = { x: origin.x + (slot % perRow) * 200, y: y + Math.floor(slot / perRow) * 100 }));
    y += Math.ceil(band.length / perRow) * 100 + 60;
  }
  actors.forEach((actor, i) => (actor.position = { x: origin.x + (i % perRow) * 200, y: y + 60 + Math.floor(i / perRow) * 80 }));
}

function shorten(sentence: string, max = 72): string {
  const body = sentence.replace(/\.$/, "");
  if (body.length <= max) return body;
  const cut = body.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).trim()}…`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
