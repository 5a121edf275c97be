import type { CruxJson } from "../../contract/crux-json";
import type { ImportOptions, ImportResult } from "./format-types";
import { resolveLimits } from "./import-limits";
import { isJsonObject, parseJsonSafely } from "./safe-json";
import { validateCruxJson } from "./validate-crux-json";

/** `crux-json` export: the map as pretty-printed JSON, the full-fidelity backup form. */
export function exportCruxJson(map: CruxJson): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

/**
 * `crux-json` import: safe JSON parsing (size, depth, `__proto__`), then {@link validateCruxJson}.
 * Nothing is lost, so there are never warnings. `options.slug`/`title`/`description` rename the map
 * (and are validated like the rest of the file).
 */
export function importCruxJson(text: string, options: ImportOptions = {}): ImportResult {
  const raw = parseJsonSafely(text, resolveLimits(options), "This crux-json file");
  return { map: validateCruxJson(withMapNames(raw, options), options), warnings: [] };
}

/** The raw file with the map's slug, title and description replaced by those given as options. */
function withMapNames(raw: unknown, options: ImportOptions): unknown {
  if (!isJsonObject(raw) || !isJsonObject(raw.map)) return raw;
  const names = Object.fromEntries(
    (["slug", "title", "description"] as const).filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
  return { ...raw, map: { ...raw.map, ...names } };
}
