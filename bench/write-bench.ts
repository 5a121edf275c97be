import { randomUUID } from "node:crypto";
import { Agent, request } from "node:http";
import { generateSyntheticMap } from "../server/domain/synthetic-map";
import { createApp } from "../server/http/app";
import { createUser } from "../server/usecases/accounts";
import { importMap } from "../server/usecases/import-map";
import { createNode } from "../server/usecases/nodes";
import { listen, openBenchContext, openRawDatabase, quiet } from "./fixtures";
import { timeMs, type BenchOptions, type Measured } from "./harness";

/**
 * One signed-in annotator adding claims one after another: sequential POST /api/v1/maps/:map/nodes with the session
 * cookie over a kept-alive connection (each a transaction with its revision, committed with synchronous=FULL),
 * against better-sqlite3 inserting the same node rows one transaction each on a WAL database with synchronous=FULL.
 * A second line calls the same use case in-process, which separates the cost of the write from that of HTTP.
 */
export async function benchWrites(options: BenchOptions): Promise<Measured[]> {
  const count = options.smoke ? 10 : 100;
  const { ctx, close } = await openBenchContext();
  const map = await importMap(ctx, "bench", generateSyntheticMap({ nodes: 100, seed: 5 }));
  const annotator = await createUser(ctx, { username: "annotator", password: "bench-annotator-password", role: "editor" });
  const server = await listen(createApp({ ctx, log: quiet }));
  const cookie = await signIn(server.url, "annotator", "bench-annotator-password");
  const raw = openRawDatabase();
  const now = new Date().toISOString();
  raw.db.prepare(`INSERT INTO "Map" (id, slug, title, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)`).run(map.id, map.slug, map.title, now, now);
  const insert = raw.db.prepare(
    `INSERT INTO "Node" (id, mapId, kind, title, text, aliases, tags, createdAt, updatedAt) VALUES (?, ?, 'claim', ?, '', '[]', '[]', ?, ?)`,
  );
  const overHttp: Measured = { measure: "annotator writes (POST node, sequential)", size: `${count} writes`, unit: "writes/s", kind: "rate", crux: [], baseline: [] };
  const inProcess: Measured = { measure: "annotator writes (createNode use case, no HTTP)", size: `${count} writes`, unit: "writes/s", kind: "rate", crux: [], baseline: [] };
  const rate = (ms: number) => (count * 1000) / ms;
  const rawInserts = (i: number) =>
    timeMs(() => {
      for (let n = 0; n < count; n += 1) insert.run(randomUUID(), map.id, `Claim ${i}.${n}`, now, now);
    });
  try {
    for (let i = 0; i < options.runs; i += 1) {
      overHttp.crux.push(rate(await timeMs(async () => {
        for (let n = 0; n < count; n += 1) await postNode(`${server.url}/api/v1/maps/${map.slug}/nodes`, cookie, `Claim ${i}.${n}`);
      })));
      overHttp.baseline.push(rate(await rawInserts(i)));
      inProcess.crux.push(rate(await timeMs(async () => {
        for (let n = 0; n < count; n += 1) await createNode(ctx, annotator.id, map.slug, { kind: "claim", title: `Direct ${i}.${n}` });
      })));
      inProcess.baseline.push(rate(await rawInserts(i)));
    }
    return [overHttp, inProcess];
  } finally {
    raw.close();
    await server.close();
    await close();
  }
}

/** Signs in through the API, as the client does; returns the session cookie. */
async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password }) });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!res.ok || !cookie) throw new Error(`sign-in: ${res.status}`);
  return cookie;
}

/** One kept-alive connection for the whole run: node:http costs the client a fraction of what `fetch` does, so the figure is Crux's. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function postNode(url: string, cookie: string, title: string): Promise<void> {
  const body = JSON.stringify({ kind: "claim", title });
  const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie, origin: new URL(url).origin };
  return new Promise((done, fail) => {
    const req = request(url, { method: "POST", headers, agent }, (res) => {
      res.resume();
      res.on("end", () => (res.statusCode === 201 ? done() : fail(new Error(`POST ${url}: ${res.statusCode}`))));
    });
    req.on("error", fail);
    req.end(body);
  });
}
