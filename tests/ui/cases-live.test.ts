import type { Page } from "playwright-core";
import type { Case } from "../../server/contract/case";
import type { Graph } from "../../server/contract/graph";
import { EDITOR, EDITOR_2, sessionClient } from "../support/auth";
import { screenshot } from "../support/browser";
import type { ApiClient } from "../support/http-client";
import { useBrowserSuite } from "./browser-suite";
import { fetchGraph, nodeByTitle, openExplorerAs, TOLORAYA } from "./ui-helpers";

// Each test opens a case in Chromium and changes the map over real HTTP; under a full parallel run that can pass 30 s.
jest.setTimeout(90_000);

/** Eve (in Chromium) builds the case; Ed changes the map over the API meanwhile. */
const ui = useBrowserSuite({ server: { seed: true, auth: true, users: [EDITOR, EDITOR_2] }, page: { viewport: { width: 1440, height: 900 } } });
let edApi: ApiClient;
let graph: Graph;

beforeAll(async () => {
  edApi = await sessionClient(ui.server.url, EDITOR_2);
  graph = await fetchGraph(ui.server, TOLORAYA);
});

const TRILATERAL = /^Explore a trilateral US-China-Russia consultation mechanism$/;
const REGIONAL = /^Joint efforts to create regional security and cooperation mechanisms$/;
const cards = (p: Page) => p.locator(".contention-card");
const saveState = (p: Page) => p.getByTestId("case-save-state");
const unreloaded = (p: Page) => p.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded === true);

async function created<T = any>(reply: { status: number; body: T }, what: string): Promise<T> {
  if (reply.status !== 201) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** Opens a case as Eve, signed in, and marks the page so a reload would show. */
async function openCaseAsEve(id: string): Promise<Page> {
  const page = ui.page;
  // Others' changes are announced once the confirmation of signing in has gone.
  if (await openExplorerAs(page, `${ui.server.url}/maps/${TOLORAYA}?case=${id}`, EDITOR)) await page.getByText(/^Signed in as/).waitFor({ state: "detached" });
  await page.getByTestId("case-builder").waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".contention-card").length > 0);
  await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));
  return page;
}

