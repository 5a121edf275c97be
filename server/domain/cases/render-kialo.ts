import type { CaseSide } from "../../contract/case";
import type { Brief, BriefPoint } from "./brief-model";

/** One line of a Kialo outline holds one claim: line breaks inside a text become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The brief as a Kialo-style numbered outline (the text format Kialo imports and exports):
 *
 * ```
 * Discussion Title: <case title>
 *
 * 1. <the target>
 * 1.1. Pro: <contention>          (Con: when the case argues against the target)
 * 1.1.1. Pro: <backing node>
 * 1.1.2. Con: <objection>
 * 1.1.2.1. Con: <answer to the objection>
 * ```
 *
 * A contention's caveats follow its text in brackets; quotes are left to the HTML and Markdown briefs.
 */
export function renderBriefKialo(brief: Brief): string {
  const lines = [`Discussion Title: ${oneLine(brief.title)}`, "", `1. ${statement(brief.resolution)}`];
  const stance: Record<CaseSide, string> = { for: "Pro", against: "Con" };
  brief.contentions.forEach((contention, i) => {
    const at = `1.${i + 1}`;
    const caveats = contention.caveats.map((c) => ` [Caveat: ${oneLine(c.text)}]`).join("");
    lines.push(`${at}. ${stance[brief.side]}: ${statement(contention.claim)}${caveats}`);
    let child = 0;
    for (const backing of contention.backing) lines.push(`${at}.${(child += 1)}. Pro: ${statement(backing)}`);
    for (const block of contention.blocks) {
      const objectionAt = `${at}.${(child += 1)}`;
      lines.push(`${objectionAt}. Con: ${statement(block.objection)}`);
      block.answers.forEach((answer, k) => lines.push(`${objectionAt}.${k + 1}. Con: ${statement(answer)}`));
    }
  });
  return `${lines.join("\n")}\n`;
}

function statement(point: BriefPoint): string {
  return oneLine(point.text);
}
