import { createApiClient } from "../../client/api/api-client";
import { ApiError } from "../../client/api/api-error";
import { sampleGraph } from "./graph-fixture";

/** A fetch that answers every call with one canned response and records the requests. */
function fakeFetch(status: number, body: unknown, contentType = "application/json") {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const text = typeof body === "string" ? body : JSON.stringify(body);
    return new Response(text, { status, headers: { "content-type": contentType } });
  };
  return { calls, fetchImpl: fetchImpl as typeof fetch };
}

describe("API client", () => {
  test("parses a graph with the contract schema", async () => {
    const { fetchImpl, calls } = fakeFetch(200, sampleGraph());
    const graph = await createApiClient("http://x", fetchImpl).getGraph("test-map");
    expect(graph.nodes).toHaveLength(10);
    expect(calls[0]?.url).toBe("http://x/api/v1/maps/test-map/graph");
  });

  test("turns problem+json into an error carrying the server's detail", async () => {
    const problem = { type: "about:blank", title: "Not Found", status: 404, detail: "No map “nope”.", code: "not_found" };
    const { fetchImpl } = fakeFetch(404, problem, "application/problem+json");
    const failure = createApiClient("", fetchImpl).getGraph("nope");
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ message: "No map “nope”.", status: 404, code: "not_found", title: "Could not open the map “nope”" });
  });

  test("lists validation errors in the message", async () => {
    const problem = { type: "x", title: "Bad", status: 400, detail: "The request is invalid.", code: "validation_failed", errors: [{ path: "positions.0.x", message: "expected number" }] };
    const { fetchImpl } = fakeFetch(400, problem);
    await expect(createApiClient("", fetchImpl).savePositions("m", [{ id: "n", x: 1, y: 2 }])).rejects.toMatchObject({
      message: "The request is invalid. (positions.0.x: expected number)",
    });
  });

  test("reports a non-JSON error page by its status", async () => {
    const { fetchImpl } = fakeFetch(502, "<html>Bad gateway</html>", "text/html");
    await expect(createApiClient("", fetchImpl).listMaps()).rejects.toMatchObject({ status: 502, message: expect.stringContaining("502") });
  });

  test("reports an answer of the wrong shape instead of rendering it", async () => {
    const { fetchImpl } = fakeFetch(200, { maps: [{ slug: 42 }] });
    await expect(createApiClient("", fetchImpl).listMaps()).rejects.toMatchObject({ message: expect.stringContaining("unexpected shape") });
  });

  test("reports an unreachable server in words", async () => {
    const down = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    await expect(createApiClient("", down).listMaps()).rejects.toMatchObject({ status: 0, message: expect.stringContaining("could not be reached") });
  });

  test("saves positions with a PUT of the contract's body", async () => {
    const { fetchImpl, calls } = fakeFetch(200, { saved: 1 });
    expect(await createApiClient("", fetchImpl).savePositions("m", [{ id: "n", x: 1, y: 2 }])).toBe(1);
    expect(calls[0]?.init?.method).toBe("PUT");
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ positions: [{ id: "n", x: 1, y: 2 }] });
  });
});
