import fc from "fast-check";
import { anchorAt, anchorQuote, type TextAnchor } from "../../server/domain/anchoring";
import { contextAgreement, findTextEdit, mapRange, reanchor, reanchorAll } from "../../server/domain/reanchor";

const TEXT =
  "Moscow has long argued for a multilateral approach. Russia would strongly support such a policy. " +
  "However, some in Moscow fear a US military presence near its borders.";

/** Anchors the n-th occurrence of `quote` in `text`, failing the test when it is absent. */
function anchorOf(text: string, quote: string, occurrence = 0): TextAnchor {
  const anchor = anchorQuote(text, quote, occurrence);
  if (!anchor) throw new Error(`"${quote}" is not in the text`);
  return anchor;
}

function anchoredIn(newText: string, outcome: ReturnType<typeof reanchor>): TextAnchor {
  if (outcome.status !== "anchored") throw new Error("expected the excerpt to be found");
  expect(newText.slice(outcome.anchor.start, outcome.anchor.end)).toBe(outcome.anchor.quote);
  return outcome.anchor;
}

describe("the edit between two texts", () => {
  test("is the region between their common prefix and common suffix", () => {
    expect(findTextEdit("a cat sat", "a big cat sat")).toEqual({ start: 2, oldEnd: 2, newEnd: 6 });
    expect(findTextEdit("same", "same")).toEqual({ start: 4, oldEnd: 4, newEnd: 4 });
    expect(findTextEdit("abc", "")).toEqual({ start: 0, oldEnd: 3, newEnd: 0 });
  });

  test("keeps ranges before it, shifts ranges after it and cannot map ranges across it", () => {
    const edit = { start: 10, oldEnd: 12, newEnd: 17 };
    expect(mapRange(edit, 2, 10)).toEqual({ start: 2, end: 10 });
    expect(mapRange(edit, 12, 20)).toEqual({ start: 17, end: 25 });
    expect(mapRange(edit, 8, 11)).toBeNull();
  });
});

describe("re-anchoring excerpts after an edit", () => {
  const quote = "Russia would strongly support such a policy.";

  test("an insertion after the quote keeps it at the same offsets", () => {
    const before = anchorOf(TEXT, quote);
    const edited = `${TEXT} Washington disagrees.`;
    const outcome = reanchor(TEXT, edited, before);
    expect(outcome).toMatchObject({ status: "anchored", method: "position" });
    expect(anchoredIn(edited, outcome)).toMatchObject({ start: before.start, end: before.end, quote });
  });

  test("an insertion before the quote shifts it by the inserted length and refreshes its prefix", () => {
    const before = anchorOf(TEXT, quote);
    const inserted = "In February 2009, the debate turned. ";
    const edited = inserted + TEXT;
    const anchor = anchoredIn(edited, reanchor(TEXT, edited, before));
    expect(anchor.start).toBe(before.start + inserted.length);
    expect(anchor.prefix).toBe(edited.slice(anchor.start - 32, anchor.start));
  });

  test("an edit inside the quote is found approximately and the excerpt takes the edited words", () => {
    const before = anchorOf(TEXT, quote);
    const edited = TEXT.replace("strongly support", "firmly support");
    const outcome = reanchor(TEXT, edited, before);
    expect(outcome).toMatchObject({ status: "anchored", method: "approximate" });
    expect(anchoredIn(edited, outcome).quote).toBe("Russia would firmly support such a policy.");
  });

  test("an edit that rewrites most of the quote orphans the excerpt instead of guessing", () => {
    const before = anchorOf(TEXT, quote);
    const edited = TEXT.replace(quote, "The Kremlin's view of this plan is not on record.");
    expect(reanchor(TEXT, edited, before)).toEqual({ status: "orphaned" });
  });

  test("a deleted passage orphans the excerpt", () => {
    const before = anchorOf(TEXT, "some in Moscow fear a US military presence");
    const edited = TEXT.slice(0, TEXT.indexOf("However"));
    expect(reanchor(TEXT, edited, before)).toEqual({ status: "orphaned" });
  });

  test("a unique quote whose surroundings were rewritten is found by its quote", () => {
    const before = anchorOf(TEXT, quote);
    const edited = `Preface of a new edition.\n\n${quote}\n\nThe rest was cut.`;
    const outcome = reanchor(TEXT, edited, before);
    expect(outcome).toMatchObject({ status: "anchored", method: "quote" });
    expect(anchoredIn(edited, outcome).start).toBe(edited.indexOf(quote));
  });
});

