import type { AcceptanceResult } from "../../server/contract/analysis";
import { buildElements, nodeElementId } from "../../client/graph/elements";
import { buildStylesheet } from "../../client/graph/stylesheet";
import { nodeStatuses } from "../../client/state/analysis-state";
import { ACCEPTANCE_THEME, ASSUMED_MARK, badgeImage, PALETTE } from "../../client/theme";
import { sampleGraph } from "./graph-fixture";

const result: AcceptanceResult = {
  semantics: "grounded",
  labels: { p1: "rejected", p2: "accepted", c1: "accepted", c3: "accepted", c6: "undecided" },
  complete: true,
  assumptions: { c1: "accepted", p2: "accepted" },
};
const rule = (selector: string) => buildStylesheet().find((r) => r.selector === selector)?.style;
const LABELS = ["accepted", "rejected", "undecided"] as const;

describe("acceptance → the graph's marks", () => {
  test("gives every claim and proposal its label as a status, prefixed `assumed-` when a what-if forced it", () => {
    expect(nodeStatuses(result)).toEqual({ p1: "rejected", p2: "assumed-accepted", c1: "assumed-accepted", c3: "accepted", c6: "undecided" });
  });

  test("returns the same statuses for the same answer, so the graph can compare answers by identity", () => {
    expect(nodeStatuses(result)).toBe(nodeStatuses(result));
    expect(nodeStatuses({ ...result })).not.toBe(nodeStatuses(result));
  });

  test("the elements builder turns statuses into `status-<value>` classes beside the kind, and leaves actors alone", () => {
    const byId = new Map(buildElements(sampleGraph(), { status: nodeStatuses(result) }).map((e) => [e.data.id, e]));
    expect(byId.get(nodeElementId("p1"))?.classes).toEqual(["proposal", "status-rejected"]);
    expect(byId.get(nodeElementId("c1"))?.classes).toEqual(["claim", "status-assumed-accepted"]);
    expect(byId.get(nodeElementId("a1"))?.classes).toEqual(["actor"]);
    expect(byId.get(nodeElementId("c2"))?.classes).toEqual(["claim"]);
  });

  test("each status has a stylesheet rule drawn from the theme: tint, border colour and style, and a badge", () => {
    for (const label of LABELS) {
      const t = ACCEPTANCE_THEME[label];
      expect(rule(`node.status-${label}`)).toMatchObject({ "background-color": t.fill, "border-color": t.border, "border-style": t.borderStyle, "background-image": badgeImage(t.badge) });
      expect(rule(`node.status-assumed-${label}`)?.["background-image"]).toBe(`${badgeImage(t.badge)} ${badgeImage(ASSUMED_MARK.badge)}`);
    }
  });

  test("accepted, rejected and undecided differ without colour: each has its own border style and badge glyph", () => {
    expect(new Set(LABELS.map((l) => ACCEPTANCE_THEME[l].borderStyle)).size).toBe(3);
    expect(new Set([...LABELS.map((l) => ACCEPTANCE_THEME[l].badge.glyph), ASSUMED_MARK.badge.glyph]).size).toBe(4);
  });

  test("border and badge colours come from the Okabe–Ito palette", () => {
    const palette = new Set<string>(Object.values(PALETTE));
    for (const label of LABELS) {
      expect(palette).toContain(ACCEPTANCE_THEME[label].border);
      expect(palette).toContain(ACCEPTANCE_THEME[label].badge.colour);
    }
    expect(palette).toContain(ASSUMED_MARK.badge.colour);
  });

  test("the acceptance rules come after the kinds (so they repaint them) and before the selection (which stays visible)", () => {
    const selectors = buildStylesheet().map((r) => r.selector);
    expect(selectors.indexOf("node.status-rejected")).toBeGreaterThan(selectors.indexOf("node.claim"));
    expect(selectors.indexOf("node.status-rejected")).toBeLessThan(selectors.indexOf("node:selected"));
    expect(selectors.indexOf("node.status-rejected")).toBeLessThan(selectors.indexOf("node.faded, edge.faded"));
  });
});
