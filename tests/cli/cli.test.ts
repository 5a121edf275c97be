import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openContext } from "../../server/boot";
import { verifyPassword } from "../../server/domain/auth/secrets";
import type { UseCaseContext } from "../../server/usecases/context";
import { authenticateToken } from "../../server/usecases/sessions";
import { runCrux } from "../support/cli-runner";
import { ROOT } from "../support/test-server";

/** The CLI as an administrator runs it (`npm run crux -- ...`), in a child process on a temporary database. */
// Each call starts Node with tsx (about a second, more on a busy machine); some tests make three calls.
jest.setTimeout(90_000);
let dir: string;
let databasePath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "crux-cli-"));
  databasePath = join(dir, "crux.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const crux = (args: string[], stdin?: string) => runCrux(args, databasePath, stdin);

/** Looks at the database the CLI changed, through the same store the server uses. */
async function inDatabase<T>(look: (ctx: UseCaseContext) => Promise<T>): Promise<T> {
  const ctx = await openContext({ databasePath, migrationsDir: join(ROOT, "prisma/migrations") });
  try {
    return await look(ctx);
  } finally {
    await ctx.store.close();
  }
}

const credentials = (username: string) => inDatabase((ctx) => ctx.store.read.users.credentials(username));

describe("crux user", () => {
  test("user add with --password creates the user with that role and password", async () => {
    const run = await crux(["user", "add", "Alice", "--role", "editor", "--password", "alice-password"]);
    expect(run).toMatchObject({ code: 0, stdout: "Added editor alice.\n" });
    const stored = await credentials("alice");
    expect(stored?.user).toMatchObject({ username: "alice", role: "editor", disabled: false });
    expect(await verifyPassword(stored?.passwordHash ?? "", "alice-password")).toBe(true);
  });

  test("user add without a password generates one and prints it once", async () => {
    const run = await crux(["user", "add", "bob", "--role", "viewer"]);
    expect(run.code).toBe(0);
    const password = /Password for bob \(shown only now\): (\S+)/.exec(run.stdout)?.[1] ?? "";
    expect(password).toHaveLength(20);
    expect(await verifyPassword((await credentials("bob"))?.passwordHash ?? "", password)).toBe(true);
  });

  test("user add reads the password from standard input with --password-stdin", async () => {
    const run = await crux(["user", "add", "carol", "--role", "admin", "--password-stdin"], "carol-password\n");
    expect(run.code).toBe(0);
    expect(await verifyPassword((await credentials("carol"))?.passwordHash ?? "", "carol-password")).toBe(true);
  });

  test("user add refuses a missing role, a bad name and a duplicate, and creates nothing", async () => {
    expect(await crux(["user", "add", "dave"])).toMatchObject({ code: 2, stderr: expect.stringContaining("missing --role") });
    expect(await crux(["user", "add", "no spaces", "--role", "editor"])).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: crux user add") });
    expect(await crux(["user", "add", "alice", "--role", "viewer", "--password", "another-password"])).toMatchObject({ code: 1, stderr: expect.stringContaining("already a user") });
    expect(await credentials("dave")).toBeNull();
    expect((await credentials("alice"))?.user.role).toBe("editor");
  });

  test("user list shows every user with role and state", async () => {
    const run = await crux(["user", "list"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^alice\s+editor\s+active/m);
    expect(run.stdout).toMatch(/^bob\s+viewer\s+active/m);
  });

  test("user set-role changes the role; an unknown role or user is refused", async () => {
    expect(await crux(["user", "set-role", "bob", "editor"])).toMatchObject({ code: 0, stdout: "bob is now an editor.\n" });
    expect((await credentials("bob"))?.user.role).toBe("editor");
    expect((await crux(["user", "set-role", "bob", "owner"])).code).toBe(2);
    expect(await crux(["user", "set-role", "nobody", "viewer"])).toMatchObject({ code: 1, stderr: 'There is no user called "nobody".\n' });
  });

  test("user reset-password sets a new generated password and signs the user out", async () => {
    await inDatabase((ctx) => ctx.store.transaction(async (repos) => repos.sessions.create("s1", (await repos.users.findByUsername("alice"))?.id ?? "", new Date(Date.now() + 60_000))));
    const run = await crux(["user", "reset-password", "alice"]);
    expect(run.code).toBe(0);
    const password = /Password for alice \(shown only now\): (\S+)/.exec(run.stdout)?.[1] ?? "";
    const stored = await credentials("alice");
    expect(await verifyPassword(stored?.passwordHash ?? "", password)).toBe(true);
    expect(await verifyPassword(stored?.passwordHash ?? "", "alice-password")).toBe(false);
    expect(await inDatabase((ctx) => ctx.store.read.sessions.userOf("s1", new Date()))).toBeNull();
  });

  test("user disable and enable", async () => {
    expect((await crux(["user", "disable", "bob"])).stdout).toBe("bob is disabled.\n");
    expect((await credentials("bob"))?.user.disabled).toBe(true);
    expect((await crux(["user", "enable", "bob"])).stdout).toBe("bob is enabled.\n");
    expect((await credentials("bob"))?.user.disabled).toBe(false);
  });
});

describe("crux token", () => {
  test("token create prints only the token, which then authenticates as the user", async () => {
    const run = await crux(["token", "create", "carol", "--label", "backups"]);
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^crux_[A-Za-z0-9_-]{43}$/);
    expect(run.stderr).toContain("shown only now");
    expect(await inDatabase((ctx) => authenticateToken(ctx, token))).toMatchObject({ username: "carol", role: "admin", via: "token" });
  });
});

describe("the dispatcher", () => {
  test("help lists the commands and exits 0; an unknown command exits 2", async () => {
    const help = await crux(["help"]);
    expect(help.code).toBe(0);
    expect(help.stderr).toContain("crux user add NAME --role");
    expect(help.stderr).toContain("crux token create NAME");
    const unknown = await crux(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command: crux frobnicate");
  });

  test("an unknown option is a usage error", async () => {
    expect(await crux(["user", "list", "--colour"])).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: crux user list") });
  });
});
