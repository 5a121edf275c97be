import { sameView, viewFromUrl, viewToUrl } from "../../client/state/url-state";
import { DEFAULT_VIEW, viewOfMap } from "../../client/state/view-state";

describe("the open case in the URL", () => {
  test("a deep link names the case and reopens it", () => {
    const view = { ...DEFAULT_VIEW, map: "toloraya-2009", selected: "c-1", case: "k7" };
    const url = viewToUrl(view);
    expect(url).toBe("/maps/toloraya-2009?node=c-1&case=k7");
    const [path, query] = url.split("?") as [string, string];
    expect(viewFromUrl(path, `?${query}`).case).toBe("k7");
    expect(sameView(viewFromUrl(path, `?${query}`), view)).toBe(true);
  });

  test("no case means no parameter, and another map starts with no case open", () => {
    expect(viewToUrl({ ...DEFAULT_VIEW, map: "m" })).toBe("/maps/m");
    expect(viewFromUrl("/maps/m", "?case=").case).toBeNull();
    expect(viewOfMap("other").case).toBeNull();
  });
});
