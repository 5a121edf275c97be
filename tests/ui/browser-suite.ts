import type { Page } from "playwright-core";
import type { CruxJsonInput } from "../../server/contract/crux-json";
import { importMap } from "../../server/usecases/import-map";
import { ensureClientBuilt, launchBrowser, type TestBrowser } from "../support/browser";
import { startTestServer, type TestServer, type TestServerOptions, type TestUser } from "../support/test-server";
import { importGridCopy, openExplorerAs } from "./ui-helpers";

export interface Viewport {
  width: number;
  height: number;
}

/** How a server of the suite starts (seeded from data/maps, behind the sign-in gate, with users); it always serves the built client. */
export type SuiteServerOptions = Omit<TestServerOptions, "clientDir">;

export interface BrowserSuiteOptions {
  server?: SuiteServerOptions;
  /** Slugs under which a copy of the Toloraya map with every node on a known grid is imported. */
  gridCopies?: string[];
  /** Other maps imported as they are. */
  maps?: CruxJsonInput[];
  /** How many Chromiums to launch: two give two people with their own sessions. One by default. */
  browsers?: number;
  /**
   * The page each test finds in `page`: its viewport (1280×800 by default) and, if given, the path of the explorer it
   * opens first and the user it then signs in as (unless the browser's session already is). `false` for a suite whose
   * tests open their own pages with `newPage`.
   */
  page?: false | { viewport?: Viewport; path?: string; signedInAs?: TestUser };
}

export interface BrowserSuite {
  /** The API and the built client, over real HTTP on a fresh SQLite file. */
  server: TestServer;
  /** The first of `browsers`. */
  browser: TestBrowser;
  browsers: TestBrowser[];
  /** The current test's page (not set with `page: false`). */
  page: Page;
  /** Another tab, in the first browser unless told; like `page`, it is closed after the test. */
  newPage(options?: { viewport?: Viewport; browser?: TestBrowser }): Promise<Page>;
  /** Another server with the built client on its own fresh database (e.g. behind the sign-in gate), closed after the test. */
  startServer(options?: SuiteServerOptions): Promise<TestServer>;
}

const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };
/** Building the client and launching Chromium on a busy machine can take minutes. */
const START_TIMEOUT = 240_000;

/**
 * The setup every UI test file shares. Before all tests: a server on a fresh database serving the built client, with
 * the maps the suite asks for, and its Chromiums; before each test a fresh page (opened on the explorer and signed in,
 * if asked); after each test, every page it opened is closed; after all, the browsers and the server.
 *
 * Call it at the top level of a test file. The fields of the object it returns are filled in by those hooks, so read
 * them inside hooks and tests, never at the top level.
 */
export function useBrowserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let server: TestServer | undefined;
  const browsers: TestBrowser[] = [];
  const pagesOfTest: Page[] = [];
  const serversOfTest: TestServer[] = [];
  const suite = {
    browsers,
    async newPage({ viewport = DEFAULT_VIEWPORT, browser = suite.browser } = {}) {
      const page = await browser.newPage(viewport);
      pagesOfTest.push(page);
      return page;
    },
    async startServer(serverOptions = {}) {
      const other = await startClientServer(serverOptions);
      serversOfTest.push(other);
      return other;
    },
  } as BrowserSuite;

  beforeAll(async () => {
    server = suite.server = await startClientServer(options.server);
    for (const slug of options.gridCopies ?? []) await importGridCopy(server, slug);
    for (const file of options.maps ?? []) await importMap(server.ctx, "ui-test", file);
    browsers.push(...(await Promise.all(Array.from({ length: options.browsers ?? 1 }, () => launchBrowser()))));
    suite.browser = browsers[0] as TestBrowser;
  }, START_TIMEOUT);
  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server?.close();
  });

  const { page: pageOptions = {} } = options;
  if (pageOptions) {
    beforeEach(async () => {
      suite.page = await suite.newPage({ viewport: pageOptions.viewport });
      if (pageOptions.path !== undefined) await openExplorerAs(suite.page, suite.server.url + pageOptions.path, pageOptions.signedInAs ?? null);
    });
  }
  afterEach(async () => {
    await Promise.all(pagesOfTest.splice(0).map((page) => page.close()));
    await Promise.all(serversOfTest.splice(0).map((other) => other.close()));
  });
  return suite;
}

function startClientServer(options: SuiteServerOptions = {}): Promise<TestServer> {
  return startTestServer({ ...options, clientDir: ensureClientBuilt() });
}
