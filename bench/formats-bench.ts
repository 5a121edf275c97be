import { FORMAT_NAMES, FORMATS } from "../server/domain/formats";
import { generateSyntheticMap } from "../server/domain/synthetic-map";
import { timeMs, type BenchOptions, type Measured } from "./harness";

/**
 * Each interchange format on a synthetic map: export (map → file text) against JSON.stringify of the same crux-json,
 * and import (file text → validated crux-json) against JSON.parse of the crux-json text, so a ratio says how much
 * each format's conversion and validation cost over plain serialization.
 */
export async function benchFormats(options: BenchOptions, size: number): Promise<Measured[]> {
  const map = generateSyntheticMap({ nodes: size, seed: 5, positions: true });
  const limits = { maxNodes: 1_000_000, maxBytes: 1_000_000_000 };
  const plain = JSON.stringify(map);
  const rows: Measured[] = [];
  for (const name of FORMAT_NAMES) {
    const format = FORMATS[name];
    options.log(`formats: ${name} on ${size} nodes`);
    const exported: Measured = { measure: `export ${name}`, size, unit: "ms", kind: "time", crux: [], baseline: [] };
    const imported: Measured = { measure: `import ${name}`, size, unit: "ms", kind: "time", crux: [], baseline: [] };
    let text = "";
    for (let i = 0; i < options.runs; i += 1) {
      exported.crux.push(await timeMs(() => (text = format.exportMap(map))));
      exported.baseline.push(await timeMs(() => JSON.stringify(map)));
      const read = format.importMap;
      if (read) imported.crux.push(await timeMs(() => read(text, { ...limits, slug: "bench-import" })));
      imported.baseline.push(await timeMs(() => JSON.parse(plain)));
    }
    rows.push(exported);
    if (imported.crux.length > 0) rows.push(imported);
  }
  return rows;
}
