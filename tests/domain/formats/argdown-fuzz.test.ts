import fc from "fast-check";
import type { CruxJsonInput } from "../../../server/contract/crux-json";
import { exportArgdown } from "../../../server/domain/formats/argdown-export";
import { importArgdown } from "../../../server/domain/formats/argdown-import";
import { readArgdown } from "../../../server/domain/formats/argdown-parse";
import { normalizeArgdownWhitespace } from "../../../server/domain/formats/argdown-text";
import { validateCruxJson } from "../../../server/domain/formats/validate-crux-json";
import { relationKeys } from "./format-test-kit";

/** Strings that broke naive Argdown writers (docs/argdown-notes.md). */
const TRAPS = ["//", "/*", "*/", "<!--", "-->", "@include(x)", ".A.", ":smile:", "{a: b}", "}", "{", "\\", "\n", "\n\n", "(1) ", "# ", "#tag", "#(t)", "[x]", "<y>", "_", "*", "===x===", "Untitled 3", "- ", "+ ", "<- ", "_ ", "10:30:00", "U.S.A.", "http://x.org/a", "\t", "\u00a0", "🚀", "中文", "'", '"', "]", ">", "@[B]", "\u2028", "\u2029"];
/** Titles that are names of Object.prototype members broke @argdown/core's title-keyed objects. */
const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

const piece = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom(...TRAPS), fc.constantFrom(" ", "a", "Bb", "-", "1."));
const phrase = (maxLength: number) => fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("").slice(0, maxLength));
const title = fc.oneof(phrase(200).filter((t) => t.trim().length > 0), fc.constantFrom(...PROTOTYPE_NAMES));

const node = fc.record({ kind: fc.constantFrom("claim" as const, "proposal" as const), title, text: phrase(300), tags: fc.array(phrase(20).filter((t) => t.trim() !== ""), { maxLength: 2 }) });

const actor = fc.record({ kind: fc.constant("actor" as const), title, text: phrase(100), aliases: fc.array(phrase(30), { maxLength: 2 }) });
const names = fc.record({ title, description: phrase(200) });

type Drafts = { kind: "claim" | "proposal"; title: string; text: string; tags: string[] }[];
function mapOf(nodes: Drafts, kinds: boolean[], who: { title: string; text: string; aliases: string[] }, map: { title: string; description: string }) {
  const input: CruxJsonInput = {
    format: "crux-json",
    formatVersion: 1,
    map: { slug: "fuzz", ...map },
    nodes: [...nodes.map((n, i) => ({ id: `n${i}`, ...n, tags: [...new Set(n.tags)] })), { id: "a", kind: "actor", ...who }],
    relations: [
      ...nodes.slice(1).map((_, i) => ({ id: `r${i}`, source: `n${i + 1}`, target: `n${i}`, relation: kinds[i] ? ("supports" as const) : ("contradicts" as const) })),
      { id: "ra", source: "a", target: "n0", relation: "endorses" as const },
    ],
  };
  return validateCruxJson(input);
}

describe("argdown fuzz", () => {
  test("any titles, texts, tags, actors and map names survive export, the real parser and import (statement texts with whitespace normalised)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(node, { minLength: 1, maxLength: 5 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), actor, names, async (nodes, kinds, who, names) => {
        const map = mapOf(nodes, kinds, who, names);
        const text = exportArgdown(map);
        expect((await readArgdown(text)).problems).toEqual([]);
        const { map: back } = await importArgdown(text);
        const statements = (m: typeof map) => m.nodes.filter((n) => n.kind !== "actor");
        expect(statements(back).map((n) => ({ kind: n.kind, title: n.title, text: n.text, tags: n.tags }))).toEqual(
          statements(map).map((n) => ({ kind: n.kind, title: n.title, text: normalizeArgdownWhitespace(n.text), tags: n.tags })),
        );
        expect(back.nodes.filter((n) => n.kind === "actor").map(({ title, text, aliases }) => ({ title, text, aliases }))).toEqual([{ title: who.title.trim(), text: who.text, aliases: who.aliases }]);
        expect(back.map).toEqual(map.map);
        expect(relationKeys(back)).toEqual(relationKeys(map));
      }),
      { numRuns: 300, seed: 20_090_209 },
    );
  });
});
