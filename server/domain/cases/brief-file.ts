import { BRIEF_MEDIA_TYPES, type BriefFormat } from "../../contract/case";
import type { Brief } from "./brief-model";
import { renderBriefHtml } from "./render-html";
import { renderBriefKialo } from "./render-kialo";
import { renderBriefMarkdown } from "./render-markdown";

/** A rendered brief with what the HTTP edge needs to send it as a file. */
export interface BriefFile {
  readonly body: string;
  readonly mediaType: string;
  readonly fileName: string;
}

const RENDERERS: Readonly<Record<BriefFormat, (brief: Brief) => string>> = {
  html: renderBriefHtml,
  markdown: renderBriefMarkdown,
  kialo: renderBriefKialo,
};

const EXTENSIONS: Readonly<Record<BriefFormat, string>> = { html: "html", markdown: "md", kialo: "kialo.txt" };

/**
 * Renders a brief in a format, with an ASCII file name made from the case title and side.
 * @example briefFile(brief, "markdown").fileName // "trilateral-mechanism-for.md"
 */
export function briefFile(brief: Brief, format: BriefFormat): BriefFile {
  return { body: RENDERERS[format](brief), mediaType: BRIEF_MEDIA_TYPES[format], fileName: `${fileStem(brief.title)}-${brief.side}.${EXTENSIONS[format]}` };
}

/** Lower-case ASCII words joined by hyphens, at most 60 characters; "case" when nothing is left. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return stem || "case";
}
