import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Case } from "../../server/contract/case";
import type { Graph } from "../../server/contract/graph";
import { SCREENSHOT_DIR, screenshot } from "../support/browser";
import { apiClient, type ApiClient } from "../support/http-client";
import { useBrowserSuite } from "./browser-suite";
import { fetchGraph, nodeByTitle, openExplorer, searchAndOpen, TOLORAYA } from "./ui-helpers";

// Each test drafts, saves and prints over real HTTP in Chromium; under a full parallel run that can pass 30 s.
jest.setTimeout(90_000);

const ui = useBrowserSuite({ server: { seed: true }, page: { viewport: { width: 1440, height: 900 } } });
let api: ApiClient;
let graph: Graph;

beforeAll(async () => {
  api = apiClient(ui.server.url);
  graph = await fetchGraph(ui.server, TOLORAYA);
});

const TRILATERAL = /^Explore a trilateral US-China-Russia consultation mechanism$/;
const CHANNEL = /^Permanent US-Russian channel on Korean and Northeast Asian affairs$/;
/** Three reasons against it in the map, one with an objection the map leaves unanswered: weak points and blocks. */
const REGIONAL = /^Joint efforts to create regional security and cooperation mechanisms$/;
const savedCase = async (id: string): Promise<Case> => (await api.get(`/api/v1/cases/${id}`)).body;
const cards = (p: Page) => p.locator(".contention-card");
const claimOrder = (p: Page) => cards(p).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.claimId));
const saveState = (p: Page) => p.getByTestId("case-save-state");

