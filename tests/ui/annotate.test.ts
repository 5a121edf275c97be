import type { Page } from "playwright-core";
import type { SourceDocument } from "../../server/contract/document";
import { EDITOR, EDITOR_2, sessionClient, VIEWER } from "../support/auth";
import { screenshot } from "../support/browser";
import type { ApiClient } from "../support/http-client";
import type { TestUser } from "../support/test-server";
import { useBrowserSuite } from "./browser-suite";
import { detailsTitle, drawnCounts, fetchGraph, openExplorerAs, selectPhrase, signInAs } from "./ui-helpers";

const MAP = "annotate-grid";
/** A passage of the Toloraya source that no node anchors yet, in one run of text. */
const PHRASE = "a Professor at the Institute of World Economy and International Relations (IMEMO) in Moscow";

// Each test drives one or two browsers through a whole story; on a busy machine that takes longer than the default.
jest.setTimeout(90_000);

const ui = useBrowserSuite({
  server: { seed: true, auth: true, users: [EDITOR, EDITOR_2, VIEWER] },
  gridCopies: [MAP],
  // Eve's and Ed's: two Chromiums, so two sessions.
  browsers: 2,
  page: false,
});
let edApi: ApiClient;

beforeAll(async () => {
  edApi = await sessionClient(ui.server.url, EDITOR_2);
});

/** A tab of the map in Eve's or Ed's browser, signed in as the given user. */
async function openAs(who: "eve" | "ed", user: TestUser | null, path = `/maps/${MAP}`): Promise<Page> {
  const page = await ui.newPage({ browser: ui.browsers[who === "eve" ? 0 : 1] });
  // Others' changes are announced once the confirmation of signing in has gone (it is never replaced).
  if (await openExplorerAs(page, ui.server.url + path, user)) await page.getByText(/^Signed in as/).waitFor({ state: "detached" });
  return page;
}

async function sourceOf(slug: string): Promise<SourceDocument> {
  const { documents } = await (await fetch(`${ui.server.url}/api/v1/maps/${slug}/documents`)).json();
  return (await fetch(`${ui.server.url}/api/v1/documents/${documents[0].id}`)).json();
}

