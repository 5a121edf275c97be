import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBench, type RunResult } from "../../bench/bench";

let outDir: string;
let result: RunResult;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "crux-bench-smoke-"));
  result = await runBench({ smoke: true, outDir, browser: false, log: () => undefined });
}, 90_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("npm run bench -- --smoke, run in-process on tiny sizes", () => {
  test("runs every benchmark group without a failure", () => {
    expect(result.failed).toEqual([]);
    expect(result.skipped.map((s) => s.group)).toEqual(["render"]);
  });

  test("measures each server figure against its baseline", () => {
    expect(result.rows.map((r) => r.measure)).toEqual(
      expect.arrayContaining([
        "GET /graph, first request (cold)",
        "GET /graph, cached",
        "small-map GET /graph throughput",
        "small-map GET /nodes/:id throughput",
        "import (importMap)",
        "annotator writes (POST node, sequential)",
      ]),
    );
  });

  test("gives every row finite positive medians and ratio, and a finite spread", () => {
    for (const row of result.rows) {
      for (const figure of [row.crux, row.baseline, row.ratio]) expect(Number.isFinite(figure) && figure > 0).toBe(true);
      for (const spread of [row.spread.crux, row.spread.baseline ?? 0]) expect(Number.isFinite(spread) && spread >= 0).toBe(true);
      expect(row.unit).not.toBe("");
    }
  });

  test("writes the same rows to latest.json in the chosen folder", () => {
    expect(result.file).toBe(join(outDir, "latest.json"));
    const written = JSON.parse(readFileSync(result.file, "utf8")) as unknown[];
    expect(written).toEqual(result.rows);
    for (const row of written) expect(row).toEqual(expect.objectContaining({ measure: expect.any(String), size: expect.any(String), unit: expect.any(String) }));
  });
});
