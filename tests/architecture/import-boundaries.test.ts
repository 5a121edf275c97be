import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

/** Who may import whom (STYLE.md). A layer lists the import specifiers it must never reach. */
const FORBIDDEN: Record<string, RegExp[]> = {
  "server/contract": [/\/(domain|store|usecases|http)\//, /^express$/, /^@prisma\//, /generated\//, /^node:/],
  "server/domain": [/\/(store|usecases|http)\//, /^express$/, /^@prisma\//, /generated\//, /^node:(fs|http|net|child_process)/],
  "server/usecases": [/\/http\//, /^express$/, /^@prisma\//, /generated\//],
  "server/http": [/\/store\//, /^@prisma\//, /generated\//],
  client: [/server\/(domain|store|usecases|http)/, /^express$/, /^@prisma\//],
  "client/state": [/^cytoscape/],
  "client/panels": [/^cytoscape/],
  "client/api": [/^cytoscape/],
};

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(join(dir, name));
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*["']([^"']+)["']/g)].map((m) => m[1] as string);
  const dynamic = [...text.matchAll(/(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);
  return [...specifiers, ...dynamic].map((s) => (s.startsWith(".") ? relative(ROOT, resolve(file, "..", s)).replace(/^/, "/") : s));
}

describe("import boundaries (STYLE.md), checked on every source file", () => {
  test.each(Object.entries(FORBIDDEN))("%s imports nothing it must not", (layer, forbidden) => {
    const violations = sourceFiles(layer).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.some((rule) => rule.test(spec)))
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(violations).toEqual([]);
  });

  test("only client/graph imports cytoscape", () => {
    const outside = sourceFiles("client")
      .filter((file) => !relative(ROOT, file).startsWith("client/graph/"))
      .filter((file) => importsOf(file).some((spec) => /^cytoscape/.test(spec)));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
  });

  test("only server/store imports Prisma", () => {
    const outside = sourceFiles("server")
      .filter((file) => !/server\/(store|generated)\//.test(file))
      .filter((file) => importsOf(file).some((spec) => /^@prisma\/|generated\/prisma/.test(spec)));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
