import { execFile } from "node:child_process";
import { ROOT } from "./test-server";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI as an administrator runs it (`npm run crux -- ...`): a child process on the database at `databasePath`. */
export function runCrux(args: string[], databasePath: string, stdin?: string): Promise<CliRun> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "server/cli/main.ts", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${databasePath}` }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}
