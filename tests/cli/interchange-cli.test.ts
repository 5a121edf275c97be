import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openContext, seedIfEmpty } from "../../server/boot";
import { runCrux } from "../support/cli-runner";
import { ROOT } from "../support/test-server";

// Each call starts Node with tsx (a second or more on a busy machine).
jest.setTimeout(90_000);
let dir: string;
let databasePath: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "crux-cli-io-"));
  databasePath = join(dir, "crux.db");
  const ctx = await openContext({ databasePath, migrationsDir: join(ROOT, "prisma/migrations") });
  await seedIfEmpty(ctx, join(ROOT, "data/maps"));
  await ctx.store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("crux export and import", () => {
  test("exports a map as Argdown on stdout and imports that file back as a new map", async () => {
    const exported = await runCrux(["export", "toloraya-2009", "--format", "argdown"], databasePath);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("Nunn-Lugar");
    const file = join(dir, "map.argdown");
    writeFileSync(file, exported.stdout);
    const imported = await runCrux(["import", file, "--format", "argdown", "--slug", "from-argdown"], databasePath);
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim()).toBe("from-argdown");
    expect(imported.stderr).toMatch(/100%/);
  });

  test("a broken file is refused with exit code 1 and its problems listed", async () => {
    const file = join(dir, "broken.crux.json");
    writeFileSync(file, JSON.stringify({ format: "crux-json", formatVersion: 1, map: { slug: "broken", title: "B" }, nodes: [], relations: [{ id: "r", source: "x", target: "y", relation: "supports" }] }));
    const run = await runCrux(["import", file, "--format", "crux-json"], databasePath);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/relations\[0\]\.source/);
    const listed = await runCrux(["export", "broken"], databasePath);
    expect(listed.code).toBe(1);
  });

  test("an unknown format is a usage error (exit code 2)", async () => {
    const run = await runCrux(["export", "toloraya-2009", "--format", "pdf"], databasePath);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of/);
  });
});
