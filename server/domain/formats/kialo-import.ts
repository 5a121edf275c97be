import type { ImportOptions, ImportResult } from "./format-types";
import { assertWithinCount, assertWithinSize, resolveLimits } from "./import-limits";
import { MapBuilder } from "./map-builder";
import { ProblemList } from "./problems";

const WHAT = "This Kialo file";
const TITLE_LINE = /^Discussion Title:\s*(.*)$/i;
const ENTRY_LINE = /^(\d+(?:\.\d+)*)\.\s+(?:(Pro|Con):\s*)?(.*)$/i;
const LINK_TEXT = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;

interface Entry {
  number: string;
  stance: "pro" | "con" | null;
  text: string;
  line: number;
  link: string | null;
}

/** Splits the outline into entries; lines that are not numbered continue the claim above them. */
function readEntries(text: string, problems: ProblemList): { title?: string; entries: Entry[] } {
  const entries: Entry[] = [];
  let title: string | undefined;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    const titleMatch = TITLE_LINE.exec(line);
    const entryMatch = ENTRY_LINE.exec(line);
    if (!line) return;
    if (titleMatch && entries.length === 0 && title === undefined) title = titleMatch[1]!.trim();
    else if (entryMatch) {
      const link = LINK_TEXT.exec(entryMatch[3]!.trim());
      const stance = (entryMatch[2]?.toLowerCase() ?? null) as Entry["stance"];
      entries.push({ number: entryMatch[1]!, stance, text: entryMatch[3]!.trim(), line: i + 1, link: link ? link[1]! : null });
    } else if (entries.length > 0) entries[entries.length - 1]!.text += `\n${line}`;
    else problems.add(`line ${i + 1}`, 'expected "Discussion Title: …" or a numbered claim such as "1. Thesis"');
  });
  return { title, entries };
}

const parentOf = (number: string): string | null => (number.includes(".") ? number.slice(0, number.lastIndexOf(".")) : null);

/** Checks numbering, parents and links, listing every problem with its line. */
function checkEntries(entries: Entry[], problems: ProblemList): Map<string, Entry> {
  const byNumber = new Map<string, Entry>();
  for (const entry of entries) {
    const parent = parentOf(entry.number);
    if (byNumber.has(entry.number)) problems.add(`line ${entry.line}`, `${entry.number}. appears twice`);
    else byNumber.set(entry.number, entry);
    if (parent !== null && !byNumber.has(parent)) problems.add(`line ${entry.line}`, `${entry.number}. has no parent ${parent}. above it`);
    else if (parent !== null && byNumber.get(parent)!.link) problems.add(`line ${entry.line}`, `${entry.number}. is under a link; answer the linked claim instead`);
    if (parent === null && entry.link) problems.add(`line ${entry.line}`, "a thesis cannot be a link");
  }
  for (const entry of entries) {
    if (entry.link && (!byNumber.has(entry.link) || byNumber.get(entry.link)!.link)) problems.add(`line ${entry.line}`, `the link points at ${entry.link}., which is not a claim of this discussion`);
  }
  return byNumber;
}

/**
 * `kialo` import of Kialo's text export: each numbered claim becomes a claim (its title the start of its text),
 * Pro → supports its parent, Con → contradicts it, `-> See 1.1.` links → the linked claim supports or contradicts
 * the parent. A thesis whose text is the discussion title and whose children have no stance is the question of a
 * multi-thesis discussion: it names the map instead of becoming a claim. Numbering problems refuse the file.
 */
export function importKialo(text: string, options: ImportOptions = {}): ImportResult {
  const limits = resolveLimits(options);
  assertWithinSize(text, limits, WHAT);
  const problems = new ProblemList();
  const { title, entries } = readEntries(text.replace(/^\ufeff/, ""), problems);
  assertWithinCount(entries.length, limits, WHAT, "claims");
  if (entries.length === 0) problems.add("", "the file holds no numbered claims");
  const byNumber = checkEntries(entries, problems);
  problems.throwIfAny(WHAT);
  const root = byNumber.get("1");
  const rootChildren = entries.filter((e) => parentOf(e.number) === "1");
  const question = root && title !== undefined && root.text === title && rootChildren.length > 0 && rootChildren.every((e) => e.stance === null);
  const builder = new MapBuilder(WHAT, options);
  const ids = new Map<string, string>();
  for (const entry of entries) {
    if (entry.link || (question && entry === root)) continue;
    ids.set(entry.number, builder.addNode({ kind: "claim", text: entry.text }));
  }
  for (const entry of entries) {
    const parent = parentOf(entry.number);
    if (parent === null || (question && parent === "1")) continue;
    if (entry.stance === null) {
      builder.warnings.add("Claims without Pro or Con were imported without a relation to their parent");
      continue;
    }
    const source = ids.get(entry.link ?? entry.number)!;
    builder.addRelation({ source, target: ids.get(parent)!, relation: entry.stance === "pro" ? "supports" : "contradicts" });
  }
  return builder.build({ title: title || (question ? root.text : undefined) || "Imported Kialo discussion" }, options);
}
