/** Small text helpers shared by the formats. */

/** Every run of whitespace (spaces, tabs, CR, LF) becomes one space; the ends are trimmed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[ \t\r\n\f\v]+/g, " ").trim();
}

/** Longest title Crux accepts (TitleSchema), and the length titles derived from a text are cut to. */
export const MAX_TITLE_LENGTH = 200;
/** Titles derived from a text are cut near this length (the Toloraya map's titles are at most 80 characters). */
export const DERIVED_TITLE_LENGTH = 80;

/**
 * A usable node title: the given title trimmed (and cut to 200 characters), or else the start of the text
 * (cut at a word boundary near 80 characters, with an ellipsis), or else "Untitled".
 * @example deriveTitle("", "Russia poses no threat to US interests in Northeast Asia, whatever the hawks say about it.")
 * // "Russia poses no threat to US interests in Northeast Asia, whatever the hawks…"
 */
export function deriveTitle(title: string, text: string): string {
  const given = title.trim();
  if (given) return truncate(given, MAX_TITLE_LENGTH);
  const fromText = normalizeWhitespace(text);
  return fromText ? truncate(fromText, DERIVED_TITLE_LENGTH) : "Untitled";
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A map slug from a title: lower-case ASCII words joined by hyphens, at most 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug.length >= 2 ? slug : "imported-map";
}

/** Makes labels unique by appending " (2)", " (3)", …; the first occurrence keeps its label. */
export class UniqueLabels {
  private readonly used = new Set<string>();

  take(label: string): string {
    let candidate = label;
    for (let n = 2; this.used.has(candidate); n += 1) candidate = `${label} (${n})`;
    this.used.add(candidate);
    return candidate;
  }
}
