import { describeChanges, reapplyEdits } from "../../client/state/case-merge";
import { addContention, editCase, editContention, moveContention, removeContention } from "../../client/state/case-edit";
import { draftOf } from "../../client/state/case-work";
import { indexGraph } from "../../client/state/graph-index";
import { aCase, aContention } from "./case-fixture";
import { sampleGraph } from "./graph-fixture";

const titles: Record<string, string> = { c1: "Russia would back it", c2: "It lowers tensions", c3: "Moscow fears", c5: "Peace" };
const titleOf = (id: string) => titles[id];
const base = aCase({ contentions: [aContention("k1", "c1"), aContention("k2", "c2"), aContention("k3", "c5")] });
const claims = (d: { contentions: { claimId: string }[] }) => d.contentions.map((c) => c.claimId);

describe("what someone else changed", () => {
  test("lists renames, notes, added, removed and reordered contentions and edits inside one", () => {
    const current = aCase({
      version: 2,
      title: "Engagement now",
      notes: "New notes",
      contentions: [aContention("k3", "c5"), aContention("k1", "c1", { tag: "Moscow agrees", notes: "x" }), aContention("k9", "c3")],
    });
    expect(describeChanges(base, current, titleOf)).toEqual([
      "Renamed the case from “For engagement” to “Engagement now”.",
      "Changed the case's notes.",
      "Added the contention “Moscow fears”.",
      "Removed the contention “It lowers tensions”.",
      "Reordered the contentions: 1. Peace, 2. Moscow agrees, 3. Moscow fears.",
      "Changed the tag line of “Russia would back it” to “Moscow agrees”.",
      "Changed the notes of “Moscow agrees”.",
    ]);
  });

  test("says so when a save changed nothing visible", () => {
    expect(describeChanges(base, { ...base, version: 2 }, titleOf)).toEqual(["Saved it again without visible changes."]);
  });
});

describe("re-applying our edits on top of theirs", () => {
  const mineFrom = (edit: (d: ReturnType<typeof draftOf>) => ReturnType<typeof draftOf>) => edit(draftOf(base));

  test("keeps their new contention and their edits, with our reorder, removal and tag on top", () => {
    const theirs = aCase({ version: 2, notes: "theirs", contentions: [aContention("k1", "c1", { notes: "their note" }), aContention("k2", "c2"), aContention("k3", "c5"), aContention("k4", "c3")] });
    const mine = mineFrom((d) => editContention(removeContention(moveContention(d, 2, 0), "k2"), "k1", { tag: "Our tag" }));
    const merged = reapplyEdits(draftOf(base), mine, theirs);
    expect(claims(merged)).toEqual(["c5", "c1", "c3"]);
    expect(merged.contentions[1]).toMatchObject({ id: "k1", tag: "Our tag", notes: "their note" });
    expect(merged.notes).toBe("theirs");
  });

  test("without our reorder, their order wins and our new contention goes where we put it", () => {
    const theirs = aCase({ version: 2, contentions: [aContention("k3", "c5"), aContention("k2", "c2"), aContention("k1", "c1")] });
    const mine = mineFrom((d) => addContention(editCase(d, { title: "Ours" }), indexGraph(sampleGraph()), "c3", 1));
    const merged = reapplyEdits(draftOf(base), mine, theirs);
    expect(claims(merged)).toEqual(["c5", "c3", "c2", "c1"]);
    expect(merged.contentions[1]?.id).toBeUndefined();
    expect(merged.title).toBe("Ours");
  });

  test("a contention they removed stays removed even if we edited it", () => {
    const theirs = aCase({ version: 2, contentions: [aContention("k1", "c1"), aContention("k3", "c5")] });
    const mine = mineFrom((d) => editContention(d, "k2", { tag: "edited" }));
    expect(claims(reapplyEdits(draftOf(base), mine, theirs))).toEqual(["c1", "c5"]);
  });
});
