import type { Page } from "playwright-core";
import type { Graph } from "../../server/contract/graph";
import { importMap } from "../../server/usecases/import-map";
import { ensureClientBuilt, launchBrowser, screenshot, type TestBrowser } from "../support/browser";
import { startTestServer, type TestServer } from "../support/test-server";
import { detailsTitle, fetchGraph, nodeByTitle, openExplorer, searchAndOpen, settle, TOLORAYA } from "./ui-helpers";

let server: TestServer;
let browser: TestBrowser;
let page: Page;
let graph: Graph;

beforeAll(async () => {
  const clientDir = ensureClientBuilt();
  server = await startTestServer({ seed: true, clientDir });
  graph = await fetchGraph(server, TOLORAYA);
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ width: 1280, height: 800 });
});
afterEach(async () => {
  await page.close();
});

const REGIONAL = /^Joint efforts to create regional security and cooperation mechanisms$/;
const OSCE = /^An OSCE-type structure might only increase the US hold$/;
const URGENCY = /^Most countries feel no urgency to develop such a concept$/;

/** What the graph container publishes about the acceptance marks Cytoscape actually drew. */
const drawn = (page: Page) =>
  page.getByTestId("graph").evaluate((el) => {
    const d = (el as HTMLElement).dataset;
    return { analysis: d.analysis, counts: d.statusCounts ?? "", selected: d.selectedStatus ?? "", fill: d.selectedFill ?? "" };
  });

async function waitForDrawn(page: Page, check: (d: Awaited<ReturnType<typeof drawn>>) => boolean): Promise<Awaited<ReturnType<typeof drawn>>> {
  for (let i = 0; i < 100; i += 1) {
    const now = await drawn(page);
    if (check(now)) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`The graph never showed the expected marks: ${JSON.stringify(await drawn(page))}`);
}

const chooseAnalysis = (page: Page, value: string) => page.locator('select[name="analysis"]').selectOption(value);

