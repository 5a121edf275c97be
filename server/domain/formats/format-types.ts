import type { CruxJson } from "../../contract/crux-json";

/**
 * Limits and defaults for one import. Limits guard against hostile files: they are checked before any real work.
 * `slug`, `title` and `description` name the imported map when the file does not (Kialo, CSV, plain Argdown);
 * when given they also override what the file says.
 */
export interface ImportOptions {
  /** Largest accepted file, in UTF-8 bytes (default 20 MB). */
  maxBytes?: number;
  /** Most nodes (and, separately, relations or elements) a file may hold (default 200,000). */
  maxNodes?: number;
  /** Deepest nesting of JSON arrays/objects or XML elements (default 64). */
  maxDepth?: number;
  slug?: string;
  title?: string;
  description?: string;
}

/** A validated map plus what the file held that Crux has no place for, in sentences written for the user. */
export interface ImportResult {
  map: CruxJson;
  warnings: string[];
}

/** Exports never throw on a valid map. */
export type ExportMap = (map: CruxJson) => string;
/** Imports are asynchronous because the Argdown parser is loaded on first use; the others resolve at once. */
export type ImportMap = (text: string, options?: ImportOptions) => Promise<ImportResult>;
