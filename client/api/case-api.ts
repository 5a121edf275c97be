import { CaseListSchema, CaseSchema, type BriefFormat, type Case, type CreateCase, type UpdateCase } from "../../server/contract/case";
import type { Problem } from "../../server/contract/problem";
import { ApiError } from "./api-error";
import { browserFetch, createParsedFetch } from "./fetch-parsed";

/** A save that lost a race: someone saved the case since we read it. `current` is the case as it is now. */
export class CaseConflictError extends ApiError {
  constructor(
    message: string,
    readonly current: Case,
  ) {
    super(message, 409, "version_conflict", "Someone else saved this case meanwhile");
    this.name = "CaseConflictError";
  }
}

/** The case builder's view of the API (issue 7); answers parsed with the contract's schemas. */
export interface CaseApi {
  listCases(map: string): Promise<Case[]>;
  createCase(map: string, input: Omit<CreateCase, "draft"> & { draft?: boolean }): Promise<Case>;
  getCase(id: string): Promise<Case>;
  /** Sends `If-Match: "<version>"`; a stale version rejects with a CaseConflictError carrying the current case. */
  updateCase(id: string, version: number, patch: Omit<UpdateCase, "expectedVersion">): Promise<Case>;
  deleteCase(id: string, version: number): Promise<void>;
  /** Where the printable brief is: HTML opens inline (print-ready); Markdown and Kialo download as files. */
  briefUrl(id: string, format: BriefFormat): string;
}

export function createCaseApi(baseUrl = "", fetchImpl: typeof fetch = browserFetch): CaseApi {
  const request = createParsedFetch(baseUrl, fetchImpl, caseConflict);
  const cases = (map: string) => `/api/v1/maps/${encodeURIComponent(map)}/cases`;
  const one = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;
  return {
    listCases: async (map) => (await request("list the cases", cases(map), CaseListSchema)).cases,
    createCase: (map, input) => request("create the case", cases(map), CaseSchema, { method: "POST", body: input }),
    getCase: (id) => request("open the case", one(id), CaseSchema),
    updateCase: (id, version, patch) => request("save the case", one(id), CaseSchema, { method: "PATCH", body: patch, version }),
    deleteCase: (id, version) => request("delete the case", one(id), null, { method: "DELETE", version }),
    briefUrl: (id, format) => `${baseUrl}${one(id)}/brief?format=${format}`,
  };
}

/** A version_conflict whose `current` is a case becomes a CaseConflictError; anything else stays an ApiError. */
function caseConflict(problem: Problem): CaseConflictError | undefined {
  const current = CaseSchema.safeParse(problem.current);
  return current.success ? new CaseConflictError(problem.detail, current.data) : undefined;
}

/**
 * A failed case action in words: who may change cases when the server says 401 or 403 (reading is open to all,
 * changing needs an editor who signed in), else the server's own detail.
 */
export function describeCaseFailure(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) {
    return "Sign in to change cases: anyone may read them, but only signed-in editors may create, edit or delete them.";
  }
  if (error instanceof ApiError && error.status === 403) {
    return `Your account may read cases but not change them; ask an administrator for the editor role. (${error.message})`;
  }
  return error instanceof Error ? error.message : String(error);
}
