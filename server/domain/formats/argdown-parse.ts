import type { ArgdownApplication, IArgdownResponse } from "@argdown/core";
import type { FileProblem } from "./problems";

let application: Promise<ArgdownApplication> | null = null;

/**
 * One Argdown application (parser, data, model) for all imports; @argdown/core keeps no state between runs.
 * Loaded with a dynamic import: @argdown/core and chevrotain are ES modules whose dependencies export only an
 * `import` condition, which a `require` (CommonJS under tsx) cannot resolve, while `import()` always can.
 */
function argdownApplication(): Promise<ArgdownApplication> {
  application ??= import("@argdown/core").then(({ ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin }) => {
    const app = new ArgdownApplication();
    app.addPlugin(new ParserPlugin(), "parse-input");
    app.addPlugin(new DataPlugin(), "build-model");
    app.addPlugin(new ModelPlugin(), "build-model");
    return app;
  });
  return application;
}

/** The statements, arguments and relations @argdown/core reads, plus every lexer, parser and model error. */
export interface ArgdownReading {
  response: IArgdownResponse;
  problems: FileProblem[];
}

const at = (line?: number, column?: number): string => (line ? `line ${line}${column ? `, column ${column}` : ""}` : "");

/**
 * Runs the real Argdown parser on a text. The front matter is read as data only: its settings never
 * change how the text is interpreted (`frontMatterSettingsMode: "ignore"`), and tags are removed from texts.
 */
export async function readArgdown(text: string): Promise<ArgdownReading> {
  const problems: FileProblem[] = [];
  const response: IArgdownResponse = {};
  const app = await argdownApplication();
  let stopped: unknown;
  try {
    // throwExceptions: a YAML or model error must stop the run loudly (otherwise @argdown/core drops it silently);
    // `response` is passed in so that lexer and parser errors found before the throw are kept.
    app.run({
      input: text,
      process: ["parse-input", "build-model"],
      logLevel: "none",
      throwExceptions: true,
      logExceptions: false,
      data: { frontMatterSettingsMode: "ignore" },
      model: { removeTagsFromText: true, transformArgumentRelations: true },
    } as Parameters<ArgdownApplication["run"]>[0], response);
  } catch (error) {
    stopped = error;
  }
  for (const e of response.lexerErrors ?? []) problems.push({ path: at(e.line, e.column), message: e.message });
  for (const e of response.parserErrors ?? []) problems.push({ path: at(e.token?.startLine, e.token?.startColumn), message: e.message });
  for (const e of response.exceptions ?? []) problems.push({ path: "", message: e.message });
  if (stopped !== undefined) problems.push({ path: "", message: describeStop(stopped) });
  return { response, problems };
}

/** js-yaml errors come from `{…}` data or the front matter; their own line numbers count from the data's start. */
function describeStop(error: unknown): string {
  if (error instanceof Error && error.name === "YAMLException") return `invalid YAML data or front matter: ${error.message.split("\n")[0]}`;
  return `the Argdown parser stopped: ${error instanceof Error ? error.message : String(error)}`;
}
