import { XMLParser } from "fast-xml-parser";
import type { ImportLimits } from "./import-limits";
import { lineAndColumn } from "./import-limits";
import { refuseFile } from "./problems";

/**
 * Escapes text for XML element content and attribute values. CR, LF and tab become character references so
 * that XML's end-of-line and attribute-value normalisation cannot change them; characters XML 1.0 forbids are dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;")
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters and lone surrogates; dropping them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; nothing else (no DTD is ever read). */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#")) {
      const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[name] ?? whole;
  });
}

/** Element nesting depth, scanned before parsing (comments, CDATA and processing instructions skipped). */
function assertXmlDepth(text: string, limits: ImportLimits, what: string): void {
  let depth = 0;
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) {
    if (text.startsWith("<!--", i)) i = text.indexOf("-->", i);
    else if (text.startsWith("<![CDATA[", i)) i = text.indexOf("]]>", i);
    else if (text[i + 1] === "?" || text[i + 1] === "!") continue;
    else if (text[i + 1] === "/") depth -= 1;
    else {
      const end = text.indexOf(">", i);
      if (end === -1 || text[end - 1] !== "/") depth += 1;
      if (depth > limits.maxDepth) {
        const { line, column } = lineAndColumn(text, i);
        refuseFile(what, `line ${line}, column ${column}`, `elements nest deeper than the limit of ${limits.maxDepth} levels`);
      }
    }
    if (i === -1) break;
  }
}

/**
 * Parses untrusted XML: a DOCTYPE or ENTITY declaration is refused outright (no DTD, hence no entity expansion,
 * "billion laughs" or external entities), nesting is limited, and fast-xml-parser runs with `processEntities: false`
 * (the predefined entities are decoded by {@link decodeXmlEntities}). Attributes are prefixed `@_`, namespaces
 * dropped, and the elements named in `arrays` are always arrays.
 */
export function parseXmlSafely(text: string, limits: ImportLimits, what: string, arrays: string[]): Record<string, unknown> {
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    const { line, column } = lineAndColumn(text, doctype.index);
    refuseFile(what, `line ${line}, column ${column}`, "DOCTYPE and ENTITY declarations are not accepted (they allow entity-expansion attacks)");
  }
  assertXmlDepth(text, limits, what);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && arrays.includes(name),
  });
  try {
    return parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line[: ]+(\d+)/i.exec(message)?.[1];
    return refuseFile(what, line ? `line ${line}` : "", `not well-formed XML: ${message}`);
  }
}
