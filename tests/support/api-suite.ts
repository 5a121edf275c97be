import { apiClient, type ApiClient } from "./http-client";
import { startTestServer, type TestServer, type TestServerOptions } from "./test-server";

/**
 * The setup of an API test file: a server on a fresh SQLite file, started before all tests and closed after them.
 * `server` and `api` can be taken at the top of the file (`const { server, api } = useApiServer()`); they reach the
 * server once it has started, so use them inside hooks and tests.
 */
export function useApiServer(options: TestServerOptions = {}): { server: TestServer; api: ApiClient } {
  let started: TestServer | undefined;
  const live = (): TestServer => {
    if (!started) throw new Error("The test server starts in beforeAll: use it inside hooks and tests.");
    return started;
  };
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const server: TestServer = {
    get url() {
      return live().url;
    },
    get ctx() {
      return live().ctx;
    },
    get databasePath() {
      return live().databasePath;
    },
    close: () => live().close(),
  };
  return { server, api: apiClient(() => live().url) };
}
