import type { z } from "zod";
import { CaseListSchema, CaseSchema, type BriefFormat, type Case, type CreateCase, type UpdateCase } from "../../server/contract/case";
import { ProblemSchema } from "../../server/contract/problem";
import { ApiError, errorFromResponse, unexpectedShape, unreachable } from "./api-error";

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

export function createCaseApi(baseUrl = "", fetchImpl: typeof fetch = (input, init) => fetch(input, init)): CaseApi {
  async function send(what: string, path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, { ...init, headers: { accept: "application/json", ...init.headers } });
    } catch (cause) {
      throw unreachable(what, cause);
    }
    if (response.status === 409) await throwIfConflict(response.clone());
    if (!response.ok) throw await errorFromResponse(response, what);
    return response;
  }
  async function call<S extends z.ZodType>(what: string, path: string, schema: S, init?: RequestInit): Promise<z.infer<S>> {
    const response = await send(what, path, init);
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw unexpectedShape(what, parsed.error.issues);
    return parsed.data;
  }
  const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const ifMatch = (version: number) => ({ "if-match": `"${version}"` });
  const one = (id: string) => `/api/v1/cases/${encodeURIComponent(id)}`;
  return {
    listCases: async (map) => (await call("list the cases", `/api/v1/maps/${encodeURIComponent(map)}/cases`, CaseListSchema)).cases,
    createCase: (map, input) => call("create the case", `/api/v1/maps/${encodeURIComponent(map)}/cases`, CaseSchema, json("POST", input)),
    getCase: (id) => call("open the case", one(id), CaseSchema),
    updateCase: (id, version, patch) => call("save the case", one(id), CaseSchema, json("PATCH", patch, ifMatch(version))),
    deleteCase: async (id, version) => {
      await send("delete the case", one(id), { method: "DELETE", headers: ifMatch(version) });
    },
    briefUrl: (id, format) => `${baseUrl}${one(id)}/brief?format=${format}`,
  };
}

/** A 409 version_conflict whose `current` is a case becomes a CaseConflictError; anything else falls through. */
async function throwIfConflict(response: Response): Promise<void> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = ProblemSchema.safeParse(body);
  if (!problem.success || problem.data.code !== "version_conflict") return;
  const current = CaseSchema.safeParse(problem.data.current);
  if (current.success) throw new CaseConflictError(problem.data.detail, current.data);
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
