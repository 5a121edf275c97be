import type { z } from "zod";
import type { Problem } from "../../server/contract/problem";
import { errorFromProblem, readProblem, unexpectedShape, unreachable, type ApiError } from "./api-error";

/** What a request sends beyond a plain GET. */
export interface RequestOptions {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** The version the change is based on, sent as If-Match. */
  version?: number;
}

/**
 * One request to the API: `what` the user was doing (for the error's title), the path under the base URL, and the
 * contract's schema for the answer, or null for an answer with nothing to read (a 204), which resolves to undefined.
 */
export interface Requester {
  <S extends z.ZodType>(what: string, path: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
  (what: string, path: string, schema: null, options?: RequestOptions): Promise<void>;
}

/** Makes a 409 version_conflict a more specific error (one carrying `current`, say); undefined keeps the ApiError. */
export type ConflictHandler = (problem: Problem, error: ApiError) => ApiError | undefined;

/** The global fetch, looked up when called (so a fetch installed later, e.g. by a test, is the one used). */
export const browserFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * The one place that talks HTTP: JSON in and out, the session cookie sent by the browser (same origin, so no CSRF
 * token is needed), every failure (unreachable, problem+json, not JSON, wrong shape) turned into a readable ApiError,
 * and the answer parsed with the contract's schema before anyone uses it.
 */
export function createParsedFetch(baseUrl = "", fetchImpl: typeof fetch = browserFetch, onConflict?: ConflictHandler): Requester {
  async function send(what: string, path: string, options: RequestOptions): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, requestInit(options));
    } catch (cause) {
      throw unreachable(what, cause);
    }
    if (!response.ok) throw await failure(response, what, onConflict);
    return response;
  }
  return (async (what: string, path: string, schema: z.ZodType | null, options: RequestOptions = {}) => {
    const response = await send(what, path, options);
    return schema === null ? undefined : parseAnswer(response, what, schema);
  }) as Requester;
}

function requestInit({ method = "GET", body, version }: RequestOptions): RequestInit {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (version !== undefined) headers["if-match"] = `"${version}"`;
  return { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" };
}

async function failure(response: Response, what: string, onConflict: ConflictHandler | undefined): Promise<ApiError> {
  const problem = await readProblem(response);
  const error = errorFromProblem(response, problem, what);
  const conflict = response.status === 409 && problem?.code === "version_conflict" && onConflict ? onConflict(problem, error) : undefined;
  return conflict ?? error;
}

async function parseAnswer<S extends z.ZodType>(response: Response, what: string, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw unexpectedShape(what, [{ path: [], message: "not JSON" }]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpectedShape(what, parsed.error.issues);
  return parsed.data;
}
