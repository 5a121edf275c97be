import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AcceptanceResult, ActorView } from "../../server/contract/analysis";
import type { Graph } from "../../server/contract/graph";
import { screenshot, waitForGraph } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { fetchGraph, openExplorer, TOLORAYA, waitForMarks } from "./ui-helpers";

const ui = useBrowserSuite({ server: { seed: true } });
let graph: Graph;

beforeAll(async () => {
  graph = await fetchGraph(ui.server, TOLORAYA);
});

const nodeTitled = (title: string) => {
  const node = graph.nodes.find((n) => n.title === title);
  if (!node) throw new Error(`No node is titled "${title}"`);
  return node;
};

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${ui.server.url}/api/v1/maps/${TOLORAYA}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}
const assumeQuery = (assume: string) => (assume ? `&assume=${assume}` : "");
const neutralAcceptance = (assume = "") => api<AcceptanceResult>(`/acceptance?semantics=grounded${assumeQuery(assume)}`);
const actorView = (actor: string, assume = "") => api<ActorView>(`/actors/${actor}/view?semantics=grounded${assumeQuery(assume)}`);

/** The marks an answer of the API puts on the graph, as the graph container publishes them: "accepted:75 rejected:8". */
function expectedCounts(result: AcceptanceResult): string {
  const counts: Record<string, number> = {};
  for (const [id, label] of Object.entries(result.labels)) {
    const status = result.assumptions[id] ? `assumed-${result.assumptions[id]}` : label;
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return Object.keys(counts).sort().map((k) => `${k}:${counts[k]}`).join(" ");
}

/** Claims and proposals whose label differs between two answers: proposals first, then claims, in the map's order. */
function differing(neutral: AcceptanceResult, view: ActorView) {
  const changed = graph.nodes.filter((n) => n.kind !== "actor" && neutral.labels[n.id] !== view.labels[n.id]);
  return [...changed.filter((n) => n.kind === "proposal"), ...changed.filter((n) => n.kind === "claim")];
}

function proposalCounts(result: AcceptanceResult) {
  const proposals = graph.nodes.filter((n) => n.kind === "proposal").map((n) => result.labels[n.id]);
  return { accepted: proposals.filter((l) => l === "accepted").length, rejected: proposals.filter((l) => l === "rejected").length };
}

const open = (path: string) => openExplorer(ui.page, `${ui.server.url}/maps/${TOLORAYA}${path}`);

const selector = () => ui.page.locator('select[name="point-of-view"]');
const pov = () => new URL(ui.page.url()).searchParams.get("pov");
const summary = () => ui.page.getByTestId("viewpoint-summary");
const differenceIds = () => ui.page.getByTestId("viewpoint-differences").locator("li").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.node));

