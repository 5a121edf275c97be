import { anchorAt } from "../../../server/domain/anchoring";
import { assembleBrief, indexMap, prefixFromWordStart, quoteInContext, renderBriefHtml, renderBriefMarkdown, suffixToWordEnd, type CaseGraph } from "../../../server/domain/cases";

const TOLORAYA =
  "Georgy Toloraya argues that the approach suggested by John Delury takes into account the (to put it mildly) " +
  "ambiguity of Russia's position towards North Korea. I agree that the Obama Administration should engage, " +
  "reduce military tensions, and bring North Korea back into the six-party talks.";

/** An excerpt of `text` the way the API stores it (anchoring.ts): the quote, 32 characters each side, its offsets. */
function excerptOf(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { ...anchorAt(text, start, start + quote.length), documentLength: text.length };
}

function inContext(text: string, quote: string, from = 0) {
  const excerpt = excerptOf(text, quote, from);
  return quoteInContext(excerpt, excerpt);
}

/** Half a surrogate pair with no other half beside it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

describe("a quote's context in the brief", () => {
  test("is cut back to whole words at both outer ends, and marked as cut there", () => {
    const excerpt = excerptOf(TOLORAYA, "I agree that the Obama Administration should engage");
    expect(excerpt.prefix).toBe("ssia's position towards North Korea. ".slice(-32));
    expect(quoteInContext(excerpt, excerpt)).toEqual({
      prefix: "position towards North Korea. ",
      quote: "I agree that the Obama Administration should engage",
      suffix: ", reduce military tensions, and",
      cutBefore: true,
      cutAfter: true,
    });
  });

  test("keeps the words where the cut already falls between them, and never touches the ends that meet the quote", () => {
    // The prefix starts with a space; the suffix ends with one: both cuts are between words already.
    const text = "one two three four five six seven eight nine ten QUOTE ten nine eight seven six five four three two one";
    const { prefix, suffix } = inContext(text, "QUOTE");
    expect(prefix).toBe("four five six seven eight nine ten ".slice(-31).trimStart());
    expect(suffix).toBe(" ten nine eight seven six five");
    // A quote that starts or ends inside a word keeps its neighbours' letters: they are part of the reading.
    const inside = inContext(TOLORAYA, "ambig");
    expect(inside.prefix.endsWith("mildly) ")).toBe(true);
    expect(inside.suffix.startsWith("uity of Russia's")).toBe(true);
  });

  test("drops the punctuation that ended a cut word, and a bracket or dash left hanging at the end", () => {
    expect(prefixFromWordStart(", reduce military tensions, and ")).toBe("reduce military tensions, and ");
    expect(prefixFromWordStart("ations. “Eastern flank” of NATO ")).toBe("“Eastern flank” of NATO ");
    expect(prefixFromWordStart("(to put it mildly) ambiguity of ")).toBe("(to put it mildly) ambiguity of ");
    expect(prefixFromWordStart("-Lugar-style dismantling of the ")).toBe("dismantling of the ");
    expect(suffixToWordEnd(" and takes into account the (t")).toBe(" and takes into account the");
    expect(suffixToWordEnd(" and bring it back — into the si")).toBe(" and bring it back — into the");
    expect(suffixToWordEnd(" as it fully corresponds with it.")).toBe(" as it fully corresponds with it.");
    expect(suffixToWordEnd(" such a policy, as it fully corr")).toBe(" such a policy, as it fully");
    expect(suffixToWordEnd(" strongly support such a policy,")).toBe(" strongly support such a policy");
  });

  test("keeps a context whole, with no ellipsis, where it reaches the start or the end of the document", () => {
    const text = "Russia would strongly support such a policy, as it fully corresponds with its interests.";
    const first = inContext(text, "would strongly support");
    expect(first).toMatchObject({ prefix: "Russia ", cutBefore: false, cutAfter: true, suffix: " such a policy, as it fully" });
    const last = inContext(text, "corresponds");
    expect(last).toMatchObject({ cutBefore: true, suffix: " with its interests.", cutAfter: false });
    expect(inContext(text, "Russia")).toMatchObject({ prefix: "", cutBefore: false });
  });

  test("without offsets, a context shorter than an anchor keeps is taken to reach the document's edge", () => {
    const stored = { prefix: "Moscow ", quote: "would support", suffix: " such a policy as it fully corr" };
    expect(quoteInContext(stored, {})).toEqual({ prefix: "Moscow ", quote: "would support", suffix: " such a policy as it fully", cutBefore: false, cutAfter: true });
  });

  test("never splits a surrogate pair: not when cutting, not in stored context, not between context and quote", () => {
    const text = `${"😀 ".repeat(20)}Pyongyang 🚀🚀 said no 🚀🚀 to the talks ${"🎉 ".repeat(20)}`;
    const found = inContext(text, "said no");
    for (const part of [found.prefix, found.quote, found.suffix]) expect(part).not.toMatch(LONE_SURROGATE);
    expect(found.prefix).toMatch(/Pyongyang 🚀🚀 $/);
    // Context stored by another tool, cut between the halves of an emoji at its outer ends.
    const stored = { prefix: "\uDE00 and the rocket ", quote: "flew", suffix: " away \uD83D" };
    expect(quoteInContext(stored, {})).toMatchObject({ prefix: "and the rocket ", suffix: " away" });
    // An anchor made inside an emoji: its first half is in the prefix, its second begins the quote.
    const split = { prefix: "the launch of a \uD83D", quote: "\uDE80 failed", suffix: " again" };
    expect(quoteInContext(split, { start: 16, end: 24, documentLength: 30 })).toMatchObject({ prefix: "the launch of a ", quote: "🚀 failed", cutBefore: false });
  });

  test("in a script written without spaces, drops one word rather than the whole context", () => {
    const text = "中国外交部发言人表示，我们在北京召开了关于朝鲜半岛问题的会议，各方同意继续六方会谈并加强合作以维护地区和平稳定。";
    const { prefix, suffix } = inContext(text, "各方同意");
    expect(prefix.length).toBeGreaterThan(10);
    expect(text.includes(prefix + "各方同意" + suffix)).toBe(true);
  });

  test("at every position of a mixed text: whole words, whole characters, and the context still beside its quote", () => {
    const text = `${TOLORAYA} The “trilateral” mechanism — US-China-Russia — costs $2.5bn 🚀; Moscow's view: yes! ${TOLORAYA}`;
    for (let start = 0; start + 12 <= text.length; start += 1) {
      const excerpt = { ...anchorAt(text, start, start + 12), documentLength: text.length };
      const shown = quoteInContext(excerpt, excerpt);
      // Half of a character the quote starts or ends inside goes into the quote.
      const grewBefore = shown.quote.endsWith(excerpt.quote) ? shown.quote.length - excerpt.quote.length : 0;
      const grewAfter = shown.quote.length - excerpt.quote.length - grewBefore;
      const at = excerpt.start - grewBefore - shown.prefix.length;
      const to = excerpt.end + grewAfter + shown.suffix.length;
      expect(`${shown.prefix}${shown.quote}${shown.suffix}`).toBe(text.slice(at, to));
      for (const part of [shown.prefix, shown.quote, shown.suffix]) expect(part).not.toMatch(LONE_SURROGATE);
      if (shown.cutBefore && shown.prefix) expect(WORD_CHARACTER.test(text[at - 1]!) && WORD_CHARACTER.test(text[at]!)).toBe(false);
      if (shown.cutAfter && shown.suffix) expect(WORD_CHARACTER.test(text[to - 1]!) && WORD_CHARACTER.test(text[to]!)).toBe(false);
      expect(shown.cutBefore).toBe(excerpt.prefix.length < excerpt.start);
      expect(shown.cutAfter).toBe(excerpt.end + excerpt.suffix.length < text.length);
    }
  });
});

describe("quotes in the printed brief", () => {
  const text = "In 2009 Moscow's view was clear: Russia would strongly support such a policy, as it fully corresponds with its interests.";
  const claim = excerptOf(text, "such a policy, as it");
  const opening = excerptOf(text, "In 2009");
  const graph: CaseGraph = {
    nodes: [
      { id: "T", kind: "proposal", title: "Engage", text: "", excerpts: [] },
      { id: "a", kind: "claim", title: "Russia agrees", text: "", excerpts: [{ id: "q1", documentId: "doc", ...claim }, { id: "q2", documentId: "doc", ...opening }] },
    ],
    relations: [{ id: "r", source: "a", target: "T", targetType: "node", relation: "supports", strength: null, excerpts: [] }],
  };
  const document = { id: "doc", title: "A Russian view", authors: ["G. Toloraya"], venue: "", date: "", url: "", length: text.length };
  const contention = { id: "k1", claimId: "a", tag: "", evidence: { nodeIds: [], excerptIds: ["q1", "q2"] }, objections: [], caveatIds: [], notes: "" };
  const brief = assembleBrief({ title: "Case", side: "for", targetId: "T", notes: "", contentions: [contention] }, indexMap(graph), [document], { date: "2026-03-14", weakPoints: [] });

  test("HTML: an ellipsis only where the context was cut, after whole words", () => {
    const html = renderBriefHtml(brief);
    expect(html).toContain('<p><span class="context">…Russia would strongly support </span><mark>such a policy, as it</mark><span class="context"> fully corresponds with its…</span></p>');
    expect(html).toContain('<p><mark>In 2009</mark><span class="context"> Moscow\'s view was clear…</span></p>');
  });

  test("Markdown: the same cut, the quoted words in bold", () => {
    const markdown = renderBriefMarkdown(brief);
    expect(markdown).toContain("> …Russia would strongly support **such a policy, as it** fully corresponds with its…");
    expect(markdown).toContain("> **In 2009** Moscow's view was clear…");
  });
});
