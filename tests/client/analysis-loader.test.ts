import type { AnalysisApi } from "../../client/api/analysis-api";
import { ApiError } from "../../client/api/api-error";
import { openAnalysisTab, retryAnalysis } from "../../client/state/analysis-actions";
import { analysisRequests, startAnalysis } from "../../client/state/analysis-loader";
import { createApp, loadedMap, updateView, type App } from "../../client/state/app-state";
import { DEFAULT_VIEW } from "../../client/state/view-state";
import type { AcceptanceResult } from "../../server/contract/analysis";
import { sampleGraph } from "./graph-fixture";

/** An API whose answers the test releases by hand, recording every call. */
function fakeApi() {
  const calls: { method: string; args: unknown[]; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  const record = (method: string) => (...args: unknown[]) => new Promise((resolve, reject) => calls.push({ method, args, resolve, reject }));
  const api = {
    getAcceptance: record("getAcceptance"),
    explain: record("explain"),
    getStances: record("getStances"),
    getCruxes: record("getCruxes"),
    getWarnings: record("getWarnings"),
  } as unknown as AnalysisApi;
  const pending = (method: string) => calls.filter((c) => c.method === method);
  return { api, calls, pending };
}

const acceptance = (labels: AcceptanceResult["labels"], semantics: AcceptanceResult["semantics"] = "grounded"): AcceptanceResult => ({ semantics, labels, complete: true, assumptions: {} });
const flush = () => new Promise((done) => setTimeout(done, 0));

function openMap(view = {}): App {
  const app = createApp({ ...DEFAULT_VIEW, map: "test-map", ...view });
  app.store.set({ loaded: loadedMap(sampleGraph()) });
  return app;
}

describe("the analysis loader", () => {
  test("with the analysis off and no table open, asks for nothing; with it on, also for the warnings", () => {
    expect(analysisRequests(openMap().store.get())).toEqual([]);
    expect(analysisRequests(openMap({ semantics: "grounded" }).store.get()).map((r) => r.slot)).toEqual(["acceptance", "warnings"]);
  });

  test("asks for acceptance and the selected node's explanation, leaving out assumptions on unknown nodes", () => {
    const { api, pending } = fakeApi();
    const app = openMap({ semantics: "grounded", selected: "p1", assumptions: { c3: "rejected", gone: "accepted" } });
    startAnalysis(app, api);
    expect(pending("getAcceptance").map((c) => c.args)).toEqual([["test-map", "grounded", { c3: "rejected" }]]);
    expect(pending("explain").map((c) => c.args)).toEqual([["test-map", "p1", "grounded", { c3: "rejected" }]]);
    expect(app.store.get().analysis.acceptance.status).toBe("loading");
  });

  test("keeps the last acceptance while the next loads, and drops a late answer to an older question", async () => {
    const { api, pending } = fakeApi();
    const app = openMap({ semantics: "grounded" });
    startAnalysis(app, api);
    pending("getAcceptance")[0]?.resolve(acceptance({ p1: "rejected" }));
    await flush();
    updateView(app.store, () => ({ semantics: "preferred" }));
    expect(app.store.get().analysis.acceptance).toMatchObject({ status: "loading", data: { semantics: "grounded" } });
    updateView(app.store, () => ({ semantics: "stable" }));
    pending("getAcceptance")[1]?.resolve(acceptance({ p1: "accepted" }, "preferred"));
    await flush();
    expect(app.store.get().analysis.acceptance).toMatchObject({ status: "loading", data: { semantics: "grounded" } });
    pending("getAcceptance")[2]?.resolve(acceptance({ p1: "undecided" }, "stable"));
    await flush();
    expect(app.store.get().analysis.acceptance).toMatchObject({ status: "ready", data: { semantics: "stable" } });
  });

  test("asks once per question: the same view again makes no new request", async () => {
    const { api, pending } = fakeApi();
    const app = openMap({ semantics: "grounded" });
    startAnalysis(app, api);
    pending("getAcceptance")[0]?.resolve(acceptance({}));
    await flush();
    updateView(app.store, () => ({ semantics: "grounded", selected: "a1" }));
    expect(pending("getAcceptance")).toHaveLength(1);
    expect(pending("explain")).toHaveLength(0);
  });

  test("a failure becomes a readable error, and “Try again” asks again", async () => {
    const { api, pending } = fakeApi();
    const app = openMap({ semantics: "grounded" });
    startAnalysis(app, api);
    pending("getAcceptance")[0]?.reject(new ApiError("The server answered 503.", 503, null, "Could not work out what is accepted (grounded)"));
    await flush();
    expect(app.store.get().analysis.acceptance).toMatchObject({ status: "failed", error: { title: "Could not work out what is accepted (grounded)", detail: "The server answered 503.", canRetry: true } });
    retryAnalysis(app.store);
    expect(pending("getAcceptance")).toHaveLength(2);
  });

  test("opening a table asks for it: stances under grounded while the analysis is off, cruxes with the assumptions", () => {
    const { api, pending } = fakeApi();
    const app = openMap({ assumptions: { c3: "rejected" } });
    startAnalysis(app, api);
    openAnalysisTab(app.store, "stances");
    openAnalysisTab(app.store, "cruxes");
    expect(pending("getStances").map((c) => c.args)).toEqual([["test-map", "grounded"]]);
    expect(pending("getCruxes").map((c) => c.args)).toEqual([["test-map", { c3: "rejected" }]]);
  });

  test("forgets every answer when another map opens, keeping the open table", async () => {
    const { api, pending } = fakeApi();
    const app = openMap({ semantics: "grounded" });
    startAnalysis(app, api);
    openAnalysisTab(app.store, "warnings");
    pending("getAcceptance")[0]?.resolve(acceptance({ p1: "rejected" }));
    await flush();
    app.store.set({ view: { ...app.store.get().view, map: "other" }, loaded: null });
    expect(app.store.get().analysis).toMatchObject({ acceptance: { status: "idle", data: null }, tab: "warnings" });
  });
});