/** A case drafted over the API, as another user (or an earlier session) would have made it. */
async function draftCase(target: RegExp, side: "for" | "against", title: string): Promise<Case> {
  const reply = await api.post(`/api/v1/maps/${TOLORAYA}/cases`, { title, side, targetId: nodeByTitle(graph, target).id, draft: true });
  if (reply.status !== 201) throw new Error(`draft: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** The nodes a case outlines in the graph: target, contentions, backing, objections, answers, caveats. */
function caseNodeCount(c: Case): number {
  const ids = new Set([c.targetId, ...c.contentions.flatMap((k) => [k.claimId, ...k.evidence.nodeIds, ...k.caveatIds, ...k.objections.flatMap((o) => [o.nodeId, ...o.answerIds])])]);
  return [...ids].filter((id) => graph.nodes.some((n) => n.id === id)).length;
}

async function openCase(p: Page, id: string): Promise<void> {
  await openExplorer(p, `${ui.server.url}/maps/${TOLORAYA}?case=${id}`);
  await p.getByTestId("case-builder").waitFor();
  await p.waitForFunction(() => document.querySelectorAll(".contention-card").length > 0);
}

describe("the case builder", () => {
  test("drafts a case for the trilateral mechanism, adds a contention from the graph, reorders by keyboard and by drag, and saves the order", async () => {
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    await ui.page.getByRole("button", { name: "Cases" }).click();
    await ui.page.getByLabel("Resolution (a proposal or claim)").selectOption({ label: nodeByTitle(graph, TRILATERAL).title });
    await ui.page.getByLabel("For", { exact: true }).check();
    await expect(ui.page.getByLabel(/Draft it from the map/).isChecked()).resolves.toBe(true);
    await ui.page.getByRole("button", { name: "Create case" }).click();
    await ui.page.getByTestId("case-builder").waitFor();
    const id = new URL(ui.page.url()).searchParams.get("case") as string;
    expect(id).toBeTruthy();
    const drafted = await savedCase(id);
    expect(drafted).toMatchObject({ side: "for", targetId: nodeByTitle(graph, TRILATERAL).id, version: 1 });
    expect(await cards(ui.page).count()).toBe(drafted.contentions.length);
    await expect(ui.page.getByTestId("graph").getAttribute("data-case-nodes")).resolves.toBe(String(caseNodeCount(drafted)));

    // The draft has one reason; a second comes from the graph's selection.
    const added = nodeByTitle(graph, /^Russia's interests in Korean affairs are neglected$/);
    await searchAndOpen(ui.page, "interests in Korean affairs");
    await ui.page.getByRole("button", { name: "+ Add the selected node as a contention" }).click();
    expect(await claimOrder(ui.page)).toEqual([drafted.contentions[0]?.claimId, added.id]);
    await expect(saveState(ui.page).textContent()).resolves.toBe("Unsaved changes");
    await ui.page.getByLabel("Tag line of contention 2").fill("Moscow wants a seat at the table");
    await ui.page.getByRole("button", { name: "Save", exact: true }).click();
    await ui.page.waitForFunction(() => document.querySelector('[data-testid="case-save-state"]')?.textContent === "Saved (version 2)");
    const first = drafted.contentions[0]?.claimId;
    expect((await savedCase(id)).contentions.map((c) => [c.claimId, c.tag])).toEqual([[first, ""], [added.id, "Moscow wants a seat at the table"]]);

    // Keyboard: move the first contention down; focus stays with it, and the move is announced.
    await ui.page.getByRole("button", { name: /^Move “.*” down$/ }).first().focus();
    await ui.page.keyboard.press("Enter");
    expect(await claimOrder(ui.page)).toEqual([added.id, first]);
    // Focus moves once the reordered list has rendered: wait for it (under load it lands a frame later).
    await ui.page.waitForFunction((claim) => document.activeElement?.closest(".contention-card")?.getAttribute("data-claim-id") === claim, first, { timeout: 5_000 });
    await expect(ui.page.locator(".case-builder [role=status]").last().textContent()).resolves.toMatch(/to position 2 of 2/);
    await ui.page.getByRole("button", { name: "Save", exact: true }).click();
    await ui.page.waitForFunction(() => document.querySelector('[data-testid="case-save-state"]')?.textContent === "Saved (version 3)");
    expect((await savedCase(id)).contentions.map((c) => c.claimId)).toEqual([added.id, first]);

    // Drag: the second card's handle onto the first card puts it back on top.
    await cards(ui.page).nth(1).locator(".drag-handle").dragTo(cards(ui.page).nth(0));
    expect(await claimOrder(ui.page)).toEqual([first, added.id]);
    await ui.page.getByRole("button", { name: "Save", exact: true }).click();
    await ui.page.waitForFunction(() => document.querySelector('[data-testid="case-save-state"]')?.textContent === "Saved (version 4)");
    const saved = await savedCase(id);
    expect(saved.contentions.map((c) => c.claimId)).toEqual([first, added.id]);

    await expect(ui.page.getByTestId("graph").getAttribute("data-case-nodes")).resolves.toBe(String(caseNodeCount(saved)));
    await screenshot(ui.page, "cases-builder");
  });

  test("a deep link reopens a case with its weak points as badges and its nodes outlined in the graph", async () => {
    const drafted = await draftCase(REGIONAL, "against", "Against regional mechanisms");
    const perContention = drafted.weakPoints.filter((w) => w.contentionId !== null);
    expect(perContention.length).toBeGreaterThan(0);
    await openCase(ui.page, drafted.id);
    await expect(ui.page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe("Against regional mechanisms");
    expect(await cards(ui.page).count()).toBe(drafted.contentions.length);
    const badges = ui.page.locator(".weak-badge");
    expect(await badges.count()).toBe(perContention.length);
    const first = drafted.contentions.findIndex((c) => c.id === perContention[0]?.contentionId);
    await expect(cards(ui.page).nth(first).locator(".weak-badge").first().getAttribute("title")).resolves.toBe(perContention[0]?.message);
    await expect(ui.page.getByTestId("graph").getAttribute("data-case-nodes")).resolves.toBe(String(caseNodeCount(drafted)));
    await screenshot(ui.page, "cases-weak-points");
  });

  test("opens the print preview, prints the brief to PDF, and downloads Markdown", async () => {
    const drafted = await draftCase(REGIONAL, "against", "Against regional mechanisms");
    await openCase(ui.page, drafted.id);
    await ui.page.getByRole("button", { name: "Print preview" }).click();
    const frame = ui.page.frameLocator('[data-testid="brief-frame"]');
    await expect(frame.locator("h1.resolution").textContent()).resolves.toBe(nodeByTitle(graph, REGIONAL).title);
    expect(await frame.locator("article.contention").count()).toBe(drafted.contentions.length);
    await screenshot(ui.page, "cases-preview");

    const download = ui.page.waitForEvent("download");
    await ui.page.keyboard.press("Escape");
    await ui.page.getByRole("link", { name: "Markdown" }).click();
    const file = await (await download).path();
    expect(readFileSync(file, "utf8")).toContain(nodeByTitle(graph, REGIONAL).title);

    const brief = await ui.newPage({ viewport: { width: 900, height: 1200 } });
    await brief.goto(`${ui.server.url}/api/v1/cases/${drafted.id}/brief?format=html&date=2026-03-01`);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pdf = join(SCREENSHOT_DIR, "case-brief.pdf");
    await brief.pdf({ path: pdf, format: "A4", printBackground: true });
    await brief.screenshot({ path: join(SCREENSHOT_DIR, "case-brief.png"), fullPage: true });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    // The first page as a picture, to look at (pdftoppm is in poppler-utils; skipped where it is missing).
    if (existsSync("/usr/bin/pdftoppm")) execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, join(SCREENSHOT_DIR, "case-brief-page")]);
  });

  test("a save that lost a race shows what changed and re-applies our edit on top", async () => {
    const drafted = await draftCase(CHANNEL, "for", "Channel case");
    await openCase(ui.page, drafted.id);
    const theirs = await api.patch(`/api/v1/cases/${drafted.id}`, { title: "Channel case (edited by a colleague)" }, { "if-match": '"1"' });
    expect(theirs.status).toBe(200);
    await ui.page.getByLabel("Tag line of contention 1").fill("Efficiency");
    await ui.page.getByRole("button", { name: "Save", exact: true }).click();
    const notice = ui.page.getByTestId("case-conflict");
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain("Renamed the case from “Channel case” to “Channel case (edited by a colleague)”");
    await screenshot(ui.page, "cases-conflict");
    await ui.page.getByRole("button", { name: "Re-apply my changes and save" }).click();
    await ui.page.waitForFunction(() => document.querySelector('[data-testid="case-save-state"]')?.textContent === "Saved (version 3)");
    const merged = await savedCase(drafted.id);
    expect(merged.title).toBe("Channel case (edited by a colleague)");
    expect(merged.contentions[0]?.tag).toBe("Efficiency");
  });

  test("lists the map's cases, opens one from the list, asks before dropping unsaved edits, and deletes it", async () => {
    const drafted = await draftCase(TRILATERAL, "for", "A case to delete");
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    await ui.page.getByRole("button", { name: "Cases" }).click();
    const item = ui.page.locator(`[data-case-id="${drafted.id}"]`);
    await item.getByRole("button", { name: /^A case to delete/ }).click();
    await ui.page.getByTestId("case-builder").waitFor();
    expect(new URL(ui.page.url()).searchParams.get("case")).toBe(drafted.id);
    await ui.page.getByLabel("Tag line of contention 1").fill("An unsaved tag");
    await ui.page.getByRole("button", { name: "← All cases" }).click();
    await ui.page.getByRole("button", { name: "Discard them and leave" }).click();
    await item.getByRole("button", { name: "Delete the case “A case to delete”" }).click();
    await item.getByRole("button", { name: "Delete", exact: true }).click();
    await item.waitFor({ state: "detached" });
    expect((await api.get(`/api/v1/cases/${drafted.id}`)).status).toBe(404);
  });

  test("without signing in, a server with the production gate refuses to create a case and says why", async () => {
    const gated = await ui.startServer({ seed: true, auth: true });
    await openExplorer(ui.page, `${gated.url}/maps/${TOLORAYA}`);
    await ui.page.getByRole("button", { name: "Cases" }).click();
    await ui.page.getByRole("button", { name: "Create case" }).click();
    await expect(ui.page.locator(".case-error").textContent()).resolves.toContain("Sign in to change cases");
    expect((await apiClient(gated.url).get(`/api/v1/maps/${TOLORAYA}/cases`)).body.cases).toEqual([]);
  });
});
