import type { Page } from "playwright-core";
import type { CruxJsonInput } from "../../server/contract/crux-json";
import type { Graph } from "../../server/contract/graph";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, fetchGraph, nodeByTitle, openExplorer } from "./ui-helpers";

const SLUG = "reader-relations";
const CLAIM_QUOTE = "Moscow still has some leverage in Pyongyang";
const PROPOSAL_QUOTE = "A trilateral US-China-Russia consultation mechanism on Korean affairs would help, because Moscow still has some leverage in Pyongyang.";
const RELATION_QUOTE = "because Moscow still has some leverage in Pyongyang";
/** Enough unquoted text between the claim's quote and the others that the reader has to scroll to reach them. */
const FILLER = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} recalls the six-party talks; nothing in it is quoted.`).join("\n\n");
const TEXT = `${CLAIM_QUOTE}, and that is worth something.\n\n${FILLER}\n\n${PROPOSAL_QUOTE}`;

const anchor = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  return { documentId: "d1", start, end: start + quote.length, quote };
};

/**
 * A claim supporting a proposal, each quoted; the support is quoted too, by words nested inside the proposal's quote
 * (the clause giving the reason), far down the text from the claim's own quote.
 */
function quotedSupportMap(): CruxJsonInput {
  return {
    format: "crux-json",
    formatVersion: 1,
    map: { slug: SLUG, title: "A quoted support" },
    documents: [{ id: "d1", title: "On a trilateral mechanism", text: TEXT }],
    nodes: [
      { id: "p1", kind: "proposal", title: "Set up a trilateral consultation mechanism", position: { x: 0, y: 0 }, excerpts: [anchor(PROPOSAL_QUOTE)] },
      { id: "c1", kind: "claim", title: "Moscow still has leverage in Pyongyang", position: { x: 0, y: 300 }, excerpts: [anchor(CLAIM_QUOTE)] },
    ],
    relations: [{ id: "r1", source: "c1", target: "p1", relation: "supports", excerpts: [anchor(RELATION_QUOTE, TEXT.indexOf(PROPOSAL_QUOTE))] }],
  } as CruxJsonInput;
}

jest.setTimeout(90_000);

const ui = useBrowserSuite({ maps: [quotedSupportMap()] });

/** The map's proposal, claim and the support between them, as the server stored them. */
function partsOf(graph: Graph) {
  const proposal = nodeByTitle(graph, /^Set up a trilateral/);
  const claim = nodeByTitle(graph, /^Moscow still has leverage/);
  const support = graph.relations.find((r) => r.source === claim.id && r.target === proposal.id);
  if (!support) throw new Error("The claim's support of the proposal is missing");
  return { proposal, claim, support };
}

const publishedSelection = (page: Page) => page.getByTestId("graph").evaluate((el) => (el as HTMLElement).dataset.selectedRelation ?? "");
const selectedMarks = (page: Page) => page.locator(".reader-text mark.hl-selected").allTextContents();

/** Whether the reader shows the first of the relation's marks (after its smooth scroll has ended). */
async function readerShows(page: Page, relationId: string): Promise<{ scrolled: boolean; visible: boolean }> {
  await page.waitForTimeout(700);
  return page.getByTestId("reader").evaluate((box, id) => {
    const mark = box.querySelector(`mark[data-relations~="${CSS.escape(id)}"]`)!.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    return { scrolled: box.scrollTop > 0, visible: mark.top >= view.top && mark.bottom <= view.bottom };
  }, relationId);
}

describe("relations' quotes in the source reader", () => {
  test("clicking a relation's quote in the reader selects the relation: graph, details and URL follow, and its quote is marked selected", async () => {
    const { proposal, claim, support } = partsOf(await fetchGraph(ui.server, SLUG));
    await openExplorer(ui.page, `${ui.server.url}/maps/${SLUG}`);

    // The reason's clause sits inside the proposal's quote: the innermost excerpt, the relation's, is what it opens.
    await ui.page.locator(`.reader-text mark[data-primary-relation="${support.id}"]`).click();
    await ui.page.waitForFunction((id) => document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.selectedRelation === id, support.id);
    const heading = await detailsTitle(ui.page).textContent();
    expect(heading).toContain(claim.title);
    expect(heading).toContain("supports");
    expect(heading).toContain(proposal.title);
    const params = new URL(ui.page.url()).searchParams;
    expect(params.get("relation")).toBe(support.id);
    expect(params.get("node")).toBeNull();
    expect(await selectedMarks(ui.page)).toEqual([RELATION_QUOTE]);
    await screenshot(ui.page, "reader-relation-clicked");

    // The rest of the proposal's quote still opens the proposal.
    await ui.page.locator(`.reader-text mark[data-primary="${proposal.id}"]`).first().click();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe(proposal.title);
    expect(new URL(ui.page.url()).searchParams.get("node")).toBe(proposal.id);
    expect(await publishedSelection(ui.page)).toBe("");
    expect((await selectedMarks(ui.page)).join("")).toBe(PROPOSAL_QUOTE);
  });

  test("opening ?relation= marks the relation's quote selected, and only it, and scrolls the reader to it", async () => {
    const { claim, support } = partsOf(await fetchGraph(ui.server, SLUG));
    await openExplorer(ui.page, `${ui.server.url}/maps/${SLUG}?relation=${support.id}`);
    await expect(detailsTitle(ui.page).textContent()).resolves.toContain(claim.title);
    expect(await publishedSelection(ui.page)).toBe(support.id);

    const marks = ui.page.locator(`.reader-text mark[data-relations~="${support.id}"]`);
    expect(await marks.evaluateAll((all) => all.map((m) => m.classList.contains("hl-selected")))).toEqual([true]);
    // Neither its source's quote nor the proposal's words around it are selected.
    expect(await selectedMarks(ui.page)).toEqual([RELATION_QUOTE]);
    expect(await ui.page.locator(`.reader-text mark.hl-selected[data-nodes~="${claim.id}"]`).count()).toBe(0);
    expect(await readerShows(ui.page, support.id)).toEqual({ scrolled: true, visible: true });
    await screenshot(ui.page, "reader-relation-deep-link");
  });
});
