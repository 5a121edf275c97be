import { execFile } from "node:child_process";
import { join } from "node:path";
import express from "express";
import { seedIfEmpty } from "../server/boot";
import { createApp } from "../server/http/app";
import { ROOT, listen, openBenchContext, quiet } from "./fixtures";
import type { BenchOptions, Measured } from "./harness";

const AUTOCANNON = join(ROOT, "node_modules/autocannon/autocannon.js");

/**
 * Requests per second that autocannon gets from `url` in `seconds`, run in its own process (so that the load
 * generator does not share the server's event loop), 10 connections. (autocannon's `-a N` mode reports a rate
 * that includes a fixed ~1 s, so short runs use a short duration instead.)
 */
export function loadTest(url: string, limit: { seconds: number }): Promise<number> {
  const bound = ["-d", String(limit.seconds)];
  return new Promise((done, fail) => {
    execFile(process.execPath, [AUTOCANNON, "-j", "-c", "10", ...bound, url], { maxBuffer: 16 << 20 }, (error, stdout) => {
      if (error) return fail(error);
      const result = JSON.parse(stdout) as { requests: { total: number }; duration: number; errors: number; non2xx: number; timeouts: number };
      if (result.errors + result.non2xx + result.timeouts > 0) {
        return fail(new Error(`autocannon ${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`));
      }
      done(result.requests.total / result.duration);
    });
  });
}

/**
 * Small-map API throughput: the real app with the seeded Toloraya map (~100 nodes) against a bare Express route that
 * returns the very same JSON bytes (prepared once, so the baseline is Express and HTTP alone). Two reads an annotator's client makes all the time: the whole graph (cached body)
 * and one node (a database read per request).
 */
export async function benchThroughput(options: BenchOptions): Promise<Measured[]> {
  const { ctx, close } = await openBenchContext();
  const [slug] = await seedIfEmpty(ctx, join(ROOT, "data/maps"));
  const crux = await listen(createApp({ ctx, log: quiet }));
  try {
    const graph = JSON.parse(await fetchText(`${crux.url}/api/v1/maps/${slug}/graph`)) as { nodes: { id: string }[] };
    const nodeId = graph.nodes[Math.floor(graph.nodes.length / 2)]?.id as string;
    const routes = [
      { measure: "small-map GET /graph throughput", path: `/api/v1/maps/${slug}/graph` },
      { measure: "small-map GET /nodes/:id throughput", path: `/api/v1/nodes/${nodeId}` },
    ];
    // The same bytes, encoded once: the baseline is Express and HTTP alone.
    const bodies = await Promise.all(routes.map(async (r) => Buffer.from(await fetchText(`${crux.url}${r.path}`))));
    const bare = express();
    routes.forEach((r, i) => bare.get(r.path, (_req, res) => res.type("application/json").send(bodies[i])));
    const baseline = await listen(bare);
    const limit = { seconds: options.smoke ? 0.5 : 3 };
    const measured: Measured[] = [];
    try {
      for (const route of routes) {
        const m: Measured = { measure: route.measure, size: `${graph.nodes.length} nodes`, unit: "req/s", kind: "rate", crux: [], baseline: [] };
        for (let i = 0; i < Math.min(options.runs, 3); i += 1) {
          m.crux.push(await loadTest(`${crux.url}${route.path}`, limit));
          m.baseline.push(await loadTest(`${baseline.url}${route.path}`, limit));
        }
        options.log(`throughput: ${route.path} done`);
        measured.push(m);
      }
    } finally {
      await baseline.close();
    }
    return measured;
  } finally {
    await crux.close();
    await close();
  }
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.text();
}
