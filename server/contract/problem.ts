import { z } from "zod";

/**
 * Stable error codes. The domain throws them; the HTTP edge alone maps them to statuses (http/problem.ts).
 */
export const ErrorCodeSchema = z.enum([
  "validation_failed",
  "malformed_json",
  "unsupported_media_type",
  "payload_too_large",
  "not_found",
  "duplicate",
  "version_conflict",
  "precondition_required",
  "relation_not_allowed",
  "self_relation",
  "duplicate_relation",
  "quote_mismatch",
  "excerpt_out_of_range",
  "invalid_map_file",
  "invalid_reference",
  "unauthenticated",
  "forbidden",
  "rate_limited",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** RFC 9457 problem details, as every error response carries them (`application/problem+json`). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: ErrorCodeSchema,
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** With 409 version_conflict: the current state of the resource. */
  current: z.unknown().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
