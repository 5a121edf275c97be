import { resolve } from "node:path";
import { runBench } from "./bench";
import { formatTable } from "./harness";

/**
 * `npm run bench [-- --smoke] [--out DIR] [--only graph,import] [--no-browser]`: prints the table and writes
 * DIR/latest.json (default bench-results/, or CRUX_BENCH_OUT).
 */
async function main(argv: string[]): Promise<number> {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const smoke = argv.includes("--smoke");
  const outDir = resolve(value("--out") ?? process.env.CRUX_BENCH_OUT ?? "bench-results");
  const started = Date.now();
  const result = await runBench({ smoke, outDir, browser: !argv.includes("--no-browser"), only: value("--only")?.split(",") });
  console.log(`\nCrux benchmarks${smoke ? " (smoke: tiny sizes)" : ""}: medians; ratio = how many times slower than the baseline (1.00× = as fast, lower is better)\n`);
  console.log(formatTable(result.rows));
  for (const s of result.skipped) console.log(`\nskipped ${s.group}: ${s.reason}`);
  for (const f of result.failed) console.error(`\nFAILED ${f.group}: ${f.error}`);
  console.log(`\n${result.rows.length} rows in ${((Date.now() - started) / 1000).toFixed(0)} s → ${result.file}`);
  return result.failed.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
