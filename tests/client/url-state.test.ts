import fc from "fast-check";
import { SemanticsSchema } from "../../server/contract/analysis";
import { NODE_KINDS, RELATION_KINDS } from "../../server/contract/vocabulary";
import { sameView, viewFromUrl, viewToUrl } from "../../client/state/url-state";
import { DEFAULT_VIEW, FOCUS_MODES, LAYOUT_NAMES, MAX_FOCUS_DEPTH, type ViewState } from "../../client/state/view-state";

const fromUrl = (url: string) => {
  const [path, query = ""] = url.split("?");
  return viewFromUrl(path as string, query ? `?${query}` : "");
};

describe("URL state ⇄ view state", () => {
  test("writes a readable deep link with only what differs from the default view", () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      map: "toloraya-2009",
      selected: "p-nunn-lugar",
      focus: { node: "p-nunn-lugar", mode: "in", depth: 2 },
      hiddenNodeKinds: ["actor"],
      hiddenRelations: ["concerns"],
    };
    expect(viewToUrl(view)).toBe("/maps/toloraya-2009?node=p-nunn-lugar&focus=p-nunn-lugar&dir=in&depth=2&hide=actor,concerns");
    expect(viewToUrl({ ...DEFAULT_VIEW, map: "toloraya-2009" })).toBe("/maps/toloraya-2009");
    expect(viewToUrl(DEFAULT_VIEW)).toBe("/");
  });

  test("reads a deep link back into the same view", () => {
    const url = "/maps/toloraya-2009?node=c1&focus=p1&dir=rests-on&hide=actor,opposes&actors=a2,a1&view=outline&layout=force&doc=d1";
    expect(fromUrl(url)).toEqual({
      ...DEFAULT_VIEW,
      map: "toloraya-2009",
      selected: "c1",
      focus: { node: "p1", mode: "rests-on", depth: 1 },
      hiddenNodeKinds: ["actor"],
      hiddenRelations: ["opposes"],
      actors: ["a1", "a2"],
      mode: "outline",
      layout: "force",
      document: "d1",
    });
  });

  test("no `hide` keeps the default filters; an empty `hide=` shows everything", () => {
    expect(fromUrl("/maps/m").hiddenRelations).toEqual(DEFAULT_VIEW.hiddenRelations);
    expect(fromUrl("/maps/m?hide=").hiddenRelations).toEqual([]);
    expect(viewToUrl({ ...DEFAULT_VIEW, map: "m", hiddenRelations: [] })).toBe("/maps/m?hide=");
  });

  test("drops unknown kinds, layouts and directions instead of failing, and clamps the depth", () => {
    const view = fromUrl("/maps/m?hide=actor,bogus&layout=spiral&focus=n1&dir=sideways&depth=99");
    expect(view.hiddenNodeKinds).toEqual(["actor"]);
    expect(view.hiddenRelations).toEqual([]);
    expect(view.layout).toBeNull();
    expect(view.focus).toEqual({ node: "n1", mode: "both", depth: MAX_FOCUS_DEPTH });
  });

  test("keeps the semantics and the what-if assumptions in a readable deep link, ids sorted", () => {
    const view: ViewState = { ...DEFAULT_VIEW, map: "m", semantics: "preferred", assumptions: { "c-2": "rejected", "c-1": "accepted" } };
    expect(viewToUrl(view)).toBe("/maps/m?analysis=preferred&assume=c-1:accepted,c-2:rejected");
    expect(fromUrl(viewToUrl(view))).toEqual(view);
    expect(viewToUrl({ ...view, semantics: null })).toBe("/maps/m?assume=c-1:accepted,c-2:rejected");
  });

  test("drops an unknown semantics and malformed assumptions instead of failing", () => {
    const view = fromUrl("/maps/m?analysis=fuzzy&assume=c1:maybe,c2:rejected,:accepted,c3");
    expect(view.semantics).toBeNull();
    expect(view.assumptions).toEqual({ c2: "rejected" });
    expect(fromUrl("/maps/m").assumptions).toEqual({});
  });

  test("round-trips ids that need escaping", () => {
    const view = { ...DEFAULT_VIEW, map: "m", selected: "id with/slash&amp", actors: ["a,b"] };
    expect(fromUrl(viewToUrl(view)).selected).toBe("id with/slash&amp");
  });

  test("every view survives view → URL → view", () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const views = fc.record({
      map: fc.option(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { nil: null }),
      selected: fc.option(id, { nil: null }),
      focus: fc.option(
        fc.record({ node: id, mode: fc.constantFrom(...FOCUS_MODES), depth: fc.integer({ min: 1, max: MAX_FOCUS_DEPTH }) }).map((f) => (f.mode === "rests-on" ? { ...f, depth: 1 } : f)),
        { nil: null },
      ),
      hiddenNodeKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)).map((a) => a.sort()),
      hiddenRelations: fc.uniqueArray(fc.constantFrom(...RELATION_KINDS)).map((a) => a.sort()),
      actors: fc.uniqueArray(id, { maxLength: 4 }).map((a) => a.sort()),
      mode: fc.constantFrom("graph" as const, "outline" as const),
      layout: fc.option(fc.constantFrom(...LAYOUT_NAMES), { nil: null }),
      document: fc.option(id, { nil: null }),
      semantics: fc.option(fc.constantFrom(...SemanticsSchema.options), { nil: null }),
      assumptions: fc.dictionary(id, fc.constantFrom("accepted" as const, "rejected" as const), { maxKeys: 4 }),
    }).map((v): ViewState => ({ ...DEFAULT_VIEW, ...v }));
    fc.assert(
      fc.property(views, (view) => {
        const back = fromUrl(viewToUrl(view));
        expect(back).toEqual(view);
        return sameView(back, view);
      }),
    );
  });
});
