import type { Locator } from "playwright-core";
import type { AcceptanceResult } from "../../server/contract/analysis";
import type { Graph } from "../../server/contract/graph";
import { ACCEPTANCE_THEME, NODE_THEME } from "../../client/theme";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, fetchGraph, nodeByTitle, openExplorer, TOLORAYA, waitForMarks } from "./ui-helpers";

const ui = useBrowserSuite({ server: { seed: true } });
let graph: Graph;

beforeAll(async () => {
  graph = await fetchGraph(ui.server, TOLORAYA);
});
// A missing row should fail with the locator's message, not the test's timeout.
beforeEach(() => ui.page.setDefaultTimeout(10_000));

/** The regional-mechanism proposal is part of the Obama-Medvedev agenda, part of US-Russian cooperation: level 4 of the outline. */
const PATH_TO_REGIONAL = [/^US-Russian cooperation on Korean affairs$/, /^Broaden Obama-Medvedev cooperation beyond the nuclear issue$/];
const REGIONAL = /^Joint efforts to create regional security and cooperation mechanisms$/;
const OSCE = /^An OSCE-type structure might only increase the US hold$/;
const URGENCY = /^Most countries feel no urgency to develop such a concept$/;

/** What the API says under grounded, with the given what-ifs (`id:rejected,...`). */
async function groundedAcceptance(assume?: string): Promise<AcceptanceResult> {
  const query = new URLSearchParams({ semantics: "grounded", ...(assume ? { assume } : {}) });
  const response = await fetch(`${ui.server.url}/api/v1/maps/${TOLORAYA}/acceptance?${query.toString()}`);
  expect(response.status).toBe(200);
  return (await response.json()) as AcceptanceResult;
}

/** The outline's rows for a node, at a level of the tree. */
const rowOf = (title: string, level: number) =>
  ui.page.locator(`[role="treeitem"][aria-level="${level}"]`).filter({ has: ui.page.getByText(title, { exact: true }) });

/** Opens an outline link and waits for the tree (the graph under the outline never reports ready, so `openExplorer` would time out). */
async function openOutline(query: string) {
  await ui.page.goto(`${ui.server.url}/maps/${TOLORAYA}?view=outline&${query}`);
  await ui.page.getByRole("tree").waitFor();
}

/** Unfolds the proposals above the regional-mechanism proposal, and that proposal, and returns its row (level 4). */
async function unfoldRegional() {
  for (const [i, pattern] of PATH_TO_REGIONAL.entries()) await rowOf(nodeByTitle(graph, pattern).title, i + 2).click();
  const row = rowOf(nodeByTitle(graph, REGIONAL).title, 4);
  await row.click();
  return row;
}

/** What a row shows of its node's acceptance: its status, the words for a screen reader, the badges, the swatch's tint. */
const marksOf = (row: Locator) =>
  row.first().evaluate((el) => ({
    status: el.getAttribute("data-status"),
    spoken: el.querySelector(".visually-hidden")?.textContent ?? "",
    badges: el.querySelectorAll(".outline-badges img").length,
    fill: el.querySelector(".swatch > *")?.getAttribute("fill") ?? null,
  }));

/** A row's accessible name: its role word, the title, then the status in words (Chromium puts a space before the hidden text). */
const spokenAs = (title: string, status: string) => new RegExp(`^(\\w+ )*${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*, ${status}$`);

/** Waits (up to 10 s) until the row's status is `status`. */
async function waitForStatus(row: Locator, status: string | null) {
  for (let i = 0; i < 100 && (await row.first().getAttribute("data-status")) !== status; i += 1) await ui.page.waitForTimeout(100);
  return marksOf(row);
}

