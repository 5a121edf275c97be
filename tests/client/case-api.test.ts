import { ApiError } from "../../client/api/api-error";
import { CaseConflictError, createCaseApi, describeCaseFailure } from "../../client/api/case-api";
import { aCase } from "./case-fixture";

function fakeFetch(status: number, body: unknown, contentType = "application/json") {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { "content-type": contentType } });
  };
  return { calls, fetchImpl: fetchImpl as typeof fetch };
}

const problem = (status: number, code: string, extra: object = {}) => ({ type: "x", title: "t", status, detail: `detail ${status}`, code, ...extra });

describe("case API client", () => {
  test("drafts a case with a POST of the contract's body and parses the answer", async () => {
    const { fetchImpl, calls } = fakeFetch(201, aCase());
    const created = await createCaseApi("", fetchImpl).createCase("toloraya-2009", { title: "T", side: "for", targetId: "p1", draft: true });
    expect(created.id).toBe("case-1");
    expect(calls[0]).toMatchObject({ url: "/api/v1/maps/toloraya-2009/cases", init: { method: "POST", body: JSON.stringify({ title: "T", side: "for", targetId: "p1", draft: true }) } });
  });

  test("saves with If-Match set to the version read", async () => {
    const { fetchImpl, calls } = fakeFetch(200, aCase({ version: 4 }));
    await createCaseApi("", fetchImpl).updateCase("case-1", 3, { title: "x" });
    expect(calls[0]?.url).toBe("/api/v1/cases/case-1");
    expect(calls[0]?.init?.method).toBe("PATCH");
    expect((calls[0]?.init?.headers as Record<string, string>)["if-match"]).toBe('"3"');
  });

  test("a stale save rejects with a conflict carrying the current case", async () => {
    const current = aCase({ version: 5, title: "Theirs" });
    const { fetchImpl } = fakeFetch(409, problem(409, "version_conflict", { current }), "application/problem+json");
    const failure = createCaseApi("", fetchImpl).updateCase("case-1", 3, { title: "Mine" });
    await expect(failure).rejects.toBeInstanceOf(CaseConflictError);
    await expect(failure).rejects.toMatchObject({ status: 409, current: { version: 5, title: "Theirs" } });
  });

  test("a 409 without a case in it stays an ordinary error", async () => {
    const { fetchImpl } = fakeFetch(409, problem(409, "duplicate"), "application/problem+json");
    const failure = createCaseApi("", fetchImpl).updateCase("case-1", 3, {});
    await expect(failure).rejects.not.toBeInstanceOf(CaseConflictError);
    await expect(failure).rejects.toMatchObject({ status: 409, message: "detail 409" });
  });

  test("deletes with If-Match and accepts 204", async () => {
    const { fetchImpl, calls } = fakeFetch(204, null);
    await createCaseApi("", fetchImpl).deleteCase("case-1", 2);
    expect(calls[0]?.init).toMatchObject({ method: "DELETE", headers: { "if-match": '"2"' } });
  });

  test("points at the brief in each format", () => {
    const api = createCaseApi("http://x", fakeFetch(200, {}).fetchImpl);
    expect(api.briefUrl("case 1", "html")).toBe("http://x/api/v1/cases/case%201/brief?format=html");
    expect(api.briefUrl("k", "kialo")).toBe("http://x/api/v1/cases/k/brief?format=kialo");
  });

  test("explains 401 and 403 in words a reader can act on", async () => {
    for (const status of [401, 403]) {
      const { fetchImpl } = fakeFetch(status, problem(status, status === 401 ? "unauthenticated" : "forbidden"), "application/problem+json");
      const error = await createCaseApi("", fetchImpl).createCase("m", { title: "T", side: "for", targetId: "p1" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(describeCaseFailure(error)).toMatch(status === 401 ? /^Sign in to change cases/ : /ask an administrator for the editor role/);
    }
    expect(describeCaseFailure(new Error("boom"))).toBe("boom");
  });
});
