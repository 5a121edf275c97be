import express from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Graph } from "../server/contract/graph";
import { generateSyntheticMap } from "../server/domain/synthetic-map";
import { createApp } from "../server/http/app";
import { importMap } from "../server/usecases/import-map";
import { ensureClientBuilt } from "../scripts/client-build";
import { ROOT, listen, openBenchContext, quiet } from "./fixtures";
import { Skip, type BenchOptions, type Measured } from "./harness";

const CHROMIUM = "/usr/bin/chromium";

/**
 * The moment a page has drawn its graph, on the page's own clock (ms since navigation start): two animation frames
 * after the graph is in place, so that at least one frame with it has been painted. The client's graph canvas says
 * it is in place with `data-ready="true"` (client/graph/graph-canvas.tsx); the bare page calls `graphInPlace()`.
 */
const RENDER_PROBE = `(() => {
  const stamp = () => requestAnimationFrame(() => requestAnimationFrame(() => { window.renderedAt = performance.now(); }));
  window.graphInPlace = stamp;
  new MutationObserver((changes) => {
    if (changes.some((c) => c.target.getAttribute && c.target.getAttribute("data-ready") === "true") && !window.stamped) {
      window.stamped = true;
      stamp();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
})();`;

/** The bare page: cytoscape alone, the same elements fetched as JSON, a preset layout, default style plus labels. */
const BARE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head>
<body><div id="cy"></div><script src="/cytoscape.min.js"></script><script>
fetch("/elements.json" + location.search).then((r) => r.json()).then((elements) => {
  cytoscape({ container: document.getElementById("cy"), elements, layout: { name: "preset", fit: true, padding: 30 },
    style: [{ selector: "node", style: { label: "data(label)" } }] });
  window.graphInPlace();
});
</script></body></html>`;

/** Cytoscape elements for the bare page: every node at its saved position, every edge between two nodes. */
function bareElements(graph: Graph): object[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.title }, position: n.position })),
    ...graph.relations.filter((r) => ids.has(r.target)).map((r) => ({ data: { id: `e${r.id}`, source: r.source, target: r.target } })),
  ];
}

/**
 * First render in headless Chromium of a map with saved positions: the real client page at /maps/:slug against the
 * bare page, from navigation start to the graph drawn (RENDER_PROBE), each in a fresh browser context (cold cache).
 */
export async function benchRender(options: BenchOptions, sizes: number[], clientDir?: string): Promise<Measured[]> {
  if (!existsSync(CHROMIUM)) throw new Skip(`${CHROMIUM} is missing (apt-get install -y chromium)`);
  // The bundle of the current sources, built here if it is missing or stale (a few seconds).
  clientDir ??= ensureClientBuilt();
  if (!existsSync(join(clientDir, "index.html"))) throw new Skip(`no client bundle in ${clientDir}`);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  const { ctx, close } = await openBenchContext();
  const crux = await listen(createApp({ ctx, log: quiet, clientDir }));
  const elements = new Map<string, string>();
  const bare = express();
  bare.get("/", (_req, res) => res.type("html").send(BARE_PAGE));
  bare.get("/cytoscape.min.js", (_req, res) => res.sendFile(join(ROOT, "node_modules/cytoscape/dist/cytoscape.min.js")));
  bare.get("/elements.json", (req, res) => res.type("application/json").send(elements.get(String(req.query.size))));
  const baseline = await listen(bare);
  try {
    const measured: Measured[] = [];
    for (const size of sizes) {
      const map = await importMap(ctx, "bench", generateSyntheticMap({ nodes: size, seed: size, positions: true }));
      const graph = (await (await fetch(`${crux.url}/api/v1/maps/${map.slug}/graph`)).json()) as Graph;
      elements.set(String(size), JSON.stringify(bareElements(graph)));
      const m: Measured = { measure: "first render in Chromium, saved positions", size, unit: "ms", kind: "time", crux: [], baseline: [] };
      for (let i = 0; i < Math.min(options.runs, 3); i += 1) {
        m.crux.push(await timeInPage(browser, `${crux.url}/maps/${map.slug}`));
        m.baseline.push(await timeInPage(browser, `${baseline.url}/?size=${size}`));
      }
      options.log(`render: ${size} nodes done`);
      measured.push(m);
    }
    return measured;
  } finally {
    await browser.close();
    await baseline.close();
    await crux.close();
    await close();
  }
}

type Browser = Awaited<ReturnType<typeof import("playwright-core")["chromium"]["launch"]>>;

/** Opens `url` in a fresh context (cold cache) and returns when, after navigation start, the graph was drawn. */
async function timeInPage(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(RENDER_PROBE);
    await page.goto(url);
    const handle = await page.waitForFunction("window.renderedAt", undefined, { timeout: 180_000, polling: 100 });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}