describe("the case builder follows the map live", () => {
  test("an objection added by someone else shows as a new weak point and a notice, without a reload, and the unsaved edit stays", async () => {
    const drafted = await created<Case>(
      await edApi.post(`/api/v1/maps/${TOLORAYA}/cases`, { title: "For the trilateral mechanism", side: "for", targetId: nodeByTitle(graph, TRILATERAL).id, draft: true }),
      "draft",
    );
    // A contention whose claim survives the analysis now: an objection nothing answers will defeat it.
    const at = drafted.contentions.findIndex((c) => !drafted.weakPoints.some((w) => w.contentionId === c.id && w.kind === "contention_not_accepted"));
    expect(at).toBeGreaterThanOrEqual(0);
    const contention = drafted.contentions[at]!;
    const page = await openCaseAsEve(drafted.id);
    const card = cards(page).nth(at);
    expect(await card.locator(".weak-badge", { hasText: "Defeated" }).count()).toBe(0);
    await page.getByLabel(`Tag line of contention ${at + 1}`).fill("Moscow wants a seat at the table");
    await expect(saveState(page).textContent()).resolves.toBe("Unsaved changes");

    const objection = await created(await edApi.post(`/api/v1/maps/${TOLORAYA}/nodes`, { kind: "claim", title: "Beijing would never share the table" }), "node");
    await created(await edApi.post(`/api/v1/maps/${TOLORAYA}/relations`, { source: objection.id, target: contention.claimId, relation: "contradicts" }), "relation");

    const notice = page.getByTestId("case-map-change");
    await notice.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="case-map-change"]')?.textContent?.includes("now defeated"));
    await expect(notice.locator("li").allTextContents()).resolves.toEqual([`Contention ${at + 1}: a new objection, “Beijing would never share the table”; now defeated.`]);
    const badge = card.locator(".weak-badge-new", { hasText: "Defeated" });
    await badge.waitFor();
    await expect(page.getByLabel(`Tag line of contention ${at + 1}`).inputValue()).resolves.toBe("Moscow wants a seat at the table");
    await expect(saveState(page).textContent()).resolves.toBe("Unsaved changes");
    expect(await unreloaded(page)).toBe(true);

    await screenshot(page, "cases-live-notice");
    await page.locator(".case-column").screenshot({ path: "/tmp/cases-live-notice.png" });

    // The edit saves on top of the version Eve read (the map changed, the case did not); dismissing hides the notice,
    // the badge stays and is no longer marked new.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="case-save-state"]')?.textContent === "Saved (version 2)");
    expect((await edApi.get(`/api/v1/cases/${drafted.id}`)).body.contentions[at].tag).toBe("Moscow wants a seat at the table");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    await expect(card.locator(".weak-badge", { hasText: "Defeated" }).getAttribute("class")).resolves.not.toContain("weak-badge-new");
  });

  test("someone else's save of the open case is news too; with nothing unsaved, their version loads from the notice", async () => {
    const made = await created<Case>(
      await edApi.post(`/api/v1/maps/${TOLORAYA}/cases`, { title: "Trilateral, first cut", side: "for", targetId: nodeByTitle(graph, TRILATERAL).id, draft: true }),
      "draft",
    );
    const page = await openCaseAsEve(made.id);
    expect((await edApi.patch(`/api/v1/cases/${made.id}`, { title: "Trilateral, second cut" }, { "if-match": '"1"' })).status).toBe(200);
    const notice = page.getByTestId("case-map-change");
    await notice.getByRole("heading", { name: "This case changed" }).waitFor();
    await expect(notice.locator("li").allTextContents()).resolves.toEqual([
      "Someone else saved this case (now version 2).",
      "Renamed the case from “Trilateral, first cut” to “Trilateral, second cut”.",
    ]);
    await expect(page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe("Trilateral, first cut");
    await screenshot(page, "cases-live-their-save");
    await notice.getByRole("button", { name: "Load their version" }).click();
    await notice.waitFor({ state: "detached" });
    await expect(page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe("Trilateral, second cut");
    await expect(saveState(page).textContent()).resolves.toBe("Saved (version 2)");
    expect(await unreloaded(page)).toBe(true);
  });

  test("a contention's claim retitled and then deleted by someone else: the card and the notice follow, the edits stay", async () => {
    const target = nodeByTitle(graph, REGIONAL);
    const claim = await created(await edApi.post(`/api/v1/maps/${TOLORAYA}/nodes`, { kind: "claim", title: "Regional mechanisms dilute US leverage" }), "node");
    await created(await edApi.post(`/api/v1/maps/${TOLORAYA}/relations`, { source: claim.id, target: target.id, relation: "contradicts" }), "relation");
    const made = await created<Case>(
      await edApi.post(`/api/v1/maps/${TOLORAYA}/cases`, { title: "Against regional mechanisms", side: "against", targetId: target.id, contentions: [{ claimId: claim.id }] }),
      "case",
    );
    const page = await openCaseAsEve(made.id);
    await page.getByLabel("Notes on the case").fill("Open with the leverage point.");

    const renamed = await edApi.patch(`/api/v1/nodes/${claim.id}`, { title: "Regional talks dilute US leverage" }, { "if-match": `"${claim.version}"` });
    expect(renamed.status).toBe(200);
    const notice = page.getByTestId("case-map-change");
    await page.waitForFunction(() => document.querySelector('[data-testid="case-map-change"]')?.textContent?.includes("now titled"));
    await expect(cards(page).first().locator(".contention-claim").textContent()).resolves.toBe("Regional talks dilute US leverage");
    await expect(notice.locator("li").allTextContents()).resolves.toEqual(["Contention 1: its claim is now titled “Regional talks dilute US leverage”."]);

    expect((await edApi.delete(`/api/v1/nodes/${claim.id}`, { "if-match": `"${renamed.body.version}"` })).status).toBe(204);
    await page.waitForFunction(() => document.querySelector('[data-testid="case-map-change"]')?.textContent?.includes("deleted from the map"));
    await expect(notice.locator("li").allTextContents()).resolves.toEqual(["Contention 1: its claim, “Regional talks dilute US leverage”, was deleted from the map."]);
    await cards(page).first().locator(".weak-badge", { hasText: "Missing from the map" }).waitFor();
    await expect(cards(page).first().locator(".contention-claim").textContent()).resolves.toBe("(no longer in the map)");
    await expect(page.getByLabel("Notes on the case").inputValue()).resolves.toBe("Open with the leverage point.");
    expect(await unreloaded(page)).toBe(true);
    await screenshot(page, "cases-live-deleted");
  });
});
