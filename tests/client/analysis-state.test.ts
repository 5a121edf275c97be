import { applyCrux, assume, clearAssumptions, setSemantics } from "../../client/state/analysis-actions";
import { countLabels, effectiveAssumptions } from "../../client/state/analysis-state";
import { indexGraph } from "../../client/state/graph-index";
import { DEFAULT_VIEW, type ViewState } from "../../client/state/view-state";
import { sampleGraph } from "./graph-fixture";

const apply = (view: ViewState, update: (v: ViewState) => Partial<ViewState>): ViewState => ({ ...view, ...update(view) });

describe("analysis view transitions", () => {
  test("assuming a node turns the analysis on (grounded) when it was off, and keeps the chosen semantics otherwise", () => {
    const off = apply(DEFAULT_VIEW, assume("c1", "rejected"));
    expect(off).toMatchObject({ semantics: "grounded", assumptions: { c1: "rejected" } });
    const preferred = apply(apply(DEFAULT_VIEW, setSemantics("preferred")), assume("c1", "accepted"));
    expect(preferred).toMatchObject({ semantics: "preferred", assumptions: { c1: "accepted" } });
  });

  test("assuming again replaces the status, null drops it, and clear-all drops every assumption", () => {
    let view = apply(DEFAULT_VIEW, assume("c1", "rejected"));
    view = apply(view, assume("c2", "accepted"));
    view = apply(view, assume("c1", "accepted"));
    expect(view.assumptions).toEqual({ c1: "accepted", c2: "accepted" });
    expect(apply(view, assume("c1", null)).assumptions).toEqual({ c2: "accepted" });
    expect(apply(view, clearAssumptions()).assumptions).toEqual({});
  });

  test("applying a crux adds its assumptions, selects the proposal and shows grounded, the semantics cruxes are computed in", () => {
    const view = apply({ ...DEFAULT_VIEW, semantics: "gradual", assumptions: { c5: "accepted" } }, applyCrux("p1", { c3: "rejected" }));
    expect(view).toMatchObject({ semantics: "grounded", selected: "p1", assumptions: { c5: "accepted", c3: "rejected" } });
  });
});

describe("analysis state helpers", () => {
  const index = indexGraph(sampleGraph());

  test("leaves out assumptions on nodes the map does not have, and on actors", () => {
    expect(effectiveAssumptions({ c1: "rejected", gone: "accepted", a1: "accepted" }, index)).toEqual({ c1: "rejected" });
    const kept = { c1: "rejected" } as const;
    expect(effectiveAssumptions(kept, index)).toBe(kept);
  });

  test("counts the labels", () => {
    expect(countLabels({ semantics: "grounded", labels: { a: "accepted", b: "accepted", c: "undecided" }, complete: true, assumptions: {} })).toEqual({ accepted: 2, rejected: 0, undecided: 1 });
  });
});
