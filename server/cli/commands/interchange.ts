import { readFileSync, statSync } from "node:fs";
import { FormatNameSchema, type FormatName } from "../../contract/interchange";
import { exportMapFile, importMapFile } from "../../usecases/interchange";
import { type Command, positional, UsageError } from "../command";

function formatOf(value: unknown, fallback?: FormatName): FormatName {
  const parsed = FormatNameSchema.safeParse(value ?? fallback);
  if (!parsed.success) throw new UsageError(`--format must be one of ${FormatNameSchema.options.join(", ")}`);
  return parsed.data;
}

/** A one-line progress bar on stderr (a person watches it; scripts read stdout). */
function progress(err: (line: string) => void, label: string, done: number, total: number): void {
  const width = 24;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  err(`${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.round((done / Math.max(total, 1)) * 100)}%`);
}

/** `export` and `import`: maps to and from files in every interchange format. */
export const INTERCHANGE_COMMANDS: Command[] = [
  {
    path: ["export"],
    args: "MAP [--format FORMAT]",
    summary: `Print a map as ${FormatNameSchema.options.join(" | ")} (default crux-json) on stdout`,
    options: { format: { type: "string", short: "f" } },
    async run(call) {
      const ctx = await call.context();
      const file = await exportMapFile(ctx, positional(call, 0, "MAP"), formatOf(call.options.format, "crux-json"));
      call.io.out(file.body);
      call.io.err(`Exported ${file.fileName} (${Buffer.byteLength(file.body)} bytes)`);
    },
  },
  {
    path: ["import"],
    args: "FILE --format FORMAT [--slug SLUG] [--title TITLE]",
    summary: "Create a map from a file, all or nothing; every problem is listed by line or path",
    options: { format: { type: "string", short: "f" }, slug: { type: "string" }, title: { type: "string" } },
    async run(call) {
      const path = positional(call, 0, "FILE");
      const format = formatOf(call.options.format);
      const size = statSync(path).size;
      progress(call.io.err, "reading  ", 0, 3);
      const text = readFileSync(path, "utf8");
      progress(call.io.err, "checking ", 1, 3);
      const ctx = await call.context();
      const slug = typeof call.options.slug === "string" ? call.options.slug : undefined;
      const title = typeof call.options.title === "string" ? call.options.title : undefined;
      // At the console an administrator imports files larger than the API accepts (a map 1,000× Toloraya's).
      const limits = { maxBytes: 1_000_000_000, maxNodes: 5_000_000 };
      const { map, warnings } = await importMapFile(ctx, "cli", format, text, { slug, title, limits });
      progress(call.io.err, "written  ", 3, 3);
      for (const warning of warnings) call.io.err(`note: ${warning}`);
      call.io.err(`Imported ${size} bytes of ${format} as the map "${map.slug}"`);
      call.io.out(map.slug);
    },
  },
];
