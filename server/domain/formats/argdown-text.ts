
/**
 * Writing Argdown that @argdown/core reads back as intended. Every rule here follows
 * docs/argdown-notes.md (verified against @argdown/core 2.0.1); the fuzz test in
 * tests/domain/formats/argdown-fuzz.test.ts keeps them honest.
 */

/**
 * Whitespace as Argdown must see it: every run of spaces, tabs, line breaks and the Unicode line and paragraph
 * separators (U+2028, U+2029, which JavaScript's `.` does not match, so they break titles) becomes one space.
 */
export function normalizeArgdownWhitespace(text: string): string {
  return text.replace(/[ \t\r\n\f\v\u2028\u2029]+/g, " ").trim();
}

/** Characters escaped with a backslash in texts: the required set `\ [ < { # * _ / : . =` plus their harmless partners. */
const TEXT_SPECIALS = /[\\[\]<>{}#*_/@:.=]/g;

/**
 * A statement or argument text as Argdown reads it back: whitespace normalised (Argdown cannot keep line
 * breaks), every special character escaped, `@include(` defused for the Argdown CLI.
 * @example escapeArgdownText("See http://x.org, 10:30.") // "See http\\:\\/\\/x\\.org, 10\\:30\\."
 */
export function escapeArgdownText(text: string): string {
  return normalizeArgdownWhitespace(text).replace(TEXT_SPECIALS, (c) => `\\${c}`).replace(/\\@include\(/g, "\\@include\\(");
}

function sanitizeTitle(title: string, fallback: string, leading: RegExp, brackets: [RegExp, RegExp]): string {
  let clean = normalizeArgdownWhitespace(title).replace(brackets[0], "(").replace(brackets[1], ")");
  clean = clean.replace(leading, "").trim().replace(/@include\(/g, "@include (");
  if (!clean) return fallback;
  // @argdown/core keys statements and arguments by title in plain objects: a title such as "constructor" or
  // "__proto__" makes it lose every statement silently, and "Untitled 3" merges with an untitled statement.
  return /^Untitled \d+$/.test(clean) || clean in Object.prototype ? `${clean} (title)` : clean;
}

/**
 * A valid `[statement title]`: one line, no brackets (they become parentheses), not starting with `-`,
 * no `@include(`, not `Untitled N` (Argdown's own name for untitled statements, which would merge), not the name
 * of an `Object.prototype` member.
 * @example sanitizeStatementTitle("- Moscow [2009]") // "Moscow (2009)"
 */
export function sanitizeStatementTitle(title: string): string {
  return sanitizeTitle(title, "Statement", /^[\s-]+/, [/\[/g, /\]/g]);
}

/** A valid `<argument title>`: as for statements, with `< >` replaced and no leading `-`, `+` or `_`. */
export function sanitizeArgumentTitle(title: string): string {
  return sanitizeTitle(title, "Argument", /^[\s\-+_]+/, [/</g, />/g]);
}

/** True when a tag can be written as `#(tag)`: one line, no `)`, not empty. */
export function isWritableTag(tag: string): boolean {
  return tag.trim() === tag && tag !== "" && !/[)\r\n\u2028\u2029]/.test(tag);
}

/**
 * Characters written as `\uXXXX` inside JSON strings: in `{…}` data, anything the lexer could take as a delimiter;
 * in the front matter (one token up to the next `===`), only `=` and `@` (the CLI's `@include(`); in both,
 * code points YAML refuses or reads as line breaks.
 */
const UNSAFE = {
  data: /[={}[\]#/@<>*_:.\\\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/,
  frontMatter: /[=@\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/,
};

/**
 * JSON (valid YAML 1.2) that can sit inside `{…}` statement data or `===` front matter: inside strings, the
 * characters that could end the Data token (`}` then a blank) or the front matter (`===`), or start a comment or
 * an include, are written as `\uXXXX` escapes, which YAML decodes back.
 * @example toArgdownYaml({ title: "a} b" }) // '{"crux":...}' with `}` written as \u007d
 */
export function toArgdownYaml(value: unknown, where: keyof typeof UNSAFE = "data", indent?: number): string {
  const unsafe = UNSAFE[where];
  const json = JSON.stringify(value, null, indent);
  let out = "";
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json[i]!;
    if (inString && c === "\\") {
      const escape = json.slice(i, json[i + 1] === "u" ? i + 6 : i + 2);
      out += escape;
      i += escape.length - 1;
    } else if (inString && unsafe.test(c)) out += `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else {
      if (c === '"') inString = !inString;
      out += c;
    }
  }
  return out;
}
