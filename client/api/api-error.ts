import { ProblemSchema } from "../../server/contract/problem";

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

/** Turns an error response into an ApiError: problem+json `detail` when the server sent one, else the status line. */
export async function errorFromResponse(response: Response, what: string): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status line below.
  }
  const problem = ProblemSchema.safeParse(body);
  if (problem.success) {
    const fields = problem.data.errors?.map((e) => `${e.path}: ${e.message}`).join("; ");
    const detail = fields ? `${problem.data.detail} (${fields})` : problem.data.detail;
    return new ApiError(detail, response.status, problem.data.code, `Could not ${what}`);
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
