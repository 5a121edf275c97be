import { assumeParam, createAnalysisApi } from "../../client/api/analysis-api";
import { ApiError } from "../../client/api/api-error";

function fakeFetch(status: number, body: unknown) {
  const urls: string[] = [];
  const fetchImpl = async (url: RequestInfo | URL) => {
    urls.push(String(url));
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { urls, fetchImpl: fetchImpl as typeof fetch };
}

describe("analysis API client", () => {
  test("asks for acceptance with the semantics and the assumptions in the API's `assume` format, ids sorted", async () => {
    const answer = { semantics: "preferred", labels: { c1: "accepted" }, complete: false, assumptions: { c1: "accepted" }, extensions: [["c1"]] };
    const { fetchImpl, urls } = fakeFetch(200, answer);
    const result = await createAnalysisApi("http://x", fetchImpl).getAcceptance("m", "preferred", { c2: "rejected", c1: "accepted" });
    expect(result).toEqual(answer);
    const url = new URL(urls[0] as string);
    expect(url.pathname).toBe("/api/v1/maps/m/acceptance");
    expect(url.searchParams.get("semantics")).toBe("preferred");
    expect(url.searchParams.get("assume")).toBe("c1:accepted,c2:rejected");
  });

  test("leaves `assume` out when nothing is assumed, and escapes node ids in paths", async () => {
    const { fetchImpl, urls } = fakeFetch(200, { warnings: [] });
    await createAnalysisApi("", fetchImpl).getCruxes("m", {}).catch(() => undefined);
    expect(urls[0]).toBe("/api/v1/maps/m/cruxes");
    await createAnalysisApi("", fetchImpl).explain("m", "a/b", "grounded", {}).catch(() => undefined);
    expect(urls[1]).toBe("/api/v1/maps/m/explanations/a%2Fb?semantics=grounded");
    expect(assumeParam({})).toBe("");
  });

  test("turns a refusal into a readable error with the server's words", async () => {
    const problem = { type: "x", title: "Bad request", status: 400, detail: 'No claim or proposal has the id "nobody".', code: "validation_failed" };
    const { fetchImpl } = fakeFetch(400, problem);
    const failure = createAnalysisApi("", fetchImpl).getAcceptance("m", "grounded", { nobody: "accepted" });
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ title: "Could not work out what is accepted (grounded)", message: 'No claim or proposal has the id "nobody".' });
  });

  test("refuses an answer of the wrong shape", async () => {
    const { fetchImpl } = fakeFetch(200, { rows: "nope" });
    await expect(createAnalysisApi("", fetchImpl).getStances("m", "grounded")).rejects.toMatchObject({ message: expect.stringContaining("unexpected shape") });
  });
});
