import type { Request } from "express";
import type { z } from "zod";
import { DomainError } from "../domain/errors";

/** Parses a value with a zod schema and RETURNS it; a failure is a 400 listing every problem with its path. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: "body" | "query" | "path"): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({
      path: [where, ...issue.path.map(String)].join("."),
      message: issue.message,
    }));
    throw new DomainError("validation_failed", `The ${where === "path" ? "URL" : where} is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}.`, { errors });
  }
  return result.data;
}

/**
 * The version an update or delete is based on: `If-Match: "3"` (the ETag we sent), or `expectedVersion` in the body.
 * Missing → 428, so that nobody overwrites a row without saying which version they saw.
 */
export function expectedVersionOf(req: Request, bodyVersion?: number): number {
  const header = req.get("if-match");
  if (header !== undefined) {
    const match = /^(?:W\/)?"?[a-z]?(\d+)"?$/.exec(header.trim());
    if (!match) {
      throw new DomainError("validation_failed", `If-Match must be the ETag you received (e.g. "3"), not ${header}.`, {
        errors: [{ path: "header.If-Match", message: "not a version ETag" }],
      });
    }
    return Number(match[1]);
  }
  if (bodyVersion !== undefined) return bodyVersion;
  throw new DomainError("precondition_required", "Say which version you changed: send If-Match with the ETag you read, or expectedVersion in the body.");
}

/** Strong ETag for a versioned row. */
export function etagOf(version: number): string {
  return `"${version}"`;
}