describe("the analysis views", () => {
  test("switching to grounded colours the graph, and the why-panel names the claims that defeat the regional-mechanism proposal", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}`);
    expect((await drawn(page)).analysis).toBe("off");
    await searchAndOpen(page, "regional security and cooperation mechanisms");
    await expect(detailsTitle(page).textContent()).resolves.toBe(regional.title);
    await chooseAnalysis(page, "grounded");
    const marks = await waitForDrawn(page, (d) => d.analysis === "grounded");
    expect(marks.counts).toMatch(/accepted:\d+/);
    expect(marks.counts).toMatch(/rejected:\d+/);
    expect(marks.selected).toBe("rejected");
    expect(marks.fill).toBe("rgb(247,220,203)");
    expect(new URL(page.url()).searchParams.get("analysis")).toBe("grounded");
    const why = page.getByTestId("why");
    await why.getByText("Why rejected?").waitFor();
    const text = await why.textContent();
    expect(text).toContain("An OSCE-type structure might only increase the US hold");
    expect(text).toContain("Most countries feel no urgency to develop such a concept");
    await expect(page.getByTestId("analysis-panel").textContent()).resolves.toContain("Rejected");
    await settle(page);
    await screenshot(page, "analysis-grounded");
  });

  test("assuming both defeaters rejected makes the proposal accepted, and the deep link keeps the assumptions", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    const osce = nodeByTitle(graph, OSCE);
    const urgency = nodeByTitle(graph, URGENCY);
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}?node=${regional.id}&analysis=grounded`);
    await waitForDrawn(page, (d) => d.selected === "rejected");
    // From the why-panel to each defeater, and assume it rejected there.
    for (const defeater of [osce, urgency]) {
      await page.getByTestId("why").getByRole("button", { name: defeater.title }).first().click();
      await expect(detailsTitle(page).textContent()).resolves.toBe(defeater.title);
      await page.getByRole("button", { name: "Assume rejected" }).click();
      await waitForDrawn(page, (d) => d.selected === "assumed-rejected");
      if (defeater === osce) await settle(page).then(() => screenshot(page, "analysis-assume-claim"));
      await searchAndOpen(page, "regional security and cooperation mechanisms");
      await expect(detailsTitle(page).textContent()).resolves.toBe(regional.title);
    }
    const url = new URL(page.url());
    expect(url.searchParams.get("assume")).toBe([`${osce.id}:rejected`, `${urgency.id}:rejected`].sort().join(","));
    const marks = await waitForDrawn(page, (d) => d.selected === "accepted");
    expect(marks.counts).toContain("assumed-rejected:2");
    await page.getByTestId("why").getByText("Why accepted?").waitFor();
    await expect(page.getByTestId("assumptions").textContent()).resolves.toContain(osce.title);
    await settle(page);
    await screenshot(page, "analysis-assumed");
    await openExplorer(page, url.toString());
    await waitForDrawn(page, (d) => d.selected === "accepted" && d.counts.includes("assumed-rejected:2"));
    await page.getByRole("button", { name: "Clear all" }).click();
    await waitForDrawn(page, (d) => d.selected === "rejected");
    expect(new URL(page.url()).searchParams.has("assume")).toBe(false);
  });

  test("a crux applied from the Cruxes table flips the proposal", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}?node=${regional.id}&analysis=grounded`);
    await waitForDrawn(page, (d) => d.selected === "rejected");
    await page.getByRole("tab", { name: "Cruxes" }).click();
    const group = page.getByTestId("cruxes").locator(".crux-group").first();
    await expect(group.locator(".crux-proposal").textContent()).resolves.toContain(regional.title);
    await group.locator("button.crux", { hasText: "OSCE-type structure" }).filter({ hasText: "no urgency" }).first().click();
    await waitForDrawn(page, (d) => d.selected === "accepted");
    await settle(page);
    await screenshot(page, "analysis-cruxes");
  });

  test("the stance matrix shows stated stances, and its cells and headings lead into the graph", async () => {
    const toloraya = nodeByTitle(graph, /^Georgy Toloraya$/);
    const nunnLugar = nodeByTitle(graph, /Nunn-Lugar/);
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}?analysis=grounded`);
    await page.getByRole("tab", { name: "Stance matrix" }).click();
    const matrix = page.getByTestId("stance-matrix");
    await matrix.waitFor();
    const cell = matrix.getByRole("button", { name: new RegExp(`“${nunnLugar.title}”: Georgy Toloraya proposes it`) });
    await expect(cell.textContent()).resolves.toContain("★");
    await cell.click();
    await expect(detailsTitle(page).textContent()).resolves.toBe(nunnLugar.title);
    await settle(page);
    await screenshot(page, "analysis-stances");
    await matrix.getByRole("button", { name: toloraya.title, exact: true }).click();
    await expect(page.getByTestId("graph-status").textContent()).resolves.toContain(`Focus: what “${toloraya.title}” bears on (1 hop)`);
  });

  test("shows progress while the analysis loads, says when it is incomplete, and explains a failure with a way to try again", async () => {
    await openExplorer(page, `${server.url}/maps/${TOLORAYA}`);
    let mode: "slow-incomplete" | "fail" | "pass" = "slow-incomplete";
    await page.route("**/acceptance?**", async (route) => {
      if (mode === "fail") return route.fulfill({ status: 503, contentType: "application/problem+json", body: JSON.stringify({ type: "x", title: "Unavailable", status: 503, detail: "The analysis is busy; try again in a moment.", code: "internal" }) });
      const response = await route.fetch();
      if (mode === "pass") return route.fulfill({ response });
      await new Promise((done) => setTimeout(done, 1200));
      return route.fulfill({ response, json: { ...(await response.json()), complete: false } });
    });
    await chooseAnalysis(page, "preferred");
    await page.getByText("Working out what is accepted (preferred)…").waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, "analysis-loading");
    await page.getByText("Preferred: incomplete (time budget reached)").waitFor();
    mode = "fail";
    await chooseAnalysis(page, "stable");
    const failure = page.getByTestId("analysis-panel").getByRole("alert");
    await expect(failure.textContent()).resolves.toContain("The analysis is busy; try again in a moment.");
    expect((await drawn(page)).counts).toBe("");
    await screenshot(page, "analysis-error");
    mode = "pass";
    await failure.getByRole("button", { name: "Try again" }).click();
    await waitForDrawn(page, (d) => d.analysis === "stable");
    expect(await page.getByText("incomplete (time budget reached)").count()).toBe(0);
  });

  test("gradual semantics shows a strength in the details, and a broken map shows its warnings, each leading to its node", async () => {
    const file = { format: "crux-json", formatVersion: 1, map: { slug: "warned", title: "A map with a problem" }, nodes: [{ id: "p1", kind: "proposal", title: "Build a bridge" }, { id: "c1", kind: "claim", title: "Bridges cost money" }], relations: [{ id: "r1", source: "c1", target: "p1", relation: "contradicts" }] };
    await importMap(server.ctx, "ui-test", file as never);
    const proposal = nodeByTitle(await fetchGraph(server, "warned"), /Build a bridge/);
    await openExplorer(page, `${server.url}/maps/warned?node=${proposal.id}&analysis=gradual`);
    await page.getByTestId("node-analysis").getByText(/Strength \d\.\d\d/).waitFor();
    await page.getByRole("tab", { name: /Warnings/ }).click();
    const warning = page.getByTestId("warnings").locator(".warning-item").first();
    await expect(warning.textContent()).resolves.toContain("Unsupported proposal");
    await searchAndOpen(page, "Bridges cost");
    await warning.click();
    await expect(detailsTitle(page).textContent()).resolves.toBe("Build a bridge");
    await screenshot(page, "analysis-warnings");
  });
});
