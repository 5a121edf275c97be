import { DomainError } from "../errors";
import type { ImportOptions } from "./format-types";

/** Defaults for {@link ImportOptions}: 20 MB, 200,000 nodes, 64 levels of nesting. */
export const DEFAULT_IMPORT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxNodes: 200_000, maxDepth: 64 } as const;

/** The limits of one import, defaults applied. */
export interface ImportLimits {
  maxBytes: number;
  maxNodes: number;
  maxDepth: number;
}

/** The options' limits, with the defaults for those not given. */
export function resolveLimits(options: ImportOptions = {}): ImportLimits {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes,
    maxNodes: options.maxNodes ?? DEFAULT_IMPORT_LIMITS.maxNodes,
    maxDepth: options.maxDepth ?? DEFAULT_IMPORT_LIMITS.maxDepth,
  };
}

/** UTF-8 length of a string without allocating its encoding (lone surrogates count as the 3-byte U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Refuses a file larger than `maxBytes` with `payload_too_large`; the first check of every import,
 * made before any parsing. A string longer than the limit in UTF-16 units is too large in UTF-8 as well.
 */
export function assertWithinSize(text: string, limits: ImportLimits, what: string): void {
  if (text.length > limits.maxBytes || utf8Length(text) > limits.maxBytes) {
    const message = `the file is larger than the limit of ${limits.maxBytes} bytes`;
    throw new DomainError("payload_too_large", `${what} cannot be imported: ${message}.`, { errors: [{ path: "", message }] });
  }
}

/** Refuses a file with more than `maxNodes` nodes (or relations, or elements: `noun` says which). */
export function assertWithinCount(count: number, limits: ImportLimits, what: string, noun = "nodes", path = ""): void {
  if (count > limits.maxNodes) {
    const message = `the file has ${count} ${noun}, more than the limit of ${limits.maxNodes}`;
    throw new DomainError("payload_too_large", `${what} cannot be imported: ${message}.`, { errors: [{ path, message }] });
  }
}

/** Line and column (1-based) of a UTF-16 offset, for problems reported by position. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
