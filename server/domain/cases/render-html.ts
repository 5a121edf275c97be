import { citationOf, formatDate, SIDE_LABELS, type Brief, type BriefBlock, type BriefContention, type BriefPoint, type BriefQuote } from "./brief-model";

/**
 * Escapes text for HTML element content: every map text goes through it. Quotation marks need no escaping there,
 * so a quote such as `an "eastern flank of NATO"` prints verbatim.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

const e = escapeHtml;

/** Print styles: A4/Letter margins, the title page and the blocks on pages of their own, cards never split. */
const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
.title-page { min-height: 80vh; display: flex; flex-direction: column; justify-content: center; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 9pt; color: #555; }
.resolution { font-size: 22pt; margin: .3rem 0 1rem; }
.side strong { font-size: 14pt; }
.contention { border-top: 2px solid #111; padding-top: .6rem; margin-top: 1.6rem; }
.tag { font-size: 14pt; margin: 0 0 .3rem; }
.claim { font-style: italic; }
.card { margin: .8rem 0; padding: .4rem .8rem; border-left: 4px solid #0072b2; background: #f6f8fa; break-inside: avoid; page-break-inside: avoid; }
.card .context { color: #555; }
mark { background: #ffe680; color: #000; font-weight: bold; padding: 0 .1em; }
.cite { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 9pt; margin: .3rem 0 0; }
.caveat { border-left: 4px solid #e69f00; padding-left: .6rem; }
.block { margin: .6rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
.objection::before { content: "Objection: "; font-weight: bold; }
.answers li::marker { font-weight: bold; }
.no-answer, .weak { color: #a33; }
.notes { border: 1px dashed #999; padding: .3rem .6rem; white-space: pre-wrap; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  @page { margin: 2cm; }
  .title-page { min-height: 0; height: 90vh; break-after: page; page-break-after: always; }
  .blocks, .weak-points { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .card { background: none; }
  mark { background: #ddd; }
  a { color: inherit; text-decoration: none; }
}`;

/**
 * The brief as one self-contained, print-ready HTML page (no scripts, no external assets): a title page, the
 * contentions with their evidence cards (quote in context, the quoted words in `<mark>`, full citation), the blocks
 * (objection → answers), and the weak points. All map text is escaped.
 */
export function renderBriefHtml(brief: Brief): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(brief.title)}</title><style>${CSS}</style></head>`,
    "<body>",
    titlePage(brief),
    `<main class="contentions">${brief.contentions.map(contention).join("\n")}</main>`,
    blocksSection(brief.contentions),
    weakPointsSection(brief),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function titlePage(brief: Brief): string {
  const toc = brief.contentions.map((c) => `<li><a href="#contention-${c.number}">${e(c.tag)}</a></li>`).join("");
  return `<section class="title-page">
<p class="kicker">Debate brief · ${e(brief.title)}</p>
<h1 class="resolution">${e(brief.resolution.title)}</h1>
${brief.resolution.text !== brief.resolution.title ? `<p class="resolution-text">${e(brief.resolution.text)}</p>` : ""}
<p class="side">Side: <strong>${e(SIDE_LABELS[brief.side])}</strong></p>
<p class="date"><time datetime="${escapeAttribute(brief.date)}">${e(formatDate(brief.date))}</time></p>
${brief.caveats.map((c) => `<p class="caveat">Caveat: ${e(c.text)}</p>`).join("\n")}
${brief.notes ? `<div class="notes">${e(brief.notes)}</div>` : ""}
${toc ? `<ol class="toc">${toc}</ol>` : '<p class="weak">No contentions yet.</p>'}
</section>`;
}

function contention(c: BriefContention): string {
  return `<article class="contention" id="contention-${c.number}">
<h2 class="tag">${c.number}. ${e(c.tag)}</h2>
<p class="claim">${e(c.claim.text)}</p>
${c.caveats.map((caveat) => `<p class="caveat">Caveat: ${e(caveat.text)}</p>`).join("\n")}
${c.quotes.length ? c.quotes.map(card).join("\n") : '<p class="weak">No quoted evidence.</p>'}
${c.backing.length ? `<h3>Backing</h3><ul class="backing">${c.backing.map((b) => `<li>${point(b)}</li>`).join("")}</ul>` : ""}
${c.notes ? `<div class="notes">${e(c.notes)}</div>` : ""}
</article>`;
}

function card(q: BriefQuote): string {
  const cite = q.document ? e(citationOf(q.document)) : "Source document no longer in the map.";
  const before = q.prefix || q.cutBefore ? `<span class="context">${q.cutBefore ? "…" : ""}${e(q.prefix)}</span>` : "";
  const after = q.suffix || q.cutAfter ? `<span class="context">${e(q.suffix)}${q.cutAfter ? "…" : ""}</span>` : "";
  return `<blockquote class="card"><p>${before}<mark>${e(q.quote)}</mark>${after}</p><p class="cite">${cite}</p></blockquote>`;
}

function point(p: BriefPoint): string {
  return p.text === p.title ? `<strong>${e(p.title)}</strong>` : `<strong>${e(p.title)}</strong>: ${e(p.text)}`;
}

function blocksSection(contentions: readonly BriefContention[]): string {
  const withBlocks = contentions.filter((c) => c.blocks.length > 0);
  if (withBlocks.length === 0) return "";
  const body = withBlocks.map((c) => `<h3>${c.number}. ${e(c.tag)}</h3>\n${c.blocks.map(block).join("\n")}`).join("\n");
  return `<section class="blocks"><h2>Blocks</h2>\n${body}\n</section>`;
}

function block(b: BriefBlock): string {
  const answers = b.answers.length
    ? `<ol class="answers">${b.answers.map((a) => `<li>${point(a)}${a.quotes.map(card).join("")}</li>`).join("")}</ol>`
    : '<p class="no-answer">No answer in the map yet.</p>';
  const objection = `<p class="objection">${point(b.objection)}</p>${b.objection.quotes.map(card).join("")}`;
  return `<div class="block">${objection}${answers}${b.notes ? `<div class="notes">${e(b.notes)}</div>` : ""}</div>`;
}

function weakPointsSection(brief: Brief): string {
  if (brief.weakPoints.length === 0) return "";
  return `<section class="weak-points"><h2>Weak points to prepare</h2><ul>${brief.weakPoints.map((w) => `<li class="weak">${e(w.message)}</li>`).join("")}</ul></section>`;
}
