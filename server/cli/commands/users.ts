import { PasswordSchema, RoleSchema, UsernameSchema } from "../../contract/account";
import { createUser, listUsers, newPassword, requireUserNamed, updateUserNamed } from "../../usecases/accounts";
import { type Command, type CommandCall, UsageError, parseArg, positional } from "../command";

const PASSWORD_OPTIONS = { password: { type: "string" }, "password-stdin": { type: "boolean" } } as const;

/** The password from --password or standard input, or a generated one (then it must be shown). */
async function passwordOf(call: CommandCall): Promise<{ password: string; generated: boolean }> {
  const { password, "password-stdin": fromStdin } = call.options;
  if (typeof password === "string" && fromStdin) throw new UsageError("give --password or --password-stdin, not both");
  if (typeof password === "string") return { password: parseArg(PasswordSchema, password, "password"), generated: false };
  if (fromStdin) return { password: parseArg(PasswordSchema, (await call.io.readStdin()).replace(/\r?\n$/, ""), "password"), generated: false };
  return { password: newPassword(), generated: true };
}

function showPassword(call: CommandCall, username: string, chosen: { password: string; generated: boolean }): void {
  if (chosen.generated) call.io.out(`Password for ${username} (shown only now): ${chosen.password}`);
}

/** `user add`, `user list`, `user set-role`, `user disable`, `user enable`, `user reset-password`. */
export const USER_COMMANDS: Command[] = [
  {
    path: ["user", "add"],
    args: "NAME --role viewer|editor|admin [--password PASSWORD | --password-stdin]",
    summary: "Add a user (the password is generated and printed unless given)",
    options: { role: { type: "string" }, ...PASSWORD_OPTIONS },
    async run(call) {
      const username = parseArg(UsernameSchema, positional(call, 0, "NAME"), "NAME");
      if (call.options.role === undefined) throw new UsageError("missing --role (viewer, editor or admin)");
      const role = parseArg(RoleSchema, call.options.role, "--role");
      const chosen = await passwordOf(call);
      const user = await createUser(await call.context(), { username, password: chosen.password, role });
      call.io.out(`Added ${user.role} ${user.username}.`);
      showPassword(call, user.username, chosen);
    },
  },
  {
    path: ["user", "list"],
    args: "",
    summary: "List users with their roles",
    async run(call) {
      for (const user of await listUsers(await call.context())) {
        call.io.out([user.username.padEnd(24), user.role.padEnd(8), user.disabled ? "disabled" : "active  ", user.createdAt].join(" "));
      }
    },
  },
  {
    path: ["user", "set-role"],
    args: "NAME viewer|editor|admin",
    summary: "Change a user's role (applies at once, also to their open sessions)",
    async run(call) {
      const role = parseArg(RoleSchema, positional(call, 1, "ROLE"), "ROLE");
      const user = await updateUserNamed(await call.context(), positional(call, 0, "NAME"), { role });
      call.io.out(`${user.username} is now ${user.role === "viewer" ? "a" : "an"} ${user.role}.`);
    },
  },
  ...(["disable", "enable"] as const).map(
    (verb): Command => ({
      path: ["user", verb],
      args: "NAME",
      summary: verb === "disable" ? "Disable a user: signs them out, refuses their tokens and sign-ins" : "Enable a disabled user again",
      async run(call) {
        const user = await updateUserNamed(await call.context(), positional(call, 0, "NAME"), { disabled: verb === "disable" });
        call.io.out(`${user.username} is ${user.disabled ? "disabled" : "enabled"}.`);
      },
    }),
  ),
  {
    path: ["user", "reset-password"],
    args: "NAME [--password PASSWORD | --password-stdin]",
    summary: "Set a new password (generated and printed unless given); signs the user out everywhere",
    options: PASSWORD_OPTIONS,
    async run(call) {
      const ctx = await call.context();
      const existing = await requireUserNamed(ctx, positional(call, 0, "NAME"));
      const chosen = await passwordOf(call);
      await updateUserNamed(ctx, existing.username, { password: chosen.password });
      call.io.out(`New password set for ${existing.username}.`);
      showPassword(call, existing.username, chosen);
    },
  },
];
