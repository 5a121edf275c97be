import { requireUserNamed } from "../../usecases/accounts";
import { createToken } from "../../usecases/tokens";
import { type Command, positional } from "../command";

/** `token create`: a personal API token for a user's scripts. */
export const TOKEN_COMMANDS: Command[] = [
  {
    path: ["token", "create"],
    args: "NAME [--label LABEL]",
    summary: "Create an API token for a user; prints only the token (shown only now)",
    options: { label: { type: "string" } },
    async run(call) {
      const ctx = await call.context();
      const user = await requireUserNamed(ctx, positional(call, 0, "NAME"));
      const label = typeof call.options.label === "string" ? call.options.label : "created with the CLI";
      const token = await createToken(ctx, user.id, label);
      call.io.err(`API token "${token.name}" for ${user.username}; send it as "Authorization: Bearer <token>". It is shown only now:`);
      call.io.out(token.token);
    },
  },
];
