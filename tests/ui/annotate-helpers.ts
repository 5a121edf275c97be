import type { Page } from "playwright-core";
import type { TestUser } from "../support/test-server";

/** Signs in from the header's form and waits until the header names the user. */
export async function signInAs(page: Page, user: TestUser): Promise<void> {
  await page.getByTestId("account").getByRole("button", { name: "Sign in" }).click();
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Username").fill(user.username);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.locator(".account-name", { hasText: user.username }).waitFor();
}

/**
 * Selects a phrase of the reader's text with the mouse, as a user would: the phrase is scrolled into view and dragged
 * over from its first character to its last. The phrase must lie in one run of text (not across highlights).
 */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  const points = await page.evaluate((wanted) => {
    const box = document.querySelector('[data-testid="reader"]') as HTMLElement;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? "").indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      // Plain text runs are children of the scrolling box itself: scroll the box so the phrase is in its upper third.
      box.scrollTop += range.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!points) throw new Error(`“${phrase}” is not in one run of the reader's text`);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
}

/** The graph container's published count of drawn nodes and relations. */
export async function drawnCounts(page: Page): Promise<{ nodes: number; relations: number }> {
  return page.$eval('[data-testid="graph"]', (el) => ({ nodes: Number((el as HTMLElement).dataset.drawnNodes), relations: Number((el as HTMLElement).dataset.drawnRelations) }));
}
