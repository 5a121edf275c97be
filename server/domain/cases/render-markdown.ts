import { citationOf, formatDate, SIDE_LABELS, type Brief, type BriefContention, type BriefPoint, type BriefQuote } from "./brief-model";

/**
 * Escapes map text for CommonMark: backslash before the characters that start emphasis, links, code, tables or
 * raw HTML, and `&` where it would start an entity, so a node titled `<script>` or `*bold*` prints as typed. Line breaks become
 * spaces so a text cannot start a heading or a list.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, "&amp;");
}

const md = escapeMarkdown;

/** The brief in Markdown: the same sections as the HTML brief; quoted words in bold inside their context. */
export function renderBriefMarkdown(brief: Brief): string {
  const lines: string[] = [
    `# ${md(brief.resolution.title)}`,
    "",
    ...(brief.resolution.text !== brief.resolution.title ? [md(brief.resolution.text), ""] : []),
    `**Case:** ${md(brief.title)}  `,
    `**Side:** ${SIDE_LABELS[brief.side]}  `,
    `**Date:** ${md(formatDate(brief.date))}`,
    "",
    ...brief.caveats.map((c) => `> **Caveat:** ${md(c.text)}\n`),
    ...(brief.notes ? [notes(brief.notes), ""] : []),
  ];
  for (const contention of brief.contentions) lines.push(...contentionLines(contention));
  const withBlocks = brief.contentions.filter((c) => c.blocks.length > 0);
  if (withBlocks.length > 0) {
    lines.push("## Blocks", "");
    for (const c of withBlocks) {
      lines.push(`### ${c.number}. ${md(c.tag)}`, "");
      for (const b of c.blocks) {
        lines.push(`- **Objection:** ${point(b.objection)}`, ...b.objection.quotes.map((q) => `  > ${inlineCard(q)}`));
        if (b.answers.length === 0) lines.push("  - *No answer in the map yet.*");
        for (const answer of b.answers) lines.push(`  - **Answer:** ${point(answer)}`, ...answer.quotes.map((q) => `    > ${inlineCard(q)}`));
        if (b.notes) lines.push(`  - *Notes:* ${md(b.notes)}`);
      }
      lines.push("");
    }
  }
  if (brief.weakPoints.length > 0) {
    lines.push("## Weak points to prepare", "", ...brief.weakPoints.map((w) => `- ${md(w.message)}`), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function contentionLines(c: BriefContention): string[] {
  const lines = [`## ${c.number}. ${md(c.tag)}`, "", `*${md(c.claim.text)}*`, ""];
  for (const caveat of c.caveats) lines.push(`> **Caveat:** ${md(caveat.text)}`, "");
  if (c.quotes.length === 0) lines.push("*No quoted evidence.*", "");
  for (const q of c.quotes) lines.push(...card(q));
  if (c.backing.length > 0) lines.push("**Backing:**", "", ...c.backing.map((b) => `- ${point(b)}`), "");
  if (c.notes) lines.push(notes(c.notes), "");
  return lines;
}

function card(q: BriefQuote): string[] {
  const before = `${q.cutBefore ? "…" : ""}${md(q.prefix)}`;
  const after = `${md(q.suffix)}${q.cutAfter ? "…" : ""}`;
  const cite = q.document ? md(citationOf(q.document)) : "Source document no longer in the map.";
  return [`> ${before}**${md(q.quote).trim()}**${after}`, ">", `> — ${cite}`, ""];
}

/** A quote on one line, quoted inside a list item: the quoted words in bold, then the citation. */
function inlineCard(q: BriefQuote): string {
  const cite = q.document ? md(citationOf(q.document)) : "Source document no longer in the map.";
  return `“**${md(q.quote).trim()}**” — ${cite}`;
}

function point(p: BriefPoint): string {
  return p.text === p.title ? `**${md(p.title)}**` : `**${md(p.title)}**: ${md(p.text)}`;
}

function notes(text: string): string {
  return `*Notes:* ${md(text)}`;
}
