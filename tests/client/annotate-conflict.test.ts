import { changedFields, conflictFields, formatValue } from "../../client/state/edit-conflict";
import { aNode } from "./graph-fixture";

describe("the conflict dialog's field-by-field comparison", () => {
  const base = aNode("n1", "claim", { title: "Russia backs engagement", text: "Long text", version: 2 }) as unknown as Record<string, unknown>;

  test("shows my change beside theirs, and marks a field both changed differently as a clash", () => {
    const theirs = { ...base, title: "Russia strongly backs engagement", version: 3 };
    const rows = conflictFields(base, theirs, { title: "Moscow backs engagement" });
    expect(rows).toEqual([
      { field: "title", label: "Title", base: "Russia backs engagement", theirs: "Russia strongly backs engagement", mine: "Moscow backs engagement", changedByThem: true, clash: true },
    ]);
  });

  test("also lists what they changed that I did not touch, and never bookkeeping fields", () => {
    const theirs = { ...base, text: "Shorter", version: 3, excerpts: [{ id: "e9" }] };
    const rows = conflictFields(base, theirs, { title: "New title" });
    expect(rows.map((r) => [r.field, r.mine, r.changedByThem, r.clash])).toEqual([
      ["title", "New title", false, false],
      ["text", null, true, false],
    ]);
  });

  test("the same change on both sides is no clash", () => {
    const theirs = { ...base, title: "Same", version: 3 };
    expect(conflictFields(base, theirs, { title: "Same" })[0]).toMatchObject({ changedByThem: true, clash: false });
  });

  test("formats lists and empty values for reading", () => {
    expect(formatValue(["Moscow", "the Kremlin"])).toBe("Moscow, the Kremlin");
    expect(formatValue([])).toBe("—");
    expect(formatValue(null)).toBe("—");
    expect(formatValue(0.5)).toBe("0.5");
  });

  test("a history entry lists only the fields that changed, before and after", () => {
    expect(changedFields({ title: "A", text: "x", version: 1 }, { title: "B", text: "x", version: 2 })).toEqual([{ field: "title", label: "Title", before: "A", after: "B" }]);
    expect(changedFields(null, { title: "B" })).toEqual([{ field: "title", label: "Title", before: "—", after: "B" }]);
  });
});
