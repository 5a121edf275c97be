import type { ErrorRequestHandler, Response } from "express";
import type { ErrorCode, Problem } from "../contract/problem";
import { isDomainError } from "../domain/errors";

/** The one place where error codes become HTTP statuses. */
export const STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_found: 404,
  duplicate: 409,
  version_conflict: 409,
  precondition_required: 428,
  relation_not_allowed: 422,
  self_relation: 422,
  duplicate_relation: 409,
  quote_mismatch: 422,
  excerpt_out_of_range: 422,
  invalid_map_file: 422,
  invalid_reference: 422,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  internal: 500,
};

const TITLES: Partial<Record<number, string>> = {
  400: "Bad request", 401: "Unauthenticated", 403: "Forbidden", 404: "Not found", 409: "Conflict", 413: "Payload too large",
  415: "Unsupported media type", 422: "Unprocessable content", 428: "Precondition required", 429: "Too many requests", 500: "Internal error",
};

export function sendProblem(res: Response, code: ErrorCode, detail: string, extra: Pick<Problem, "errors" | "current"> = {}): void {
  const status = STATUS_OF[code];
  const body: Problem = { type: `https://crux.invalid/problems/${code}`, title: TITLES[status] ?? "Error", status, detail, code, ...extra };
  res.status(status).type("application/problem+json").send(JSON.stringify(body));
}

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

/** Maps every thrown error to problem+json: domain errors by code, body-parser failures, and 500 for the rest. */
export function problemMapper(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (isDomainError(error)) {
      sendProblem(res, error.code, error.message, { errors: error.details.errors, current: error.details.current });
      return;
    }
    const parserError = error as BodyParserError;
    if (parserError.type === "entity.parse.failed") {
      sendProblem(res, "malformed_json", `The body is not valid JSON: ${parserError.message ?? "parse error"}.`);
      return;
    }
    if (parserError.type === "entity.too.large") {
      sendProblem(res, "payload_too_large", "The body is larger than this route accepts.");
      return;
    }
    if (parserError.status === 400 || parserError.status === 415) {
      sendProblem(res, parserError.status === 415 ? "unsupported_media_type" : "validation_failed", parserError.message ?? "Bad request.");
      return;
    }
    log("unhandled error", error);
    sendProblem(res, "internal", "Something went wrong on the server; it has been logged.");
  };
}
