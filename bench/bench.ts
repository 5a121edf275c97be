import { benchFormats } from "./formats-bench";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { benchGraph } from "./graph-bench";
import { Skip, toRow, writeResults, type BenchOptions, type BenchRow, type Measured } from "./harness";
import { benchImport } from "./import-bench";
import { benchRender } from "./render-bench";
import { benchThroughput } from "./throughput-bench";
import { benchWrites } from "./write-bench";

export interface RunOptions {
  /** Tiny sizes and few repetitions: everything in seconds (the smoke test). */
  smoke: boolean;
  /** Where latest.json goes. */
  outDir: string;
  /** Run the Chromium first-render benchmark (slow to start; the smoke test leaves it out). */
  browser: boolean;
  /** Only these groups (graph, throughput, import, writes, formats, analysis, render). */
  only?: string[];
  log?: (line: string) => void;
}

export interface RunResult {
  rows: BenchRow[];
  skipped: { group: string; reason: string }[];
  failed: { group: string; error: string }[];
  file: string;
}

/**
 * What bench/analysis-bench.ts exports (the analysis engineer owns it): grounded semantics on 100k and 1M arguments
 * against a bare linear pass over the same edges, preferred on 1k; tiny sizes when `options.smoke`. Samples per
 * side; the medians are taken here.
 */
export type AnalysisBench = (options: BenchOptions) => Promise<Measured[]>;

const ANALYSIS_BENCH = join(__dirname, "analysis-bench.ts");

/** Calls the analysis benchmark when it is there (it is written beside this one, by another hand). */
async function benchAnalysisHook(options: BenchOptions): Promise<Measured[]> {
  if (!existsSync(ANALYSIS_BENCH)) throw new Skip("bench/analysis-bench.ts does not exist yet (expected export: benchAnalysis: AnalysisBench)");
  const module = (await import(ANALYSIS_BENCH)) as { benchAnalysis?: AnalysisBench };
  if (typeof module.benchAnalysis !== "function") throw new Skip("bench/analysis-bench.ts does not export benchAnalysis");
  return module.benchAnalysis(options);
}

type Group = { name: string; run: (options: BenchOptions) => Promise<Measured[]> };

function groups(smoke: boolean): Group[] {
  return [
    { name: "graph", run: (o) => benchGraph(o, smoke ? [300] : [10_000, 100_000]) },
    { name: "throughput", run: (o) => benchThroughput(o) },
    { name: "import", run: async (o) => [await benchImport(o, smoke ? 300 : 10_000)] },
    { name: "writes", run: benchWrites },
    { name: "formats", run: (o) => benchFormats(o, smoke ? 200 : 10_000) },
    { name: "analysis", run: benchAnalysisHook },
    { name: "render", run: (o) => benchRender(o, smoke ? [200] : [5_000, 10_000]) },
  ];
}

/** Runs the benchmarks, prints progress through `log`, writes `<outDir>/latest.json`. */
export async function runBench(options: RunOptions): Promise<RunResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const benchOptions: BenchOptions = { smoke: options.smoke, runs: options.smoke ? 2 : 5, log };
  const result: RunResult = { rows: [], skipped: [], failed: [], file: "" };
  for (const group of groups(options.smoke)) {
    if (options.only && !options.only.includes(group.name)) continue;
    if (group.name === "render" && !options.browser) {
      result.skipped.push({ group: group.name, reason: "browser benchmarks turned off" });
      continue;
    }
    const started = Date.now();
    try {
      const measured = await group.run(benchOptions);
      result.rows.push(...measured.map(toRow));
      log(`${group.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      if (error instanceof Skip) result.skipped.push({ group: group.name, reason: error.message });
      else result.failed.push({ group: group.name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  result.file = writeResults(options.outDir, result.rows);
  return result;
}
