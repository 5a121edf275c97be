import type { CruxJsonNode } from "../../contract/crux-json";
import type { Anchor } from "../../contract/excerpt";
import { anchorAt } from "../anchoring";
import { FILLERS, NOUNS, STATES } from "../synthetic-words";
import type { Argument, Draft } from "./draft";

/**
 * Section `k`'s source document: every argument's sentence and its bridge sentences, in paragraphs of five
 * arguments, with a filler now and then. Each claim, proposal and bridged relation gets an excerpt at its sentence;
 * some actors one at the first mention of their name.
 */
export function writeDocument(draft: Draft, k: number, args: Argument[], actors: CruxJsonNode[]): void {
  const r = draft.random;
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
  draft.documents.push({
    id, title: `Response ${k + 1}`, authors: [author], venue: "Synthetic Review", date: `2009-${String((k % 12) + 1).padStart(2, "0")}-01`,
    url: "", citation: "", text,
  });
}
