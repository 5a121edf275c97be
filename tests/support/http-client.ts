/** A thin fetch wrapper for API tests: JSON in, status + headers + parsed body out. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** `baseUrl` may be a function, read at each call, for a client made before its server starts (api-suite.ts). */
export function apiClient(baseUrl: string | (() => string)) {
  const base = typeof baseUrl === "string" ? () => baseUrl : baseUrl;
  async function call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const res = await fetch(base() + path, init);
    const text = await res.text();
    let parsed: unknown = text;
    if (text && /json/.test(res.headers.get("content-type") ?? "")) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => call<T>("GET", path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>("POST", path, body, headers),
    put: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>("PUT", path, body, headers),
    patch: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => call<T>("PATCH", path, body, headers),
    delete: <T = any>(path: string, headers?: Record<string, string>) => call<T>("DELETE", path, undefined, headers),
    call,
  };
}
export type ApiClient = ReturnType<typeof apiClient>;
