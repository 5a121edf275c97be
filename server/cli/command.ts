import type { z } from "zod";
import type { UseCaseContext } from "../usecases/context";

/** Where a command writes: `out` is its result (scripts read it), `err` notes for the person at the console. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** All of standard input (for `--password-stdin`). */
  readStdin(): Promise<string>;
}

export interface CommandCall {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  io: CliIo;
  /** The database of DATABASE_URL, migrated; opened on first use and closed when the command ends. */
  context(): Promise<UseCaseContext>;
}

/**
 * One CLI command, e.g. `user add`. Command files export arrays of these and server/cli/main.ts registers them;
 * nothing else needs to change to add a command.
 */
export interface Command {
  /** The words that name it: `["user", "add"]`, or `["export"]` for a single-word command. */
  path: string[];
  /** What follows the path in the usage line, e.g. `NAME --role ROLE`. */
  args: string;
  summary: string;
  options?: Record<string, { type: "string" | "boolean"; short?: string }>;
  /** Returns the exit code (0 when it returns nothing). */
  run(call: CommandCall): Promise<number | void>;
}

/** A mistake in how the command was called: the dispatcher prints it with the command's usage (exit code 2). */
export class UsageError extends Error {}

/** The positional argument at `index`, or a usage error naming it. */
export function positional(call: CommandCall, index: number, name: string): string {
  const value = call.positionals[index];
  if (value === undefined) throw new UsageError(`missing ${name}`);
  return value;
}

/** Parses a command-line value with a contract schema; a failure is a usage error with the schema's message. */
export function parseArg<S extends z.ZodType>(schema: S, value: unknown, name: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${name}: ${result.error.issues.map((i) => i.message).join("; ")}`);
  return result.data;
}
