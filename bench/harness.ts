import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * One line of the benchmark table: Crux's median against a baseline measured in the same run on the same data.
 * `ratio` always reads "how many times slower than the baseline" (1 = as fast, lower is better): crux / baseline for
 * times, baseline / crux for rates (requests or writes per second).
 */
export interface BenchRow {
  measure: string;
  size: string;
  crux: number;
  baseline: number;
  unit: string;
  ratio: number;
  /**
   * How far apart the samples of each side lie: (largest − smallest) / median. Null where a benchmark reports only
   * medians for that side.
   */
  spread: { crux: number; baseline: number | null };
  runs: number;
}

/** Samples of one measure: what a benchmark returns before the medians are taken. */
export interface Measured {
  measure: string;
  size: string | number;
  unit: string;
  /** "time": lower is better; "rate": higher is better. */
  kind: "time" | "rate";
  crux: number[];
  baseline: number[];
}

export interface BenchOptions {
  smoke: boolean;
  /** Repetitions per measure (more for cheap measures is up to each benchmark). */
  runs: number;
  log: (line: string) => void;
}

/** A measure that could not run here, with the reason printed in the report. */
export class Skip extends Error {}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function toRow(m: Measured): BenchRow {
  const crux = median(m.crux);
  const baseline = median(m.baseline);
  const spread = (s: number[]) => (Math.max(...s) - Math.min(...s)) / median(s);
  return {
    measure: m.measure,
    size: String(m.size),
    crux,
    baseline,
    unit: m.unit,
    ratio: m.kind === "time" ? crux / baseline : baseline / crux,
    spread: { crux: spread(m.crux), baseline: spread(m.baseline) },
    runs: Math.min(m.crux.length, m.baseline.length),
  };
}

/** Milliseconds taken by `work`. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const format = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** The table printed by `npm run bench`. */
export function formatTable(rows: BenchRow[]): string {
  const header = ["measure", "size", "Crux", "baseline", "unit", "ratio", "spread Crux | baseline", "runs"];
  const percent = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(0)}%`);
  const lines = rows.map((r) => [
    r.measure,
    r.size,
    format(r.crux),
    format(r.baseline),
    r.unit,
    `${r.ratio.toFixed(2)}×`,
    `${percent(r.spread.crux)} | ${percent(r.spread.baseline)}`,
    String(r.runs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const pad = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 3 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join("  ");
  return [pad(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(pad)].join("\n");
}

/** Writes `latest.json` (the rows) into `dir`, creating it; returns the file's path. */
export function writeResults(dir: string, rows: BenchRow[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "latest.json");
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
  return file;
}
