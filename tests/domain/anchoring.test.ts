import { anchorQuote, assertQuoteMatches } from "../../server/domain/anchoring";

const text = "Peace on the peninsula. Russia wants peace; Russia wants stability.";

describe("anchoring quotes", () => {
  test("anchors a quote with up to 32 characters of context each side", () => {
    const anchor = anchorQuote(text, "Russia wants stability");
    expect(anchor).toEqual({ start: 44, end: 66, quote: "Russia wants stability", prefix: text.slice(12, 44), suffix: "." });
  });

  test("picks the n-th occurrence of an ambiguous quote, and null when absent", () => {
    expect(anchorQuote(text, "Russia", 1)?.start).toBe(44);
    expect(anchorQuote(text, "Russia", 2)).toBeNull();
    expect(anchorQuote(text, "China")).toBeNull();
  });

  test("accepts a quote equal to the text at its offsets and refuses any other", () => {
    expect(() => assertQuoteMatches(text, { start: 0, end: 5, quote: "Peace" })).not.toThrow();
    expect(() => assertQuoteMatches(text, { start: 1, end: 6, quote: "Peace" })).toThrow(expect.objectContaining({ code: "quote_mismatch" }));
    expect(() => assertQuoteMatches(text, { start: 60, end: 90, quote: "x" })).toThrow(expect.objectContaining({ code: "excerpt_out_of_range" }));
  });

  test("keeps an emoji whole when the context window would cut it in half", () => {
    const text = `a😀${"x".repeat(31)}Russia would back it.${"y".repeat(31)}😀b`;
    const anchor = anchorQuote(text, "Russia") as NonNullable<ReturnType<typeof anchorQuote>>;
    expect(anchor.prefix).toBe("x".repeat(31));
    expect(anchor.suffix).toBe(` would back it.${"y".repeat(17)}`);
    const quoteAtEnd = anchorQuote(text, `${"y".repeat(31)}`) as NonNullable<ReturnType<typeof anchorQuote>>;
    expect(quoteAtEnd.suffix).toBe("😀b");
    expect(anchorQuote(`Q${"z".repeat(31)}😀`, "Q")?.suffix).toBe("z".repeat(31));
    expect(anchorQuote(`Q${"z".repeat(30)}😀`, "Q")?.suffix).toBe(`${"z".repeat(30)}😀`);
  });
});
