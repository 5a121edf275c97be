import { buildStylesheet } from "../../client/graph/stylesheet";
import { CASE_CLASSES, CASE_ROLES, caseMarks, caseNodeRoles, countRoles } from "../../client/state/case-highlight";
import { draftOf } from "../../client/state/case-work";
import { CASE_THEME } from "../../client/theme";
import { aCase, aContention } from "./case-fixture";

describe("case → highlighted node classes", () => {
  const draft = draftOf(
    aCase({
      targetId: "T",
      contentions: [
        aContention("k1", "a", { evidence: { nodeIds: ["b"], excerptIds: ["x"] }, objections: [{ nodeId: "o", answerIds: ["ans"], notes: "" }], caveatIds: ["q"] }),
        // c is a contention and also backs a: it stays marked as a contention.
        aContention("k2", "c", { evidence: { nodeIds: ["b", "a"], excerptIds: [] } }),
      ],
    }),
  );

  test("marks the target, contentions, evidence, objections, answers and caveats", () => {
    expect(Object.fromEntries(caseNodeRoles(draft))).toEqual({ T: "target", a: "contention", b: "evidence", o: "objection", ans: "answer", q: "caveat", c: "contention" });
  });

  test("a node with two roles keeps the stronger one, whatever the order", () => {
    const reversed = { ...draft, contentions: [...draft.contentions].reverse() };
    expect(caseNodeRoles(reversed).get("a")).toBe("contention");
    const objectionAlsoAnswer = draftOf(aCase({ targetId: "T", contentions: [aContention("k", "a", { objections: [{ nodeId: "o", answerIds: ["o2"], notes: "" }, { nodeId: "o2", answerIds: [], notes: "" }] })] }));
    expect(caseNodeRoles(objectionAlsoAnswer).get("o2")).toBe("objection");
  });

  test("gives the graph `case-node case-<role>` classes, the same object for the same draft, none without a case", () => {
    const marks = caseMarks(draft);
    expect(marks.get("T")).toBe("case-node case-target");
    expect(marks.get("ans")).toBe("case-node case-answer");
    expect(caseMarks(draft)).toBe(marks);
    expect(caseMarks(null).size).toBe(0);
    expect(CASE_CLASSES.split(" ")).toEqual(["case-node", ...CASE_ROLES.map((r) => `case-${r}`)]);
  });

  test("counts the nodes per role for the key", () => {
    expect(countRoles(caseNodeRoles(draft))).toEqual({ target: 1, contention: 2, objection: 1, answer: 1, evidence: 1, caveat: 1 });
  });

  test("every role has a stylesheet rule drawn from the theme", () => {
    const rules = buildStylesheet();
    for (const role of CASE_ROLES) {
      const rule = rules.find((r) => r.selector === `node.case-${role}`);
      expect(rule?.style).toMatchObject({ "outline-color": CASE_THEME[role].colour, "outline-style": CASE_THEME[role].lineStyle });
    }
    // Two cues per role: no two roles share both colour and line style.
    const looks = CASE_ROLES.map((r) => `${CASE_THEME[r].colour}/${CASE_THEME[r].lineStyle}`);
    expect(new Set(looks).size).toBe(CASE_ROLES.length);
  });
});
