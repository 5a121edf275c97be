import { parseArgs } from "node:util";
import { openContext } from "../boot";
import { loadConfig } from "../config";
import { isDomainError } from "../domain/errors";
import type { UseCaseContext } from "../usecases/context";
import { type CliIo, type Command, UsageError } from "./command";
import { INTERCHANGE_COMMANDS } from "./commands/interchange";
import { TOKEN_COMMANDS } from "./commands/tokens";
import { USER_COMMANDS } from "./commands/users";

/**
 * `npm run crux -- <command>`: administration at the server's console, on the database of DATABASE_URL.
 * Every command is registered here; a new group is one file under commands/ exporting a `Command[]`.
 */
const COMMANDS: Command[] = [...USER_COMMANDS, ...TOKEN_COMMANDS, ...INTERCHANGE_COMMANDS];

const usageOf = (command: Command) => `crux ${[...command.path, command.args].filter(Boolean).join(" ")}`;

function helpText(): string {
  const lines = COMMANDS.map((c) => `  ${usageOf(c)}\n      ${c.summary}`);
  return ["Usage: npm run crux -- <command> [arguments]", "", "Commands:", ...lines, "", "The database is DATABASE_URL (default file:./data/crux.db)."].join("\n");
}

/** The command whose path the arguments start with (the longest such path). */
function findCommand(argv: string[]): Command | undefined {
  return COMMANDS.filter((c) => c.path.every((word, i) => argv[i] === word)).sort((a, b) => b.path.length - a.path.length)[0];
}

const isParseArgsError = (error: unknown) => String((error as { code?: unknown }).code ?? "").startsWith("ERR_PARSE_ARGS");

/** Runs one command line; returns the exit code: 0 done, 1 refused (e.g. unknown user), 2 bad usage. */
export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const command = findCommand(argv);
  if (!command) {
    const asksForHelp = argv.length === 0 || ["help", "--help", "-h"].includes(argv[0] ?? "");
    if (!asksForHelp) io.err(`Unknown command: crux ${argv.join(" ")}\n`);
    io.err(helpText());
    return asksForHelp ? 0 : 2;
  }
  let opened: Promise<UseCaseContext & { store: { close(): Promise<void> } }> | undefined;
  try {
    const { positionals, values } = parseArgs({ args: argv.slice(command.path.length), options: command.options ?? {}, allowPositionals: true, strict: true });
    const context = () => (opened ??= openContext(loadConfig(env)));
    return (await command.run({ positionals, options: values, io, context })) ?? 0;
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`crux ${command.path.join(" ")}: ${(error as Error).message}\nusage: ${usageOf(command)}`);
      return 2;
    }
    if (isDomainError(error)) {
      io.err(error.message);
      for (const problem of error.details.errors ?? []) io.err(`  ${problem.path}: ${problem.message}`);
      return 1;
    }
    throw error;
  } finally {
    await (await opened)?.store.close();
  }
}

const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

runCli(process.argv.slice(2), consoleIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