describe("annotating the source, together", () => {
  test("anonymous readers see why they cannot edit; signing in shows who and what role", async () => {
    const page = await openAs("eve", null);
    if (await page.locator(".account-name").count()) await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByTestId("edit-tools").getByText("Sign in as an editor to annotate and edit this map.").waitFor();
    expect(await page.getByRole("group", { name: "Add a node" }).count()).toBe(0);
    await screenshot(page, "annotate-anonymous");
    await page.getByTestId("account").getByRole("button", { name: "Sign in" }).click();
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("Username").fill(EDITOR.username);
    await form.getByLabel("Password").fill("not-the-password");
    await form.getByRole("button", { name: "Sign in" }).click();
    await form.getByText("Wrong username or password.").waitFor();
    await screenshot(page, "annotate-sign-in-form");
    await form.getByLabel("Password").fill(EDITOR.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await page.locator(".account-name", { hasText: EDITOR.username }).waitFor();
    await expect(page.getByTestId("account").textContent()).resolves.toContain("eve");
    await expect(page.getByTestId("account").textContent()).resolves.toContain("editor");
    await page.getByRole("group", { name: "Add a node" }).getByRole("button", { name: "Claim" }).waitFor();
    await screenshot(page, "annotate-signed-in");
  });

  test("a passage becomes a claim with its exact quote, is connected to a proposal, and appears live in another browser", async () => {
    const source = await sourceOf(MAP);
    const start = source.text.indexOf(PHRASE);
    expect(start).toBeGreaterThan(0);
    expect(source.text.indexOf(PHRASE, start + 1)).toBe(-1);
    const page = await openAs("eve", EDITOR);
    const other = await openAs("ed", EDITOR_2);
    const before = await drawnCounts(other);
    await other.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

    await selectPhrase(page, PHRASE);
    const bar = page.getByTestId("annotate-bar");
    await expect(bar.textContent()).resolves.toContain(PHRASE);
    await screenshot(page, "annotate-passage-selected");
    await bar.getByRole("button", { name: "New claim" }).click();
    const dialog = page.getByTestId("node-dialog");
    const suggested = await dialog.getByLabel("Title").inputValue();
    expect(suggested.length).toBeGreaterThan(10);
    expect(suggested.length).toBeLessThanOrEqual(80);
    await dialog.getByLabel("Title").fill("Toloraya is a professor at IMEMO in Moscow");
    await screenshot(page, "annotate-new-claim");
    await dialog.getByRole("button", { name: "Add the claim" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect(detailsTitle(page).textContent()).resolves.toBe("Toloraya is a professor at IMEMO in Moscow");

    const claim = (await fetchGraph(ui.server, MAP)).nodes.find((n) => n.title === "Toloraya is a professor at IMEMO in Moscow")!;
    expect(claim.excerpts).toEqual([expect.objectContaining({ documentId: source.id, start, end: start + PHRASE.length, quote: PHRASE })]);
    await expect(page.locator(".quote blockquote").first().textContent()).resolves.toBe(PHRASE);
    const highlighted = await page.locator(`.reader-text mark.hl-selected[data-nodes~="${claim.id}"]`).allTextContents();
    expect(highlighted.join("")).toBe(PHRASE);
    expect((await drawnCounts(page)).nodes).toBe(before.nodes + 1);
    await other.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.drawnNodes) === n, before.nodes + 1);

    await page.getByRole("toolbar", { name: "Edit this node" }).getByRole("button", { name: "Connect…" }).click();
    const connect = page.getByTestId("connect-dialog");
    await connect.getByLabel("To which node?").fill("nunn lugar");
    await connect.getByRole("option").first().getByRole("button").click();
    await connect.getByRole("radio", { name: /supports/ }).first().check();
    await screenshot(page, "annotate-connect");
    await connect.getByRole("button", { name: "Add the relation" }).click();
    await connect.waitFor({ state: "detached" });
    await page.locator(".relation-group", { hasText: "Nunn-Lugar" }).waitFor();
    const relation = (await fetchGraph(ui.server, MAP)).relations.find((r) => r.source === claim.id);
    expect(relation).toMatchObject({ relation: "supports", targetType: "node" });
    await other.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.drawnRelations) === n, before.relations + 1);
    await other.getByText(/eve added a relation/).waitFor();
    await screenshot(other, "annotate-live-other-browser");
    expect(await other.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
    await page.waitForTimeout(500);
    await screenshot(page, "annotate-claim-in-graph");
  });

  test("a stale edit shows both versions field by field, and applying mine keeps theirs", async () => {
    const node = (await edApi.post(`/api/v1/maps/${MAP}/nodes`, { kind: "claim", title: "A claim both will edit", text: "The first text." })).body;
    const mine = await openAs("eve", EDITOR, `/maps/${MAP}?node=${node.id}`);
    const theirs = await openAs("ed", EDITOR_2, `/maps/${MAP}?node=${node.id}`);
    for (const page of [mine, theirs]) await page.getByRole("toolbar", { name: "Edit this node" }).getByRole("button", { name: "Edit" }).click();

    const theirDialog = theirs.getByTestId("node-dialog");
    await theirDialog.getByLabel("Title").fill("A claim ed retitled");
    await theirDialog.getByRole("button", { name: "Save" }).click();
    await theirDialog.waitFor({ state: "detached" });

    const myDialog = mine.getByTestId("node-dialog");
    await myDialog.getByText(/Someone saved a new version of this node/).waitFor();
    await myDialog.getByLabel("Full statement").fill("Eve's better text.");
    await myDialog.getByRole("button", { name: "Save" }).click();
    const conflict = mine.getByTestId("conflict-dialog");
    await conflict.waitFor();
    await conflict.getByText(/^ed \(/).waitFor();
    const rows = await conflict.locator("tbody tr").allTextContents();
    expect(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^TitleA claim both will editA claim ed retitledunchanged$/), expect.stringMatching(/^TextThe first text\.The first text\.Eve's better text\.$/)]));
    await screenshot(mine, "annotate-conflict");
    expect((await edApi.get(`/api/v1/nodes/${node.id}`)).body).toMatchObject({ title: "A claim ed retitled", text: "The first text." });

    await conflict.getByRole("button", { name: "Apply mine on top of theirs" }).click();
    await conflict.waitFor({ state: "detached" });
    // The other browser shows the text only after the save has committed (it arrives as a live change), so the
    // database is read after that, not the moment the dialog closes.
    await theirs.locator(".details-text", { hasText: "Eve's better text." }).waitFor();
    expect((await edApi.get(`/api/v1/nodes/${node.id}`)).body).toMatchObject({ title: "A claim ed retitled", text: "Eve's better text.", version: 3 });
    await expect(detailsTitle(mine).textContent()).resolves.toBe("A claim ed retitled");
  });

  test("a viewer reads, with a hint instead of editing tools", async () => {
    const page = await openAs("eve", null);
    if (await page.locator(".account-name").count()) await page.getByRole("button", { name: "Sign out" }).click();
    await signInAs(page, VIEWER);
    await page.getByTestId("edit-tools").getByText(/signed in as a viewer/).waitFor();
    await selectPhrase(page, "Twenty Years of Solitude");
    await page.locator(".annotate-hint", { hasText: "viewer" }).waitFor();
    expect(await page.getByRole("button", { name: "New claim" }).count()).toBe(0);
    await screenshot(page, "annotate-viewer");
    await page.getByRole("button", { name: "Sign out" }).click();
  });
});
