import { passageOf, passageOfRange, suggestTitle, textOffset, type RangeLike, type TextTreeNode } from "../../client/state/edit-selection";

/** DOM-shaped test trees: text nodes and elements, the way the reader renders text and <mark> highlights. */
const text = (value: string): TextTreeNode => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (...children: TextTreeNode[]): TextTreeNode => ({ nodeType: 1, nodeValue: null, childNodes: children });

/** The reader's box for "Russia would [strongly] support [such a [policy]]." with nested marks. */
function readerBox() {
  const russia = text("Russia would ");
  const strongly = text("strongly");
  const support = text(" support ");
  const such = text("such a ");
  const policy = text("policy");
  const end = text(". However, Moscow fears 🇺🇸 bases.");
  const box = el(russia, el(strongly), support, el(such), el(policy), end);
  return { box, russia, strongly, support, such, policy, end, full: "Russia would strongly support such a policy. However, Moscow fears 🇺🇸 bases." };
}

describe("selection in the reader → offsets into the verbatim text", () => {
  test("a point in a text node counts every character before it, through nested highlights", () => {
    const { box, strongly, policy, russia } = readerBox();
    expect(textOffset(box, russia, 0)).toBe(0);
    expect(textOffset(box, strongly, 3)).toBe(16);
    expect(textOffset(box, policy, 6)).toBe(43);
  });

  test("a point in an element counts the text of the children before it", () => {
    const { box } = readerBox();
    expect(textOffset(box, box, 0)).toBe(0);
    expect(textOffset(box, box, 2)).toBe("Russia would strongly".length);
    expect(textOffset(box, box, 6)).toBe(readerBox().full.length);
  });

  test("a point outside the reader has no offset", () => {
    const { box } = readerBox();
    expect(textOffset(box, text("elsewhere"), 2)).toBeNull();
  });

  test("a range across highlights gives the exact quote with its prefix and suffix", () => {
    const { box, strongly, policy, full } = readerBox();
    const range: RangeLike = { startContainer: strongly, startOffset: 0, endContainer: policy, endOffset: 6, toString: () => full.slice(13, 43) };
    expect(passageOfRange(box, range, "d1", full)).toEqual({
      documentId: "d1",
      start: 13,
      end: 43,
      quote: "strongly support such a policy",
      prefix: "Russia would ",
      suffix: full.slice(43, 75),
    });
  });

  test("refuses to anchor when the page's text differs from the document's (no wrong excerpt is made)", () => {
    const { box, strongly, policy, full } = readerBox();
    const range: RangeLike = { startContainer: strongly, startOffset: 0, endContainer: policy, endOffset: 6, toString: () => "something else" };
    expect(passageOfRange(box, range, "d1", full)).toBeNull();
  });

  test("a backwards selection is the same passage", () => {
    const { full } = readerBox();
    expect(passageOf("d1", full, 43, 13)?.quote).toBe("strongly support such a policy");
  });

  test("white space around the selection is left out; only white space is no passage", () => {
    const { full } = readerBox();
    const passage = passageOf("d1", full, 12, 22);
    expect(passage).toMatchObject({ start: 13, end: 21, quote: "strongly" });
    expect(passageOf("d1", "a   b", 1, 4)).toBeNull();
  });

  test("never splits a character made of two UTF-16 units (an emoji flag half)", () => {
    const { full } = readerBox();
    const flag = full.indexOf("🇺🇸");
    const passage = passageOf("d1", full, flag + 1, flag + 3);
    expect(passage?.quote).toBe("🇺🇸");
    expect(passage?.quote).toBe(full.slice(passage!.start, passage!.end));
  });

  test("prefix and suffix are at most 32 characters", () => {
    const long = `${"x".repeat(100)}QUOTE${"y".repeat(100)}`;
    const passage = passageOf("d1", long, 100, 105);
    expect(passage?.prefix).toBe("x".repeat(32));
    expect(passage?.suffix).toBe("y".repeat(32));
  });
});

describe("a title suggested from the quote", () => {
  test("keeps a short quote whole, capitalised, without its final stop", () => {
    expect(suggestTitle("russia would support such a policy.")).toBe("Russia would support such a policy");
  });

  test("takes the first sentence when it fits", () => {
    expect(suggestTitle("Moscow fears a US military presence near its borders. That is why it objects to every plan of the kind.")).toBe(
      "Moscow fears a US military presence near its borders",
    );
  });

  test("does not cut at an abbreviation early in the sentence", () => {
    expect(suggestTitle("U.S. policy toward the peninsula has changed.")).toBe("U.S. policy toward the peninsula has changed");
  });

  test("cuts a long sentence at a word boundary within 80 characters, with an ellipsis", () => {
    const quote = "The six-party talks could become a permanent mechanism for security in Northeast Asia, including Russia, China, Japan and both Koreas";
    const title = suggestTitle(quote);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith("…")).toBe(true);
    expect(quote.startsWith(title.slice(0, -1))).toBe(true);
  });

  test("collapses line breaks and leading quotation marks", () => {
    expect(suggestTitle("“the talks\n\n   failed")).toBe("The talks failed");
  });
});
