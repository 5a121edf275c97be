import { segmentText, type Highlight } from "../../client/state/text-segments";

const h = (excerptId: string, start: number, end: number): Highlight => ({ excerptId, nodeId: excerptId, relationId: null, start, end });
const show = (text: string, highlights: Highlight[]) => segmentText(text, highlights).map((s) => `${s.text}:${s.highlights.map((x) => x.excerptId).join("+")}`);

describe("text segments for the source reader", () => {
  test("plain text is one segment", () => {
    expect(show("abcdef", [])).toEqual(["abcdef:"]);
  });

  test("overlapping excerpts split the text so each part knows every excerpt covering it", () => {
    expect(show("abcdef", [h("1", 1, 4), h("2", 3, 5)])).toEqual(["a:", "bc:1", "d:1+2", "e:2", "f:"]);
  });

  test("nested excerpts keep both", () => {
    expect(show("abcdef", [h("outer", 0, 6), h("inner", 2, 3)])).toEqual(["ab:outer", "c:outer+inner", "def:outer"]);
  });

  test("clips excerpts past the end and drops empty ones", () => {
    expect(show("abc", [h("1", 2, 10), h("2", 1, 1)])).toEqual(["ab:", "c:1"]);
  });

  test("the segments put back together are the text", () => {
    const text = "Russia would strongly support such a policy.";
    expect(segmentText(text, [h("1", 0, 6), h("2", 4, 20), h("3", 30, 43)]).map((s) => s.text).join("")).toBe(text);
  });
});
