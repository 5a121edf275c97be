import { lineAndColumn, type ImportLimits, assertWithinSize } from "./import-limits";
import { ProblemList, refuseFile } from "./problems";

/** Keys that would let a parsed file reach `Object.prototype` once merged into other objects. */
function isPollutingKey(key: string, parentKey: string | undefined): boolean {
  return key === "__proto__" || (parentKey === "constructor" && key === "prototype");
}

/** Throws when arrays and objects nest deeper than `maxDepth`, scanning the text before `JSON.parse` sees it. */
function assertJsonDepth(text: string, maxDepth: number, what: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > maxDepth) {
        const { line, column } = lineAndColumn(text, i);
        refuseFile(what, `line ${line}, column ${column}`, `arrays and objects nest deeper than the limit of ${maxDepth} levels`);
      }
    } else if (c === 93 || c === 125) depth -= 1;
  }
}

function describeSyntaxError(text: string, error: unknown): { path: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return { path: "", message: `not valid JSON: ${message}` };
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return { path: `line ${line}, column ${column}`, message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "")}` };
}

/** Walks the parsed value without recursion and lists every key that could pollute prototypes. */
function findPollutingKeys(value: unknown, what: string): void {
  const problems = new ProblemList();
  const stack: { value: unknown; path: string; key?: string }[] = [{ value, path: "" }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== "object") continue;
    if (Array.isArray(item.value)) {
      item.value.forEach((child, i) => stack.push({ value: child, path: `${item.path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (isPollutingKey(key, item.key)) problems.add(path, `the key "${key}" is not accepted (it could alter object prototypes)`);
      else stack.push({ value: (item.value as Record<string, unknown>)[key], path, key });
    }
  }
  problems.throwIfAny(what);
}

/**
 * `JSON.parse` for untrusted files: checks the size first, then the nesting depth, then parses,
 * then refuses `__proto__` (and `constructor.prototype`) keys anywhere. Every refusal is `invalid_map_file`
 * (or `payload_too_large` for the size) with the place of the problem.
 * @example parseJsonSafely('{"__proto__": {"admin": true}}', limits, "This file") // throws invalid_map_file at path "__proto__"
 */
export function parseJsonSafely(text: string, limits: ImportLimits, what: string): unknown {
  assertWithinSize(text, limits, what);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assertJsonDepth(body, limits.maxDepth, what);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const problem = describeSyntaxError(body, error);
    refuseFile(what, problem.path, problem.message);
  }
  findPollutingKeys(value, what);
  return value;
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
