import type { z } from "zod";
import { errorFromResponse, unexpectedShape, unreachable } from "./api-error";

/**
 * One request: fetch, turn a failure (unreachable, problem+json, not JSON, wrong shape) into a readable ApiError
 * naming `what` the user was doing, and return the body parsed with the contract's schema.
 */
export async function fetchParsed<S extends z.ZodType>(
  fetchImpl: typeof fetch,
  url: string,
  what: string,
  schema: S,
  init?: RequestInit,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (cause) {
    throw unreachable(what, cause);
  }
  if (!response.ok) throw await errorFromResponse(response, what);
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
