import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "../..");
const CLIENT = join(ROOT, "client");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Module specifiers imported by a file (static and dynamic imports, re-exports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g)];
  return found.map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

const files = sourceFiles(CLIENT).map((path) => ({ path, rel: relative(CLIENT, path), imports: importsOf(path) }));

// Import rules between server and client, and "only client/graph imports cytoscape", are in
// tests/architecture/import-boundaries.test.ts; these are the client's own structure rules from STYLE.md.
describe("client structure", () => {
  test("client/state has no DOM, no framework and no cytoscape", () => {
    const offending = files
      .filter((f) => f.rel.startsWith("state/"))
      .filter((f) => f.imports.some((i) => /^(preact|cytoscape)/.test(i)) || /\b(document|window)\./.test(readFileSync(f.path, "utf8")))
      .map((f) => f.rel);
    expect(offending).toEqual([]);
  });

  test("panels never reach into the graph view", () => {
    const offending = files.filter((f) => f.rel.startsWith("panels/") && f.imports.some((i) => /graph\/(graph-view|graph-events|positions|viewport)/.test(i))).map((f) => f.rel);
    expect(offending).toEqual([]);
  });

  test("client files stay small", () => {
    const long = files.map((f) => ({ rel: f.rel, lines: readFileSync(f.path, "utf8").split("\n").length })).filter((f) => f.lines > 230);
    expect(long).toEqual([]);
  });
});
