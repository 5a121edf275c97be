import type { Page } from "playwright-core";
import type { CruxJsonInput } from "../../server/contract/crux-json";
import type { Graph } from "../../server/contract/graph";
import { EDITOR } from "../support/auth";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, drawnCounts, fetchGraph, fitAll, nodeByTitle, openExplorerAs, screenPoint, selectPhrase } from "./ui-helpers";

/** The source of the small maps below, in one run of text (no node or relation is anchored in it yet). */
const TEXT =
  "Russia poses no threat to US interests in Northeast Asia. Its main interest on the Korean peninsula is stability, " +
  "and Moscow still has some leverage in Pyongyang. A trilateral US-China-Russia consultation mechanism on Korean " +
  "affairs would help. Yet Moscow's influence in Pyongyang has waned since the Soviet collapse.";

/**
 * A proposal with two reasons for it and an actor endorsing it, laid out so that the support from "Moscow still has
 * leverage" runs straight down the middle with nothing else near its midpoint (the graph is a canvas: a test clicks
 * a relation where it is drawn).
 */
function reasonsMap(slug: string): CruxJsonInput {
  return {
    format: "crux-json",
    formatVersion: 1,
    map: { slug, title: `Reasons and objections (${slug})` },
    documents: [{ id: "d1", title: "A paragraph on Russia and Korea", text: TEXT }],
    nodes: [
      { id: "p1", kind: "proposal", title: "Set up a trilateral US-China-Russia consultation mechanism", position: { x: 0, y: 0 } },
      { id: "c1", kind: "claim", title: "Moscow still has leverage in Pyongyang", position: { x: 0, y: 320 } },
      { id: "c2", kind: "claim", title: "Moscow's influence in Pyongyang has waned", position: { x: 420, y: 320 } },
      { id: "c3", kind: "claim", title: "Russia poses no threat to US interests", position: { x: -420, y: 320 } },
      { id: "a1", kind: "actor", title: "Russia", position: { x: -420, y: 0 } },
    ],
    relations: [
      { id: "r1", source: "c1", target: "p1", relation: "supports" },
      { id: "r2", source: "c3", target: "p1", relation: "supports" },
      { id: "r3", source: "a1", target: "p1", relation: "endorses" },
    ],
  } as CruxJsonInput;
}

// Each test drives a whole story in Chromium; on a busy machine that takes longer than the default.
jest.setTimeout(90_000);

const ui = useBrowserSuite({
  server: { seed: true, auth: true, users: [EDITOR] },
  // One map per test, so that each arranges its own data.
  maps: [reasonsMap("undercut-in-graph"), reasonsMap("undercut-new-claim"), reasonsMap("relation-quote")],
});

/** Opens a map's explorer signed in as the editor (once per browser), after the confirmation of signing in has gone. */
async function openAsEditor(path: string): Promise<Page> {
  if (await openExplorerAs(ui.page, ui.server.url + path, EDITOR)) await ui.page.getByText(/^Signed in as/).waitFor({ state: "detached" });
  return ui.page;
}

/** The reasons map's relations, by their ends' titles. */
function relationsOf(graph: Graph) {
  const proposal = nodeByTitle(graph, /^Set up a trilateral/);
  const between = (source: RegExp) => {
    const from = nodeByTitle(graph, source);
    const relation = graph.relations.find((r) => r.source === from.id && r.target === proposal.id);
    if (!relation) throw new Error(`No relation from ${source} to the proposal`);
    return { from, relation };
  };
  return { proposal, leverage: between(/^Moscow still has leverage/), noThreat: between(/^Russia poses no threat/) };
}

const publishedSelection = (page: Page) => page.getByTestId("graph").evaluate((el) => (el as HTMLElement).dataset.selectedRelation ?? "");

async function documentOf(slug: string): Promise<{ id: string; text: string }> {
  const { documents } = await (await fetch(`${ui.server.url}/api/v1/maps/${slug}/documents`)).json();
  return (await fetch(`${ui.server.url}/api/v1/documents/${documents[0].id}`)).json();
}

