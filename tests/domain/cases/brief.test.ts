import type { Contention } from "../../../server/contract/case";
import {
  analyseForCases,
  assembleBrief,
  briefFile,
  citationOf,
  draftContentions,
  escapeMarkdown,
  fileStem,
  findWeakPoints,
  indexMap,
  renderBriefHtml,
  renderBriefKialo,
  renderBriefMarkdown,
  type Brief,
} from "../../../server/domain/cases";
import { DEBATE, debateMap } from "./debate-fixture";
import { buildMap } from "./map-builder";

const { graph, documents } = debateMap();
const index = indexMap(graph);
const analysis = analyseForCases(graph);

function briefOf(side: "for" | "against", edit: (c: Contention[]) => Contention[] = (c) => c): Brief {
  const contentions = edit(draftContentions(graph, { targetId: "T", side }, analysis).map((c, i) => ({ ...c, id: `k${i}` })));
  const stored = { title: "Trilateral talks", side, targetId: "T", notes: "Lead with Russia.", contentions };
  return assembleBrief(stored, index, documents, { date: "2026-03-14", weakPoints: findWeakPoints(stored, index, analysis) });
}

describe("the printable brief", () => {
  test("HTML: a title page with the resolution, side and date, every quote verbatim in <mark> with its full citation", () => {
    const html = renderBriefHtml(briefOf("for"));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1 class="resolution">Trilateral mechanism</h1>');
    expect(html).toContain("For (affirmative)");
    expect(html).toContain('<time datetime="2026-03-14">14 March 2026</time>');
    for (const id of ["a#0", "rA#0", "b#0", "b1#0", "b2#0"]) {
      const quote = index.excerpt(id)!.quote;
      expect(html).toContain(`<mark>${quote}</mark>`);
    }
    expect(html).toContain("Georgy Toloraya, “A Russian Perspective”, The Asia-Pacific Journal, 9 February 2009. https://apjjf.org/toloraya");
    expect(html).toContain("Caveat: Unless Pyongyang objects.");
    expect(html).toContain("Caveat: Only while Moscow's interests are heard.");
  });

  test("HTML: the blocks pair each objection with its answers, each carded with its quotes, and say when there is none", () => {
    const html = renderBriefHtml(briefOf("for"));
    const blocks = html.slice(html.indexOf('<section class="blocks">'));
    expect(blocks).toMatch(/<p class="objection"><strong>Moscow fears US presence<\/strong>.*<li><strong>The fears are overblown<\/strong>/);
    expect(blocks).toContain('<p class="objection"><strong>It is not cheap</strong>: It is not cheap.</p><p class="no-answer">No answer in the map yet.</p>');
    for (const id of ["o1#0", "ans1#0", "o2#0"]) expect(blocks).toContain(`<mark>${index.excerpt(id)!.quote}</mark>`);
  });

  test("HTML: print-ready and self-contained: @media print, page breaks, no script or external asset", () => {
    const html = renderBriefHtml(briefOf("for"));
    expect(html).toContain("@media print");
    expect(html).toMatch(/break-after: page/);
    expect(html).toMatch(/break-inside: avoid/);
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  test("HTML: map text is escaped, so a node titled <script> cannot run", () => {
    const spec = { ...DEBATE, nodes: { ...DEBATE.nodes, a: 'claim: <script>alert("x")</script>', T: "proposal: Fish & <b>chips</b>" } };
    const { graph: g, documents: docs } = buildMap(spec);
    const i = indexMap(g);
    const contentions = draftContentions(g, { targetId: "T", side: "for" }, { labels: {} }).map((c, n) => ({ ...c, id: `k${n}`, notes: "<img src=x onerror=alert(1)>" }));
    const html = renderBriefHtml(assembleBrief({ title: "<i>t</i>", side: "for", targetId: "T", notes: "", contentions }, i, docs, { date: "2026-03-14", weakPoints: [] }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>chips");
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(html).toContain("Fish &amp; &lt;b&gt;chips&lt;/b&gt;");
  });

  test("Markdown: the same sections, quotes in bold with citations, map text escaped", () => {
    const markdown = renderBriefMarkdown(briefOf("for"));
    expect(markdown.split("\n").slice(0, 7)).toEqual([
      "# Trilateral mechanism",
      "",
      "Trilateral mechanism.",
      "",
      "**Case:** Trilateral talks  ",
      "**Side:** For (affirmative)  ",
      "**Date:** 14 March 2026",
    ]);
    expect(markdown).toContain("## 1. It lowers crisis risk");
    expect(markdown).toContain("**Russia would strongly support such a policy**");
    expect(markdown).toContain("> — Georgy Toloraya, “A Russian Perspective”, The Asia-Pacific Journal, 9 February 2009. https://apjjf.org/toloraya");
    expect(markdown).toContain("## Blocks");
    expect(markdown).toContain(
      [
        "- **Objection:** **Moscow fears US presence**: Moscow fears US presence.",
        "  > “**some in Moscow fear a US military presence near its borders**” — Georgy Toloraya, “A Russian Perspective”, The Asia-Pacific Journal, 9 February 2009. https://apjjf.org/toloraya",
        "  - **Answer:** **The fears are overblown**: The fears are overblown.",
        "    > “**Such fears are overblown**” — Georgy Toloraya, “A Russian Perspective”, The Asia-Pacific Journal, 9 February 2009. https://apjjf.org/toloraya",
      ].join("\n"),
    );
    expect(escapeMarkdown("<script>*x*</script>")).toBe("\\<script\\>\\*x\\*\\</script\\>");
  });

  test("Kialo: a numbered pro/con outline, contentions as Pro for and Con against", () => {
    expect(renderBriefKialo(briefOf("for"))).toBe(
      [
        "Discussion Title: Trilateral talks",
        "",
        "1. Trilateral mechanism.",
        "1.1. Pro: It lowers crisis risk.",
        "1.1.1. Pro: Shared early warning.",
        "1.1.2. Pro: Diplomats already meet.",
        "1.1.3. Con: Talks among rivals fail.",
        "1.2. Pro: Russia would support it. [Caveat: Only while Moscow's interests are heard.]",
        "1.2.1. Con: Moscow fears US presence.",
        "1.2.1.1. Con: The fears are overblown.",
        "1.3. Pro: It is cheap.",
        "1.3.1. Con: It is not cheap.",
        "",
      ].join("\n"),
    );
    expect(renderBriefKialo(briefOf("against")).split("\n").slice(3, 6)).toEqual([
      "1.1. Con: Rivals cannot agree.",
      "1.1.1. Con: Rivals can agree.",
      "1.2. Con: Beijing would stall.",
    ]);
  });

  test("follows the case, not the draft: reordered, removed and annotated contentions print as edited", () => {
    const brief = briefOf("for", (c) => [{ ...c[1]!, tag: "Moscow is on board", notes: "Cite the date." }, c[0]!]);
    expect(brief.contentions.map((c) => [c.number, c.tag])).toEqual([[1, "Moscow is on board"], [2, "It lowers crisis risk"]]);
    expect(renderBriefHtml(brief)).toContain("Cite the date.");
  });

  test("file names and media types per format", () => {
    const brief = briefOf("against");
    expect(briefFile(brief, "html")).toMatchObject({ fileName: "trilateral-talks-against.html", mediaType: "text/html; charset=utf-8" });
    expect(briefFile(brief, "markdown")).toMatchObject({ fileName: "trilateral-talks-against.md", mediaType: "text/markdown; charset=utf-8" });
    expect(briefFile(brief, "kialo")).toMatchObject({ fileName: "trilateral-talks-against.kialo.txt", mediaType: "text/plain; charset=utf-8" });
    expect(fileStem("Ürgent: \"quotes\" / slashes")).toBe("urgent-quotes-slashes");
    expect(fileStem("<<>>")).toBe("case");
  });

  test("a citation leaves out what the document does not say", () => {
    expect(citationOf({ id: "x", title: "Untitled note", authors: [], venue: "", date: "2009", url: "" })).toBe("“Untitled note”, 2009.");
  });
});
