import { FormatNameSchema, type FormatName as ContractFormatName } from "../../contract/interchange";
import type { CruxJson } from "../../contract/crux-json";
import { DomainError } from "../errors";
import { exportAifJson } from "./aif-export";
import { importAifJson } from "./aif-import";
import { exportArgdown } from "./argdown-export";
import { importArgdown } from "./argdown-import";
import { exportCruxJson, importCruxJson } from "./crux-json";
import { exportCsv, importCsv } from "./csv";
import { exportCytoscapeJson, importCytoscapeJson } from "./cytoscape-json";
import type { ExportMap, ImportMap, ImportOptions, ImportResult } from "./format-types";
import { exportGraphml } from "./graphml-export";
import { importGraphml } from "./graphml-import";
import { exportKialo } from "./kialo-export";
import { importKialo } from "./kialo-import";

/** The signatures and options shared by every format, and the validation they all end with. */
export type { ExportMap, ImportMap, ImportOptions, ImportResult } from "./format-types";
export { DEFAULT_IMPORT_LIMITS } from "./import-limits";
export { validateCruxJson } from "./validate-crux-json";
export { exportCsvFiles, importCsvFiles, type CsvFiles } from "./csv";

/** The interchange format names (DESIGN.md), for `GET /export?format=` and `POST /import?format=`. */
export const FORMAT_NAMES = FormatNameSchema.options;
/** One of {@link FORMAT_NAMES}. */
export type FormatName = ContractFormatName;

/** One interchange format: how to name, serve and convert it. */
export interface MapFormat {
  name: FormatName;
  /** A short human name for menus and messages. */
  label: string;
  /** The `Content-Type` of an exported file. */
  contentType: string;
  /** The file name extension, with its dot. */
  extension: string;
  exportMap: ExportMap;
  /** Null when the format can only be exported. Every import resolves to a validated map plus warnings. */
  importMap: ImportMap | null;
}

const sync =
  (fn: (text: string, options?: ImportOptions) => ImportResult): ImportMap =>
  async (text, options) =>
    fn(text, options);

/**
 * Every format, by name. Imports throw DomainError `invalid_map_file` (every problem in `details.errors`)
 * or `payload_too_large` (size and count limits); exports never throw on a valid map.
 * @example
 * const format = getFormat(req.query.format);            // throws validation_failed for an unknown name
 * const body = format.exportMap(map);                     // string, served as format.contentType
 * const { map, warnings } = await format.importMap!(text, { slug });
 */
export const FORMATS: Readonly<Record<FormatName, MapFormat>> = {
  "crux-json": { name: "crux-json", label: "Crux JSON (full backup)", contentType: "application/json", extension: ".crux.json", exportMap: exportCruxJson, importMap: sync(importCruxJson) },
  "aif-json": { name: "aif-json", label: "AIF (AIFdb / OVA JSON)", contentType: "application/json", extension: ".aif.json", exportMap: exportAifJson, importMap: sync(importAifJson) },
  argdown: { name: "argdown", label: "Argdown", contentType: "text/plain; charset=utf-8", extension: ".argdown", exportMap: exportArgdown, importMap: importArgdown },
  kialo: { name: "kialo", label: "Kialo (text export)", contentType: "text/plain; charset=utf-8", extension: ".txt", exportMap: exportKialo, importMap: sync(importKialo) },
  graphml: { name: "graphml", label: "GraphML (yEd, Gephi)", contentType: "application/graphml+xml", extension: ".graphml", exportMap: exportGraphml, importMap: sync(importGraphml) },
  "cytoscape-json": { name: "cytoscape-json", label: "Cytoscape JSON (cy.json)", contentType: "application/json", extension: ".cyjs", exportMap: exportCytoscapeJson, importMap: sync(importCytoscapeJson) },
  csv: { name: "csv", label: "CSV (Kumu-style nodes and edges)", contentType: "text/csv; charset=utf-8", extension: ".csv", exportMap: exportCsv, importMap: sync(importCsv) },
};

/** True for a known format name (e.g. a query parameter). */
export function isFormatName(name: unknown): name is FormatName {
  return typeof name === "string" && (FORMAT_NAMES as readonly string[]).includes(name);
}

/** The format of that name, or DomainError `validation_failed` listing the known names. */
export function getFormat(name: unknown): MapFormat {
  if (isFormatName(name)) return FORMATS[name];
  const message = `the format must be one of ${FORMAT_NAMES.join(", ")}`;
  throw new DomainError("validation_failed", `Unknown format "${String(name)}": ${message}.`, { errors: [{ path: "format", message }] });
}

/** Exports a map in the named format. */
export function exportMap(format: FormatName, map: CruxJson): string {
  return FORMATS[format].exportMap(map);
}
