import { NODE_KINDS, RELATION_KINDS } from "../../server/contract/vocabulary";
import { buildStylesheet } from "../../client/graph/stylesheet";
import { buildLegend, NODE_THEME, PALETTE, RELATION_THEME } from "../../client/theme";

const rule = (selector: string) => buildStylesheet().find((r) => r.selector === selector)?.style;

describe("theme → stylesheet and legend", () => {
  test("the stylesheet has a rule for every node kind and every relation kind", () => {
    for (const kind of NODE_KINDS) expect(rule(`node.${kind}`)).toMatchObject({ shape: NODE_THEME[kind].shape, "background-color": NODE_THEME[kind].fill });
    for (const relation of RELATION_KINDS) expect(rule(`edge.${relation}`)).toMatchObject({ "line-color": RELATION_THEME[relation].colour });
  });

  test("the legend lists every node kind and every relation kind with the stylesheet's marks", () => {
    const legend = buildLegend();
    expect(legend.nodes.map((n) => n.kind)).toEqual([...NODE_KINDS]);
    expect(legend.relations.map((r) => r.relation)).toEqual([...RELATION_KINDS]);
    for (const entry of legend.relations) {
      expect(rule(`edge.${entry.relation}`)).toMatchObject({ "line-color": entry.colour, "target-arrow-shape": entry.arrow });
    }
    for (const entry of legend.nodes) expect(rule(`node.${entry.kind}`)).toMatchObject({ shape: entry.shape, "border-color": entry.border });
  });

  test("support and contradiction differ in colour, line style and arrow", () => {
    const supports = rule("edge.supports");
    const contradicts = rule("edge.contradicts");
    expect(supports?.["line-color"]).not.toBe(contradicts?.["line-color"]);
    expect(RELATION_THEME.supports.lineStyle).not.toBe(RELATION_THEME.contradicts.lineStyle);
    expect(supports?.["line-dash-pattern"]).toBeUndefined();
    expect(contradicts?.["line-dash-pattern"]).toBeDefined();
    expect(supports?.["target-arrow-shape"]).not.toBe(contradicts?.["target-arrow-shape"]);
  });

  test("no two relation kinds look alike, even without colour", () => {
    const looks = RELATION_KINDS.map((r) => `${RELATION_THEME[r].lineStyle}/${RELATION_THEME[r].arrow}`);
    expect(new Set(looks).size).toBe(RELATION_KINDS.length);
    expect(new Set(NODE_KINDS.map((k) => NODE_THEME[k].shape)).size).toBe(NODE_KINDS.length);
  });

  test("relation colours come from the Okabe–Ito palette (plus one neutral grey)", () => {
    const palette = new Set<string>(Object.values(PALETTE));
    for (const relation of RELATION_KINDS) expect(palette).toContain(RELATION_THEME[relation].colour);
  });

  test("hidden and faded states exist, and anchors are styled apart from nodes", () => {
    expect(rule("node.hidden, edge.hidden")).toEqual({ display: "none" });
    expect(rule("node.faded, edge.faded")?.opacity).toBeLessThan(0.5);
    expect(rule("node.anchor")).toMatchObject({ label: "" });
    expect(rule("edge.segment")).toEqual({ "target-arrow-shape": "none" });
  });
});
