import type { GraphNode } from "../../server/contract/node";

/** One search result: the node, its score and the field that matched best. */
export interface SearchHit {
  node: GraphNode;
  score: number;
  field: "title" | "alias" | "text";
}

interface Entry {
  node: GraphNode;
  title: string;
  aliases: string[];
  text: string;
}

/** Normalised search fields, built once per graph so typing stays fast on maps of thousands of nodes. */
export interface SearchIndex {
  entries: Entry[];
}

/** Lower case, accents removed, punctuation as spaces: "Nunn-Lugar" and "nunn lugar" are the same words. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildSearchIndex(nodes: GraphNode[]): SearchIndex {
  return {
    entries: nodes.map((node) => ({
      node,
      title: normaliseForSearch(node.title),
      aliases: node.aliases.map(normaliseForSearch),
      text: normaliseForSearch(node.text),
    })),
  };
}

const startsWord = (haystack: string, needle: string) => haystack.startsWith(needle) || haystack.includes(` ${needle}`);

/** How well one field matches: whole field, its start, a word start, anywhere, or every word somewhere. */
function fieldScore(field: string, phrase: string, tokens: string[]): number {
  if (!field) return 0;
  if (field === phrase) return 100;
  if (field.startsWith(phrase)) return 80;
  if (startsWord(field, phrase)) return 60;
  if (field.includes(phrase)) return 40;
  if (tokens.every((t) => startsWord(field, t))) return 30;
  if (tokens.every((t) => field.includes(t))) return 20;
  return 0;
}

/**
 * Ranks nodes for a query: title matches first, then actor aliases, then full text; within a tier, a match of
 * the whole title beats its start, which beats a word start, which beats a substring. Ties go to proposals, then to
 * shorter titles. Every word of the query must occur in one field.
 *
 * Example: "nunn lugar" finds "Dismantle North Korea's nuclear infrastructure, Nunn-Lugar style" (word start in title).
 */
export function searchNodes(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const phrase = normaliseForSearch(query);
  if (!phrase) return [];
  const tokens = phrase.split(" ");
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    const title = fieldScore(entry.title, phrase, tokens) * 10;
    const alias = Math.max(0, ...entry.aliases.map((a) => fieldScore(a, phrase, tokens))) * 9;
    const text = fieldScore(entry.text, phrase, tokens) * 2;
    const score = Math.max(title, alias, text);
    if (score === 0) continue;
    const field = score === title ? "title" : score === alias ? "alias" : "text";
    hits.push({ node: entry.node, score: score + kindBonus(entry.node), field });
  }
  hits.sort((a, b) => b.score - a.score || a.node.title.length - b.node.title.length || a.node.title.localeCompare(b.node.title));
  return hits.slice(0, limit);
}

const kindBonus = (node: GraphNode) => (node.kind === "proposal" ? 2 : node.kind === "actor" ? 1 : 0);
