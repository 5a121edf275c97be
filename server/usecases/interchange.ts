import type { FormatName } from "../contract/interchange";
import type { CruxMap } from "../contract/map";
import { DomainError } from "../domain/errors";
import { FORMATS, type ImportOptions } from "../domain/formats";
import type { UseCaseContext } from "./context";
import { exportMapAsCruxJson } from "./export-map";
import { importMap, type ImportLimits } from "./import-map";

export interface ExportedFile {
  contentType: string;
  fileName: string;
  body: string;
}

/** A map as a file of the named format, with the content type and a file name to save it under. */
export async function exportMapFile(ctx: UseCaseContext, mapRef: string, format: FormatName): Promise<ExportedFile> {
  const map = await exportMapAsCruxJson(ctx, mapRef);
  const { contentType, extension, exportMap } = FORMATS[format];
  return { contentType, fileName: `${map.map.slug}${extension}`, body: exportMap(map) };
}

/**
 * Imports a file of any format, all or nothing: the format's reader turns it into validated crux-json (listing every
 * problem by line or path), then the import use case writes it in one transaction.
 */
export async function importMapFile(
  ctx: UseCaseContext,
  actor: string,
  format: FormatName,
  text: string,
  options: Pick<ImportOptions, "slug" | "title"> & { limits?: ImportLimits } = {},
): Promise<{ map: CruxMap; warnings: string[] }> {
  const read = FORMATS[format].importMap;
  if (!read) throw new DomainError("validation_failed", `Crux can export ${format} but not import it.`);
  const { map: file, warnings } = await read(text, { ...options, ...options.limits });
  const map = await importMap(ctx, actor, file, { slug: options.slug, limits: options.limits });
  return { map, warnings };
}
