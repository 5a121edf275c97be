import type { AnalysisApi } from "../../client/api/analysis-api";
import { setPointOfView } from "../../client/state/analysis-actions";
import { analysisRequests, startAnalysis } from "../../client/state/analysis-loader";
import { EMPTY_ANALYSIS, shownAcceptance, type AnalysisState } from "../../client/state/analysis-state";
import { compareViewpoint, effectivePointOfView, viewpointActors, viewpointSummary } from "../../client/state/analysis-viewpoint";
import { createApp, loadedMap } from "../../client/state/app-state";
import { indexGraph } from "../../client/state/graph-index";
import { viewFromUrl, viewToUrl } from "../../client/state/url-state";
import { DEFAULT_VIEW, type ViewState } from "../../client/state/view-state";
import type { AcceptanceResult, ActorView } from "../../server/contract/analysis";
import { sampleGraph } from "./graph-fixture";

const index = indexGraph(sampleGraph());
const neutral = (labels: AcceptanceResult["labels"], assumptions: AcceptanceResult["assumptions"] = {}): AcceptanceResult => ({ semantics: "grounded", labels, complete: true, assumptions });
const viewOf = (actor: string, labels: ActorView["labels"], assumptions: ActorView["assumptions"]): ActorView => ({ ...neutral(labels, assumptions), actor });
const ready = <T>(data: T) => ({ key: "k", status: "ready" as const, data, error: null });

describe("an actor's point of view", () => {
  test("offers the actors that state a stance first, with how many nodes each states a stance on", () => {
    expect(viewpointActors(index).map((a) => `${a.title}:${a.stated}`)).toEqual(["Moscow conservatives:1", "Russia:2"]);
    expect(effectivePointOfView("a1", index)).toBe("a1");
    expect(effectivePointOfView("c1", index)).toBeNull();
    expect(effectivePointOfView("gone", index)).toBeNull();
  });

  test("lists what differs from the neutral analysis, proposals first, saying which changes the actor states", () => {
    const before = neutral({ p1: "rejected", p2: "accepted", c1: "accepted", c3: "accepted", c5: "accepted" });
    const russia = viewOf("a1", { p1: "accepted", p2: "accepted", c1: "accepted", c3: "rejected", c5: "accepted" }, { p1: "accepted", c1: "accepted" });
    const comparison = compareViewpoint(before, russia, index);
    expect(comparison?.differences.map((d) => [d.node.id, d.neutral, d.actor, d.stated])).toEqual([
      ["p1", "rejected", "accepted", "proposes"],
      ["c3", "accepted", "rejected", null],
    ]);
    expect(comparison?.stated.map((s) => `${s.node.id}:${s.stance}:${s.label}`)).toEqual(["p1:proposes:accepted", "c1:endorses:accepted"]);
    expect(viewpointSummary(comparison!)).toBe("From Russia’s point of view: 2 proposals accepted, 0 rejected. 2 nodes differ from the neutral analysis.");
  });

  test("compares only answers to the same question: same semantics, same what-ifs", () => {
    const russia = viewOf("a1", { p1: "accepted" }, { p1: "accepted", c3: "rejected" });
    expect(compareViewpoint({ ...neutral({ p1: "rejected" }), semantics: "preferred" }, russia, index)).toBeNull();
    expect(compareViewpoint(neutral({ p1: "rejected" }, { c3: "accepted" }), russia, index)).toBeNull();
    expect(compareViewpoint(neutral({ p1: "rejected" }, { c3: "rejected" }), russia, index)?.differences).toHaveLength(1);
  });

  test("colours the graph with the actor's view once it has arrived, never with another actor's", () => {
    const before = neutral({ p1: "rejected" });
    const russia = viewOf("a1", { p1: "accepted" }, { p1: "accepted" });
    const state = (pointOfView: string | null, actorView: AnalysisState["actorView"]) => ({
      view: { semantics: "grounded" as const, pointOfView },
      analysis: { ...EMPTY_ANALYSIS, acceptance: ready(before), actorView },
    });
    expect(shownAcceptance(state("a1", ready(russia)))).toBe(russia);
    expect(shownAcceptance(state("a2", { ...ready(russia), status: "loading" }))).toBe(before);
    expect(shownAcceptance(state(null, ready(russia)))).toBe(before);
    expect(shownAcceptance(state("a1", { ...ready(russia), status: "failed" }))).toBeNull();
  });

  test("is part of the deep link, and choosing it turns the analysis on", () => {
    const view: ViewState = { ...DEFAULT_VIEW, map: "m", semantics: "grounded", pointOfView: "a1" };
    expect(viewToUrl(view)).toBe("/maps/m?analysis=grounded&pov=a1");
    expect(viewFromUrl("/maps/m", "?analysis=grounded&pov=a1")).toEqual(view);
    expect(setPointOfView("a1")(DEFAULT_VIEW)).toEqual({ pointOfView: "a1", semantics: "grounded" });
    expect(setPointOfView(null)(view)).toEqual({ pointOfView: null });
  });

  test("asks for the actor's view beside the neutral one, and explains under the view's own assumptions", async () => {
    const calls: { method: string; args: unknown[] }[] = [];
    const answer = (method: string, value: unknown) => (...args: unknown[]) => (calls.push({ method, args }), Promise.resolve(value));
    const russia = viewOf("a1", { p1: "accepted" }, { p1: "accepted", c1: "accepted", c3: "rejected" });
    const api = {
      getAcceptance: answer("getAcceptance", neutral({ p1: "rejected" }, { c3: "rejected" })),
      getActorView: answer("getActorView", russia),
      explain: answer("explain", { node: "p1" }),
      getWarnings: answer("getWarnings", { warnings: [] }),
    } as unknown as AnalysisApi;
    const app = createApp({ ...DEFAULT_VIEW, map: "test-map", semantics: "grounded", selected: "p1", assumptions: { c3: "rejected" }, pointOfView: "a1" });
    app.store.set({ loaded: loadedMap(sampleGraph()) });
    expect(analysisRequests(app.store.get()).map((r) => r.slot)).toEqual(["acceptance", "actorView", "explanation", "warnings"]);
    startAnalysis(app, api);
    await new Promise((done) => setTimeout(done, 0));
    expect(calls.filter((c) => c.method === "getActorView")[0]?.args).toEqual(["test-map", "a1", "grounded", { c3: "rejected" }]);
    expect(calls.find((c) => c.method === "explain")?.args).toEqual(["test-map", "p1", "grounded", russia.assumptions]);
    expect(shownAcceptance(app.store.get())).toBe(russia);
  });
});