describe("repeated phrases are told apart by their context", () => {
  const text = "Alpha. Russia wants peace now. China wants peace too. Omega.";

  test("an edit around both occurrences keeps the excerpt on the occurrence with its own context", () => {
    const second = anchorOf(text, "wants peace", 1);
    const edited = "ALPHA! Russia wants peace now. China wants peace too. OMEGA!";
    const outcome = reanchor(text, edited, second);
    expect(outcome).toMatchObject({ status: "anchored", method: "quote" });
    expect(anchoredIn(edited, outcome).start).toBe(edited.lastIndexOf("wants peace"));
  });

  test("the same holds for the first occurrence", () => {
    const first = anchorOf(text, "wants peace", 0);
    const edited = "ALPHA! Russia wants peace now. China wants peace too. OMEGA!";
    expect(anchoredIn(edited, reanchor(text, edited, first)).start).toBe(edited.indexOf("wants peace"));
  });

  test("when the anchored occurrence is deleted, the excerpt is orphaned rather than moved to the other one", () => {
    const old = "Russia wants peace. A long paragraph about other matters follows here. Russia wants peace. End.";
    const second = anchorOf(old, "Russia wants peace", 1);
    const edited = "Russia wants peace. A long paragraph about other matters follows here. End.";
    expect(reanchor(old, edited, second)).toEqual({ status: "orphaned" });
    const first = anchorOf(old, "Russia wants peace", 0);
    expect(anchoredIn(edited, reanchor(old, edited, first)).start).toBe(0);
  });

  test("an edit inside one of two similar passages re-anchors to the edited one, not the untouched twin", () => {
    const old = "First: the talks must include Russia and China. Second: the talks must include Russia and China.";
    const second = anchorOf(old, "the talks must include Russia and China", 1);
    const edited = "First: the talks must include Russia and China. Second: the talks should include Russia and China.";
    const outcome = reanchor(old, edited, second);
    expect(outcome).toMatchObject({ status: "anchored", method: "approximate" });
    expect(anchoredIn(edited, outcome).quote).toBe("the talks should include Russia and China");
  });
});

describe("orphans and short quotes", () => {
  test("an orphan whose quote comes back is anchored again", () => {
    const original = "One. Two three four five. Six.";
    const orphan = { ...anchorOf(original, "Two three four five"), orphaned: true, start: 900, end: 919 };
    const restored = "Zero. One. Two three four five. Six.";
    const outcome = reanchor("One. Six.", restored, orphan);
    expect(anchoredIn(restored, outcome).start).toBe(restored.indexOf("Two"));
  });

  test("a short quote is never matched approximately", () => {
    const old = "The word is Moscow here.";
    const edited = "The word is Mosk here.";
    expect(reanchor(old, edited, anchorOf(old, "Moscow"))).toEqual({ status: "orphaned" });
  });

  test("context agreement counts characters next to the candidate, as a share of the stored context", () => {
    expect(contextAgreement("a cat sat", { start: 2, end: 5 }, { prefix: "a ", suffix: " mat" })).toBe(0.5);
    expect(contextAgreement("cat", { start: 0, end: 3 }, { prefix: "", suffix: "" })).toBe(1);
  });

  test("reanchorAll reports every excerpt of the document", () => {
    const anchors = [anchorOf(TEXT, "Moscow has long argued"), anchorOf(TEXT, "near its borders")];
    const edited = TEXT.replace("near its borders", "");
    const outcomes = reanchorAll(TEXT, edited, anchors).map((r) => r.outcome.status);
    expect(outcomes).toEqual(["anchored", "orphaned"]);
  });
});

describe("properties", () => {
  const words = fc.array(fc.constantFrom("peace", "Russia", "talks", "the", "and", "China", "a", "."), { minLength: 6, maxLength: 40 });

  test("an insertion outside the quote never loses or moves it off its text", () => {
    // The example is the case CI found: the quote "s" of "talks", and "s " inserted just before it.
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 20 }), (ws, a, b, at, inserted) => {
        const text = ws.join(" ");
        const start = a % (text.length - 1);
        const end = start + 1 + (b % (text.length - start));
        const anchor = anchorAt(text, start, end);
        const where = at % (text.length + 1);
        if (where > start && where < end) return;
        const edited = text.slice(0, where) + inserted + text.slice(where);
        const outcome = reanchor(text, edited, anchor);
        expect(outcome.status).toBe("anchored");
        const found = anchoredIn(edited, outcome);
        expect(found.quote).toBe(anchor.quote);
        if (where > start) expect(found.start).toBe(start);
        // Inserted just before the quote, text that reproduces it ("talk|s " before "s") reads two ways: the quote moved
        // on, or the insertion came after it. When the old offsets still read the quote, either answer is honest.
        else if (edited.slice(start, end) === anchor.quote) expect([start, start + inserted.length]).toContain(found.start);
        else expect(found.start).toBe(start + inserted.length);
      }),
      { examples: [[["a", ".", "peace", ".", "talks", ".", ".", "Russia"], 16, 0, 460334619, "s "]] },
    );
  });

  test("whatever the edit, an anchored excerpt's quote is exactly the new text at its offsets", () => {
    fc.assert(
      fc.property(words, words, fc.nat(), fc.nat(), (ws, replacement, a, b) => {
        const text = ws.join(" ");
        const start = a % (text.length - 1);
        const end = start + 1 + (b % (text.length - start));
        const edited = text.slice(0, start) + replacement.join(" ") + text.slice(end);
        const outcome = reanchor(text, edited, anchorAt(text, Math.max(0, start - 3), Math.min(text.length, end + 3)));
        if (outcome.status === "anchored") anchoredIn(edited, outcome);
      }),
    );
  });
});
