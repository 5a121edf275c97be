import { EDITOR } from "../support/auth";
import { screenshot } from "../support/browser";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, fetchGraph, fitAll, nodeByTitle, openExplorer, screenPoint, selectPhrase } from "./ui-helpers";

const MAP = "sources-grid";
const NOTES = [
  "# Briefing notes",
  "",
  "Beijing would welcome a Russian role in the talks. Tokyo remains sceptical of any new mechanism.",
  "",
  "Seoul wants economic projects first.",
].join("\n");

// Each test drives one or two browsers through a whole story; on a busy machine that takes longer than the default.
jest.setTimeout(90_000);

const ui = useBrowserSuite({
  server: { seed: true, auth: true, users: [EDITOR] },
  gridCopies: [MAP],
  page: { path: `/maps/${MAP}`, signedInAs: EDITOR },
});

describe("sources, drawing and history", () => {
  test("dragging from one node to another in draw mode offers only the relations their kinds allow", async () => {
    const graph = await fetchGraph(ui.server, MAP);
    const claim = nodeByTitle(graph, /^Engagement would enjoy broad international support$/);
    const proposal = nodeByTitle(graph, /Nunn-Lugar/);
    expect(graph.relations.some((r) => r.source === claim.id && r.target === proposal.id)).toBe(false);
    await ui.page.getByRole("button", { name: "Draw relations" }).click();
    await fitAll(ui.page);
    const from = await screenPoint(ui.page, claim.position!);
    const to = await screenPoint(ui.page, proposal.position!);
    await ui.page.mouse.move(from.x, from.y);
    await ui.page.mouse.down();
    await ui.page.mouse.move(to.x, to.y, { steps: 15 });
    await ui.page.mouse.up();
    const dialog = ui.page.getByTestId("connect-dialog");
    await dialog.waitFor();
    const kinds = await dialog.getByRole("radio").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(kinds).toEqual(["supports", "contradicts", "qualifies", "supports", "contradicts"]);
    await screenshot(ui.page, "annotate-draw-relation");
    await dialog.getByRole("button", { name: "Add the relation" }).click();
    await dialog.waitFor({ state: "detached" });
    const after = await fetchGraph(ui.server, MAP);
    expect(after.relations.filter((r) => r.source === claim.id && r.target === proposal.id)).toEqual([expect.objectContaining({ relation: "supports" })]);
  });

  test("a Markdown source is added from a file, annotated, edited, and its lost quote placed again; the history shows it all", async () => {
    await ui.page.getByRole("button", { name: "Add source…" }).click();
    const dialog = ui.page.getByTestId("document-dialog");
    await dialog.locator('input[type="file"]').setInputFiles({ name: "briefing-notes.md", mimeType: "text/markdown", buffer: Buffer.from(NOTES) });
    // The file is read asynchronously; its name becomes the title once its text is in.
    await ui.page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="document-dialog"] input[name="title"]')?.value === "briefing-notes");
    expect(await dialog.getByLabel("Text, verbatim").inputValue()).toBe(NOTES);
    await dialog.getByLabel("Title").fill("Briefing notes");
    await dialog.getByRole("button", { name: "Add the source" }).click();
    await dialog.waitFor({ state: "detached" });
    await ui.page.locator(".reader-title", { hasText: "Briefing notes" }).waitFor();

    await selectPhrase(ui.page, "Tokyo remains sceptical of any new mechanism");
    await ui.page.getByTestId("annotate-bar").getByRole("button", { name: "New claim" }).click();
    await ui.page.getByTestId("node-dialog").getByRole("button", { name: "Add the claim" }).click();
    await expect(detailsTitle(ui.page).textContent()).resolves.toBe("Tokyo remains sceptical of any new mechanism");

    await ui.page.getByRole("button", { name: "Edit source" }).click();
    const edit = ui.page.getByTestId("document-dialog");
    await edit.getByLabel("Text, verbatim").fill(NOTES.replace("Tokyo remains sceptical of any new mechanism.", "Japan doubts a new forum would help."));
    await edit.getByText(/Saving a new text moves every quote/).waitFor();
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.waitFor({ state: "detached" });
    const orphans = ui.page.getByTestId("orphans");
    await orphans.getByText("1 quote lost its place when the text was edited").waitFor();
    await screenshot(ui.page, "annotate-orphan");

    await orphans.getByRole("button", { name: "Re-anchor" }).click();
    await selectPhrase(ui.page, "Japan doubts a new forum would help");
    await ui.page.getByTestId("annotate-bar").getByRole("button", { name: "Place the quote here" }).click();
    await orphans.waitFor({ state: "detached" });
    const claim = nodeByTitle(await fetchGraph(ui.server, MAP), /^Tokyo remains sceptical/);
    expect(claim.excerpts).toEqual([expect.objectContaining({ quote: "Japan doubts a new forum would help", orphaned: false })]);

    await ui.page.getByRole("toolbar", { name: "Edit this node" }).getByRole("button", { name: "History" }).click();
    const history = ui.page.getByTestId("history-dialog");
    await history.getByText(/eve added node “Tokyo remains sceptical/).waitFor();
    await history.getByText(/eve changed excerpt “Japan doubts a new forum would help”/).waitFor();
    await screenshot(ui.page, "annotate-history");
    await history.getByRole("button", { name: "Close" }).click();

    await ui.page.getByRole("button", { name: "History of this map" }).click();
    await ui.page.getByTestId("history-dialog").getByText(/eve changed document “Briefing notes”/).waitFor();
    await screenshot(ui.page, "annotate-map-history");
  });

  test("undo takes back a deletion: the node returns with its relations", async () => {
    const graph = await fetchGraph(ui.server, MAP);
    const node = nodeByTitle(graph, /^Engagement would enjoy broad international support$/);
    const relations = graph.relations.filter((r) => r.source === node.id || r.target === node.id).length;
    expect(relations).toBeGreaterThan(0);
    await openExplorer(ui.page, `${ui.server.url}/maps/${MAP}?node=${node.id}`);
    ui.page.once("dialog", (d) => void d.accept());
    await ui.page.getByRole("toolbar", { name: "Edit this node" }).getByRole("button", { name: "Delete" }).click();
    await ui.page.getByRole("button", { name: /^Undo delete the claim/ }).waitFor();
    expect((await fetchGraph(ui.server, MAP)).nodes.some((n) => n.title === node.title)).toBe(false);
    await ui.page.keyboard.press("Control+z");
    await ui.page.getByText("Undone.").waitFor();
    const back = await fetchGraph(ui.server, MAP);
    const again = nodeByTitle(back, /^Engagement would enjoy broad international support$/);
    expect(back.relations.filter((r) => r.source === again.id || r.target === again.id)).toHaveLength(relations);
    expect(again.position).toEqual(node.position);
  });
});
