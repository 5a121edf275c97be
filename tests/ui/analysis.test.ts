import type { Page } from "playwright-core";
import type { Graph } from "../../server/contract/graph";
import { importMap } from "../../server/usecases/import-map";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, drawnMarks, fetchGraph, nodeByTitle, openExplorer, searchAndOpen, settle, TOLORAYA, waitForMarks } from "./ui-helpers";

const ui = useBrowserSuite({ server: { seed: true } });
let graph: Graph;

beforeAll(async () => {
  graph = await fetchGraph(ui.server, TOLORAYA);
});

const REGIONAL = /^Joint efforts to create regional security and cooperation mechanisms$/;
const OSCE = /^An OSCE-type structure might only increase the US hold$/;
const URGENCY = /^Most countries feel no urgency to develop such a concept$/;

const chooseAnalysis = (page: Page, value: string) => page.locator('select[name="analysis"]').selectOption(value);

describe("the analysis views", () => {
  test("switching to grounded colours the graph, and the why-panel names the claims that defeat the regional-mechanism proposal", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    expect((await drawnMarks(ui.page)).analysis).toBe("off");
    await searchAndOpen(ui.page, "regional security and cooperation mechanisms");
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(regional.title);
    await chooseAnalysis(ui.page, "grounded");
    const marks = await waitForMarks(ui.page, (d) => d.analysis === "grounded");
    expect(marks.counts).toMatch(/accepted:\d+/);
    expect(marks.counts).toMatch(/rejected:\d+/);
    expect(marks.selected).toBe("rejected");
    expect(marks.fill).toBe("rgb(247,220,203)");
    expect(new URL(ui.page.url()).searchParams.get("analysis")).toBe("grounded");
    const why = ui.page.getByTestId("why");
    await why.getByText("Why rejected?").waitFor();
    const text = await why.textContent();
    expect(text).toContain("An OSCE-type structure might only increase the US hold");
    expect(text).toContain("Most countries feel no urgency to develop such a concept");
    await expect(ui.page.getByTestId("analysis-panel").textContent()).resolves.toContain("Rejected");
    await settle(ui.page);
    await screenshot(ui.page, "analysis-grounded");
  });

  test("assuming both defeaters rejected makes the proposal accepted, and the deep link keeps the assumptions", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    const osce = nodeByTitle(graph, OSCE);
    const urgency = nodeByTitle(graph, URGENCY);
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}?node=${regional.id}&analysis=grounded`);
    await waitForMarks(ui.page, (d) => d.selected === "rejected");
    // From the why-panel to each defeater, and assume it rejected there.
    for (const defeater of [osce, urgency]) {
      await ui.page.getByTestId("why").getByRole("button", { name: defeater.title }).first().click();
      await expect(detailsTitle(ui.page).textContent()).resolves.toBe(defeater.title);
      await ui.page.getByRole("button", { name: "Assume rejected" }).click();
      await waitForMarks(ui.page, (d) => d.selected === "assumed-rejected");
      if (defeater === osce) await settle(ui.page).then(() => screenshot(ui.page, "analysis-assume-claim"));
      await searchAndOpen(ui.page, "regional security and cooperation mechanisms");
      await expect(detailsTitle(ui.page).textContent()).resolves.toBe(regional.title);
    }
    const url = new URL(ui.page.url());
    expect(url.searchParams.get("assume")).toBe([`${osce.id}:rejected`, `${urgency.id}:rejected`].sort().join(","));
    const marks = await waitForMarks(ui.page, (d) => d.selected === "accepted");
    expect(marks.counts).toContain("assumed-rejected:2");
    await ui.page.getByTestId("why").getByText("Why accepted?").waitFor();
    await expect(ui.page.getByTestId("assumptions").textContent()).resolves.toContain(osce.title);
    await settle(ui.page);
    await screenshot(ui.page, "analysis-assumed");
    await openExplorer(ui.page, url.toString());
    await waitForMarks(ui.page, (d) => d.selected === "accepted" && d.counts.includes("assumed-rejected:2"));
    await ui.page.getByRole("button", { name: "Clear all" }).click();
    await waitForMarks(ui.page, (d) => d.selected === "rejected");
    expect(new URL(ui.page.url()).searchParams.has("assume")).toBe(false);
  });

  test("a crux applied from the Cruxes table flips the proposal", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}?node=${regional.id}&analysis=grounded`);
    await waitForMarks(ui.page, (d) => d.selected === "rejected");
    await ui.page.getByRole("tab", { name: "Cruxes" }).click();
    const group = ui.page.getByTestId("cruxes").locator(".crux-group").first();
    await expect(group.locator(".crux-proposal").textContent()).resolves.toContain(regional.title);
    await group.locator("button.crux", { hasText: "OSCE-type structure" }).filter({ hasText: "no urgency" }).first().click();
    await waitForMarks(ui.page, (d) => d.selected === "accepted");
    await settle(ui.page);
    await screenshot(ui.page, "analysis-cruxes");
  });

  test("the stance matrix shows stated stances, and its cells and headings lead into the graph", async () => {
    const toloraya = nodeByTitle(graph, /^Georgy Toloraya$/);
    const nunnLugar = nodeByTitle(graph, /Nunn-Lugar/);
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}?analysis=grounded`);
    await ui.page.getByRole("tab", { name: "Stance matrix" }).click();
    const matrix = ui.page.getByTestId("stance-matrix");
    await matrix.waitFor();
    const cell = matrix.getByRole("button", { name: new RegExp(`“${nunnLugar.title}”: Georgy Toloraya proposes it`) });
    await expect(cell.textContent()).resolves.toContain("★");
    await cell.click();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(nunnLugar.title);
    await settle(ui.page);
    await screenshot(ui.page, "analysis-stances");
    await matrix.getByRole("button", { name: toloraya.title, exact: true }).click();
    await expect(ui.page.getByTestId("graph-status").textContent()).resolves.toContain(`Focus: what “${toloraya.title}” bears on (1 hop)`);
  });

  test("shows progress while the analysis loads, says when it is incomplete, and explains a failure with a way to try again", async () => {
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    let mode: "slow-incomplete" | "fail" | "pass" = "slow-incomplete";
    await ui.page.route("**/acceptance?**", async (route) => {
      if (mode === "fail") return route.fulfill({ status: 503, contentType: "application/problem+json", body: JSON.stringify({ type: "x", title: "Unavailable", status: 503, detail: "The analysis is busy; try again in a moment.", code: "internal" }) });
      const response = await route.fetch();
      if (mode === "pass") return route.fulfill({ response });
      await new Promise((done) => setTimeout(done, 1200));
      return route.fulfill({ response, json: { ...(await response.json()), complete: false } });
    });
    await chooseAnalysis(ui.page, "preferred");
    await ui.page.getByText("Working out what is accepted (preferred)…").waitFor();
    await ui.page.waitForTimeout(400);
    await screenshot(ui.page, "analysis-loading");
    await ui.page.getByText("Preferred: incomplete (time budget reached)").waitFor();
    mode = "fail";
    await chooseAnalysis(ui.page, "stable");
    const failure = ui.page.getByTestId("analysis-panel").getByRole("alert");
    await expect(failure.textContent()).resolves.toContain("The analysis is busy; try again in a moment.");
    expect((await drawnMarks(ui.page)).counts).toBe("");
    await screenshot(ui.page, "analysis-error");
    mode = "pass";
    await failure.getByRole("button", { name: "Try again" }).click();
    await waitForMarks(ui.page, (d) => d.analysis === "stable");
    expect(await ui.page.getByText("incomplete (time budget reached)").count()).toBe(0);
  });

  test("gradual semantics shows a strength in the details, and a broken map shows its warnings, each leading to its node", async () => {
    const file = { format: "crux-json", formatVersion: 1, map: { slug: "warned", title: "A map with a problem" }, nodes: [{ id: "p1", kind: "proposal", title: "Build a bridge" }, { id: "c1", kind: "claim", title: "Bridges cost money" }], relations: [{ id: "r1", source: "c1", target: "p1", relation: "contradicts" }] };
    await importMap(ui.server.ctx, "ui-test", file as never);
    const proposal = nodeByTitle(await fetchGraph(ui.server, "warned"), /Build a bridge/);
    await openExplorer(ui.page, `${ui.server.url}/maps/warned?node=${proposal.id}&analysis=gradual`);
    await ui.page.getByTestId("node-analysis").getByText(/Strength \d\.\d\d/).waitFor();
    await ui.page.getByRole("tab", { name: /Warnings/ }).click();
    const warning = ui.page.getByTestId("warnings").locator(".warning-item").first();
    await expect(warning.textContent()).resolves.toContain("Unsupported proposal");
    await searchAndOpen(ui.page, "Bridges cost");
    await warning.click();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe("Build a bridge");
    await screenshot(ui.page, "analysis-warnings");
  });
});