describe("the outline under analysis", () => {
  test("marks each proposal and reason with the status the API gives, in words as well as badges, and drops the marks when analysis is off", async () => {
    const api = await groundedAcceptance();
    const regional = nodeByTitle(graph, REGIONAL);
    expect(api.labels[regional.id]).toBe("rejected");
    await openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}`);
    await ui.page.locator('select[name="analysis"]').selectOption("grounded");
    await waitForMarks(ui.page, (d) => d.analysis === "grounded");
    await ui.page.getByRole("button", { name: "Outline" }).click();
    await ui.page.getByRole("tree").waitFor();

    const proposals = await ui.page.locator('[role="treeitem"][aria-level="2"]').evaluateAll((rows) =>
      rows.map((row) => ({ title: row.querySelector(".outline-label")?.textContent ?? "", status: row.getAttribute("data-status") })),
    );
    expect(proposals.length).toBeGreaterThan(0);
    const labelOf = (title: string) => api.labels[graph.nodes.find((n) => n.title === title)?.id ?? ""];
    for (const { title, status } of proposals) expect([title, status]).toEqual([title, labelOf(title)]);

    const regionalRow = await unfoldRegional();
    await expect(marksOf(regionalRow)).resolves.toEqual({ status: "rejected", spoken: ", rejected", badges: 1, fill: ACCEPTANCE_THEME.rejected.fill });
    await ui.page.getByRole("treeitem", { name: spokenAs(regional.title, "rejected") }).waitFor();
    for (const pattern of [OSCE, URGENCY]) {
      const reason = nodeByTitle(graph, pattern);
      const label = api.labels[reason.id] as keyof typeof ACCEPTANCE_THEME;
      await expect(marksOf(rowOf(reason.title, 5))).resolves.toEqual({ status: label, spoken: `, ${label}`, badges: 1, fill: ACCEPTANCE_THEME[label].fill });
    }
    const counts = ui.page.getByTestId("outline-counts");
    await expect(counts.textContent()).resolves.toContain(`${Object.values(api.labels).filter((l) => l === "rejected").length} rejected`);
    await screenshot(ui.page, "outline-analysis");

    await ui.page.getByTestId("outline-bar").locator('select[name="analysis"]').selectOption("off");
    await expect(waitForStatus(regionalRow, null)).resolves.toEqual({ status: null, spoken: "", badges: 0, fill: NODE_THEME.proposal.fill });
    expect(await ui.page.locator('[role="treeitem"][data-status]').count()).toBe(0);
    expect(await ui.page.locator(".outline-badges").count()).toBe(0);
    await expect(counts.textContent()).resolves.toBe("");
    expect(new URL(ui.page.url()).searchParams.has("analysis")).toBe(false);
  });

  test("shows an assumption from the link as assumed, and follows a new one made in the details", async () => {
    const regional = nodeByTitle(graph, REGIONAL);
    const osce = nodeByTitle(graph, OSCE);
    const urgency = nodeByTitle(graph, URGENCY);
    const oneAssumed = await groundedAcceptance(`${osce.id}:rejected`);
    const bothAssumed = await groundedAcceptance(`${osce.id}:rejected,${urgency.id}:rejected`);
    expect(oneAssumed.assumptions[osce.id]).toBe("rejected");
    expect(bothAssumed.labels[regional.id]).toBe("accepted");
    await openOutline(`analysis=grounded&assume=${osce.id}:rejected`);
    const regionalRow = await unfoldRegional();
    await waitForStatus(regionalRow, oneAssumed.labels[regional.id] ?? null);
    await expect(marksOf(rowOf(osce.title, 5))).resolves.toMatchObject({ status: "assumed-rejected", spoken: ", assumed rejected", badges: 2 });
    await ui.page.getByRole("treeitem", { name: spokenAs(osce.title, "assumed rejected") }).waitFor();

    await rowOf(urgency.title, 5).click();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(urgency.title);
    await ui.page.getByRole("button", { name: "Assume rejected" }).click();
    await expect(waitForStatus(regionalRow, "accepted")).resolves.toMatchObject({ spoken: ", accepted", badges: 1 });
    await expect(marksOf(rowOf(urgency.title, 5))).resolves.toMatchObject({ status: "assumed-rejected", badges: 2 });
    await screenshot(ui.page, "outline-analysis-assumed");
  });

  test("lists only the rejected and undecided, as the API labels them, and each still unfolds into its reasons", async () => {
    const api = await groundedAcceptance();
    const unresolved = (label: string) => Object.entries(api.labels).filter(([, l]) => l === label).map(([id]) => id);
    const regional = nodeByTitle(graph, REGIONAL);
    await openOutline("analysis=grounded");
    const filter = ui.page.getByRole("button", { name: /^Rejected & undecided/ });
    await expect(filter.textContent()).resolves.toBe(`Rejected & undecided (${unresolved("rejected").length + unresolved("undecided").length})`);
    await filter.click();
    expect(await filter.getAttribute("aria-pressed")).toBe("true");
    const groups = await ui.page.locator('[role="treeitem"][aria-level="1"]').allTextContents();
    const expected = (["rejected", "undecided"] as const).filter((l) => unresolved(l).length > 0).map((l) => `▾${ACCEPTANCE_THEME[l].label} (${unresolved(l).length})`);
    expect(groups).toEqual(expected);
    const members = await ui.page.locator('[role="treeitem"][aria-level="2"]').evaluateAll((rows) => rows.map((row) => row.getAttribute("data-status")));
    expect(members.length).toBe(unresolved("rejected").length + unresolved("undecided").length);
    expect(members.every((s) => s === "rejected" || s === "undecided")).toBe(true);

    await rowOf(regional.title, 2).click();
    await rowOf(nodeByTitle(graph, OSCE).title, 3).waitFor();
    await screenshot(ui.page, "outline-analysis-unresolved");
    await ui.page.getByRole("button", { name: "All", exact: true }).click();
    await expect(ui.page.locator('[role="treeitem"][aria-level="1"]').first().textContent()).resolves.toMatch(/^▾Proposals \(\d+\)/);
  });
});

