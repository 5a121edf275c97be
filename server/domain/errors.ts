import type { ErrorCode } from "../contract/problem";

/**
 * A broken rule or a missing thing, with a stable code and a message written for the person who made the request.
 * The domain never knows HTTP statuses; http/problem.ts maps codes to them.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { errors?: { path: string; message: string }[]; current?: unknown } = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError("not_found", `No ${what} has the id or slug "${id}".`);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
