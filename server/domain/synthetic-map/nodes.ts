import type { CruxJsonNode } from "../../contract/crux-json";
import { ACTIONS, CAMPS, CITIES, FIRST, LAST, NOUNS, OBJECTS, STATES, TAILS, VERBS } from "../synthetic-words";
import { nextId, type Argument, type Draft } from "./draft";

type ArgumentKind = "claim" | "proposal";

/** A node with no aliases, tags, position or excerpts yet, added to the map. */
function addNode(draft: Draft, kind: CruxJsonNode["kind"], title: string, text: string): CruxJsonNode {
  const node: CruxJsonNode = { id: nextId(draft, kind[0] as string), kind, title, text, aliases: [], tags: [], position: null, excerpts: [] };
  draft.nodes.push(node);
  return node;
}

/** An actor: a state, a camp in a city, or a person (aliased by their surname). */
export function addActor(draft: Draft): CruxJsonNode {
  const r = draft.random;
  const roll = r.int(3);
  const [title, aliases] =
    roll === 0 ? [r.pick(STATES), [r.pick(CITIES)]]
    : roll === 1 ? [`${r.pick(CITIES)} ${r.pick(CAMPS)}`, []]
    : ((name: string[]) => [name.join(" "), [name[1] as string]])([r.pick(FIRST), r.pick(LAST)]);
  const node = addNode(draft, "actor", title, `${title}, a party to the debate.`);
  node.aliases = [title, ...aliases];
  return node;
}

/** A claim or proposal stated in one generated sentence; `subject` is an actor's name, or null for a policy noun. */
export function addArgument(draft: Draft, kind: ArgumentKind, subject: string | null): Argument {
  const r = draft.random;
  subject ??= kind === "claim" ? r.pick(NOUNS) : r.pick(["the parties", "Washington and its partners", "the five powers"]);
  let object = r.pick(OBJECTS);
  if (object === subject) object = r.pick(OBJECTS.filter((o) => o !== subject));
  const sentence = kind === "claim"
    ? capitalise(`${subject} ${r.pick(VERBS)} ${object}${r.pick(TAILS)}.`)
    : capitalise(`${subject} should ${r.pick(ACTIONS)} ${object}${r.pick(TAILS)}.`);
  const node = addNode(draft, kind, shorten(sentence), sentence);
  draft.phrases.set(node.id, /^[a-z]/.test(subject) ? lowerFirst(node.title) : node.title);
  if (r.chance(0.1)) node.tags = [r.pick(["economy", "security", "diplomacy", "history"])];
  return { node, sentence, depth: 0, bridges: [] };
}

/** The kinds of a section's `count` arguments: the thesis is a proposal; the other proposals and the claims are shuffled. */
export function argumentKinds(draft: Draft, count: number, proposals: number): ArgumentKind[] {
  const rest: ArgumentKind[] = Array.from({ length: Math.max(0, count - 1) }, (_, i) => (i < proposals - 1 ? "proposal" : "claim"));
  for (let i = rest.length - 1; i > 0; i -= 1) {
    const j = draft.random.int(i + 1);
    [rest[i], rest[j]] = [rest[j] as ArgumentKind, rest[i] as ArgumentKind];
  }
  return count > 0 ? ["proposal", ...rest] : [];
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