describe("an actor's point of view", () => {
  test("choosing Russia colours the graph with Russia's view and lists what differs from the neutral analysis, as the API says", async () => {
    const russia = nodeTitled("Russia");
    const [neutral, view] = await Promise.all([neutralAcceptance(), actorView(russia.id)]);
    const changed = differing(neutral, view);
    expect(changed.length).toBeGreaterThan(0);
    expect(expectedCounts(view)).not.toBe(expectedCounts(neutral));

    await open("?analysis=grounded");
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(neutral));
    await ui.page.getByRole("tab", { name: "Point of view" }).click();
    await selector().selectOption(russia.id);
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(view));
    expect(pov()).toBe(russia.id);
    await expect(ui.page.getByTestId("viewpoint-chip").textContent()).resolves.toContain("From Russia’s point of view");

    const { accepted, rejected } = proposalCounts(view);
    const differ = changed.length === 1 ? "1 node differs" : `${changed.length} nodes differ`;
    await expect(summary().textContent()).resolves.toBe(
      `From Russia’s point of view: ${accepted} proposals accepted, ${rejected} rejected. ${differ} from the neutral analysis.`,
    );
    await expect(differenceIds()).resolves.toEqual(changed.map((n) => n.id));
    for (const node of changed) {
      const row = ui.page.getByTestId("viewpoint-differences").locator(`li[data-node="${node.id}"]`);
      await expect(row.getByRole("button", { name: node.title }).count()).resolves.toBe(1);
      await expect(row.locator(".viewpoint-labels").getAttribute("aria-label")).resolves.toBe(
        `neutral: ${neutral.labels[node.id]}; from Russia’s point of view: ${view.labels[node.id]}`,
      );
    }

    // A differing node is a click away on the graph, drawn with Russia's mark for it.
    const first = changed[0]!;
    await ui.page.getByTestId("viewpoint-differences").getByRole("button", { name: first.title }).click();
    await expect(ui.page.locator('[data-testid="details"] #details-heading').textContent()).resolves.toBe(first.title);
    const mark = view.assumptions[first.id] ? `assumed-${view.assumptions[first.id]}` : view.labels[first.id];
    await waitForMarks(ui.page, (d) => d.selected === mark);
    await expect(ui.page.getByTestId("node-analysis").textContent()).resolves.toContain("from Russia’s point of view");
    await ui.page.mouse.move(640, 200);
    await ui.page.waitForTimeout(600);
    await screenshot(ui.page, "actor-view-russia");
    await ui.page.screenshot({ path: join(tmpdir(), "actor-view-russia.png") });
  });

  test("the point of view is in the URL: reloading restores it, Back and Forward move between it and neutral, Neutral restores the neutral colours", async () => {
    const russia = nodeTitled("Russia");
    const [neutral, view] = await Promise.all([neutralAcceptance(), actorView(russia.id)]);
    await open("?analysis=grounded");
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(neutral));
    await ui.page.getByRole("tab", { name: "Point of view" }).click();
    await selector().selectOption(russia.id);
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(view));

    await ui.page.reload();
    await waitForGraph(ui.page);
    expect(pov()).toBe(russia.id);
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(view));
    await expect(selector().inputValue()).resolves.toBe(russia.id);
    await expect(summary().textContent()).resolves.toContain("From Russia’s point of view");

    await ui.page.goBack();
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(neutral));
    expect(pov()).toBeNull();
    await expect(ui.page.getByTestId("viewpoint-chip").count()).resolves.toBe(0);
    await ui.page.goForward();
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(view));
    expect(pov()).toBe(russia.id);

    await selector().selectOption("");
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(neutral));
    expect(pov()).toBeNull();
    await expect(selector().inputValue()).resolves.toBe("");
    await expect(summary().count()).resolves.toBe(0);
    await expect(ui.page.getByTestId("analysis-panel").textContent()).resolves.not.toContain("point of view");
  });

  test("the eye under an actor in the stance matrix opens its point of view, with any what-ifs still on top", async () => {
    const toloraya = nodeTitled("Georgy Toloraya");
    const [neutral, view] = await Promise.all([neutralAcceptance(), actorView(toloraya.id)]);
    await open("?analysis=grounded");
    await ui.page.getByRole("tab", { name: "Stance matrix" }).click();
    await ui.page.getByTestId("stance-matrix").getByRole("button", { name: "See the map from Georgy Toloraya’s point of view" }).click();
    await expect(ui.page.getByRole("tab", { name: "Point of view" }).getAttribute("aria-selected")).resolves.toBe("true");
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(view));
    expect(pov()).toBe(toloraya.id);
    await expect(differenceIds()).resolves.toEqual(differing(neutral, view).map((n) => n.id));

    // A what-if overrides the actor's own stance: assuming rejected the one claim The West states leaves nothing of its view.
    const west = nodeTitled("The West");
    const foe = nodeTitled("Russia is an opponent, if not foe, of the West");
    const assume = `${foe.id}:rejected`;
    const [neutralIf, westIf] = await Promise.all([neutralAcceptance(assume), actorView(west.id, assume)]);
    expect(westIf.assumptions[foe.id]).toBe("rejected");
    expect(differing(neutralIf, westIf)).toEqual([]);
    await open(`?analysis=grounded&assume=${assume}&pov=${west.id}`);
    await waitForMarks(ui.page, (d) => d.counts === expectedCounts(westIf));
    await expect(summary().textContent()).resolves.toContain("Nothing differs from the neutral analysis.");
    await expect(ui.page.getByTestId("viewpoint-stated").textContent()).resolves.toContain(foe.title);
  });
});