describe("objecting to inferences and quoting relations", () => {
  test("an editor clicks a support in the graph, objects to it with a claim of the map, and the undercut is saved and drawn into an anchor on it", async () => {
    const slug = "undercut-in-graph";
    const graph = await fetchGraph(ui.server, slug);
    const { proposal, leverage } = relationsOf(graph);
    const waned = nodeByTitle(graph, /^Moscow's influence in Pyongyang has waned/);
    const page = await openAsEditor(`/maps/${slug}`);
    const before = await drawnCounts(page);
    expect(before.anchors).toBe(0);

    await fitAll(page);
    const from = leverage.from.position!;
    const to = proposal.position!;
    const middle = await screenPoint(page, { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
    await page.mouse.click(middle.x, middle.y);
    await page.waitForFunction((id) => document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.selectedRelation === id, leverage.relation.id);
    const heading = await detailsTitle(page).textContent();
    expect(heading).toContain(leverage.from.title);
    expect(heading).toContain("supports");
    expect(heading).toContain(proposal.title);
    expect(page.url()).toContain(`relation=${leverage.relation.id}`);
    await page.getByRole("region", { name: "Objections to this inference" }).getByText("None yet").waitFor();
    await screenshot(page, "annotate-relation-details");

    await page.getByRole("toolbar", { name: "Edit this relation" }).getByRole("button", { name: "Object to this inference…" }).click();
    const dialog = page.getByTestId("undercut-dialog");
    // Only claims and proposals may object, and never the relation's own ends: the proposal's other reason comes first.
    expect(await dialog.getByRole("option").allTextContents()).toEqual([expect.stringContaining("Russia poses no threat"), expect.stringContaining(waned.title)]);
    await expect(dialog.getByText("Saved as an undercut").textContent()).resolves.toContain("contradicts");
    await screenshot(page, "annotate-undercut-dialog");
    await dialog.getByLabel("Which claim says it does not carry?").fill("waned");
    await dialog.getByRole("option").first().getByRole("button").click();
    await dialog.getByLabel("Note (optional)").fill("Leverage that has waned cannot carry a new mechanism");
    await dialog.getByRole("button", { name: "Add the objection" }).click();
    await dialog.waitFor({ state: "detached" });

    const undercuts = (await fetchGraph(ui.server, slug)).relations.filter((r) => r.targetType === "relation");
    expect(undercuts).toEqual([
      expect.objectContaining({ source: waned.id, target: leverage.relation.id, targetType: "relation", relation: "contradicts", note: "Leverage that has waned cannot carry a new mechanism" }),
    ]);
    await page.waitForFunction((n) => document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.drawnAnchors === String(n), before.anchors + 1);
    expect(await drawnCounts(page)).toEqual({ ...before, relations: before.relations + 1, anchors: 1 });
    // The attacked relation stays selected, and its details list the objection.
    expect(await publishedSelection(page)).toBe(leverage.relation.id);
    await page.getByRole("region", { name: "Objections to this inference" }).getByRole("button", { name: waned.title, exact: true }).waitFor();
    await page.getByRole("button", { name: /^Undo add the “contradicts” relation/ }).waitFor();
    await screenshot(page, "annotate-undercut-drawn");
  });

  test("from a node's list of relations, an objection is written as a new claim from a passage, with its quote; one undo takes both back", async () => {
    const slug = "undercut-new-claim";
    const phrase = "Its main interest on the Korean peninsula is stability";
    const source = await documentOf(slug);
    const { proposal, noThreat } = relationsOf(await fetchGraph(ui.server, slug));
    const page = await openAsEditor(`/maps/${slug}?node=${proposal.id}`);

    await selectPhrase(page, phrase);
    await page.getByRole("region", { name: "Reasons for" }).getByRole("button", { name: `Open the relation “${noThreat.from.title} supports ${proposal.title}”` }).click();
    await expect(detailsTitle(page).textContent()).resolves.toContain(noThreat.from.title);
    expect(await publishedSelection(page)).toBe(noThreat.relation.id);
    await page.getByRole("toolbar", { name: "Edit this relation" }).getByRole("button", { name: "Object to this inference…" }).click();
    const dialog = page.getByTestId("undercut-dialog");
    // With a passage selected, the objection is a new claim made from it.
    expect(await dialog.getByRole("radio", { name: "A new claim" }).isChecked()).toBe(true);
    expect(await dialog.getByLabel("Title").inputValue()).toBe(phrase);
    expect(await dialog.getByRole("checkbox", { name: /Save the selected passage as its quote/ }).isChecked()).toBe(true);
    await dialog.getByLabel("Title").fill("Russia cares about stability, not about US interests");
    await screenshot(page, "annotate-undercut-new-claim");
    await dialog.getByRole("button", { name: "Add the objection" }).click();
    await dialog.waitFor({ state: "detached" });

    const after = await fetchGraph(ui.server, slug);
    const claim = nodeByTitle(after, /^Russia cares about stability/);
    const start = source.text.indexOf(phrase);
    expect(claim.excerpts).toEqual([expect.objectContaining({ documentId: source.id, start, end: start + phrase.length, quote: phrase })]);
    expect(after.relations.filter((r) => r.targetType === "relation")).toEqual([expect.objectContaining({ source: claim.id, target: noThreat.relation.id, relation: "contradicts" })]);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.drawnAnchors === "1");

    await page.getByRole("button", { name: /^Undo add the claim “Russia cares/ }).click();
    await page.getByText("Undone.").waitFor();
    const undone = await fetchGraph(ui.server, slug);
    expect(undone.nodes.some((n) => n.id === claim.id)).toBe(false);
    expect(undone.relations.filter((r) => r.targetType === "relation")).toEqual([]);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.drawnAnchors === "0");
  });

  test("a passage of the source is attached to the selected relation with its exact quote and offsets", async () => {
    const slug = "relation-quote";
    const phrase = "Moscow still has some leverage in Pyongyang";
    const source = await documentOf(slug);
    const { leverage } = relationsOf(await fetchGraph(ui.server, slug));
    const page = await openAsEditor(`/maps/${slug}?relation=${leverage.relation.id}`);
    await expect(detailsTitle(page).textContent()).resolves.toContain(leverage.from.title);
    expect(await publishedSelection(page)).toBe(leverage.relation.id);

    await selectPhrase(page, phrase);
    const bar = page.getByTestId("annotate-bar");
    await expect(bar.textContent()).resolves.toContain(phrase);
    await bar.getByRole("button", { name: "Attach to this relation" }).click();
    await page.getByTestId("details").locator(".quote blockquote", { hasText: phrase }).waitFor();

    const start = source.text.indexOf(phrase);
    expect(start).toBeGreaterThan(0);
    const relation = (await fetchGraph(ui.server, slug)).relations.find((r) => r.id === leverage.relation.id)!;
    expect(relation.excerpts).toEqual([expect.objectContaining({ documentId: source.id, relationId: relation.id, nodeId: null, start, end: start + phrase.length, quote: phrase, orphaned: false })]);
    expect(source.text.slice(start, start + phrase.length)).toBe(phrase);
    const highlighted = await page.locator(`.reader-text mark[data-excerpts~="${relation.excerpts[0]!.id}"]`).allTextContents();
    expect(highlighted.join("")).toBe(phrase);
    await screenshot(page, "annotate-relation-quote");
  });
});
