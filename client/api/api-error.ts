import { ProblemSchema, type Problem } from "../../server/contract/problem";

/** An API failure in words a reader understands, with the HTTP status and the problem code when there was one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
    readonly title: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The problem+json of an error response, or null when the body is none (a proxy's HTML page, an empty body). */
export async function readProblem(response: Response): Promise<Problem | null> {
  const problem = ProblemSchema.safeParse(await response.json().catch(() => null));
  return problem.success ? problem.data : null;
}

/** An error response as an ApiError: the problem's `detail` when the server sent one, else the status line. */
export function errorFromProblem(response: Response, problem: Problem | null, what: string): ApiError {
  if (problem) {
    const fields = problem.errors?.map((e) => `${e.path}: ${e.message}`).join("; ");
    const detail = fields ? `${problem.detail} (${fields})` : problem.detail;
    return new ApiError(detail, response.status, problem.code, `Could not ${what}`);
  }
  const reason = response.statusText || statusWords(response.status);
  return new ApiError(`The server answered ${response.status} ${reason}.`, response.status, null, `Could not ${what}`);
}

/** A failure before any answer: the server is down or the network is gone. */
export function unreachable(what: string, cause: unknown): ApiError {
  const why = cause instanceof Error ? ` (${cause.message})` : "";
  return new ApiError(`The Crux server could not be reached${why}. Check that it is running, then reload.`, 0, null, `Could not ${what}`);
}

/** The answer did not match the contract: a client/server version mismatch, reported rather than rendered half-way. */
export function unexpectedShape(what: string, issues: { path: PropertyKey[]; message: string }[]): ApiError {
  const first = issues.slice(0, 3).map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ");
  return new ApiError(`The server's answer had an unexpected shape (${first}). Reload the page to get the current client.`, 200, null, `Could not ${what}`);
}

function statusWords(status: number): string {
  if (status >= 500) return "a server error";
  if (status === 404) return "Not Found";
  return "an error";
}
