import { useState } from "preact/hooks";
import { ApiError } from "../../api/api-error";
import { useAppState } from "../app-context";
import { useEditor } from "../annotate/editor-context";
import "../annotate/annotate.css";

/** The header's account corner: who is signed in and their role, or a Sign in button with its form. */
export function AccountMenu() {
  const session = useAppState((s) => s.session);
  const editor = useEditor();
  if (!session.checked) return null;
  if (session.user) {
    const { username, role } = session.user;
    return (
      <div class="account" data-testid="account">
        <span class="account-who" title={`Signed in as ${username}, ${role}`}>
          <span class="account-name">{username}</span> <span class={`role-tag role-${role}`}>{role}</span>
        </span>
        <button type="button" class="account-button" onClick={() => void editor.session.signOut().catch(() => undefined)}>
          Sign out
        </button>
      </div>
    );
  }
  return (
    <div class="account" data-testid="account">
      <button type="button" class="account-button primary" aria-expanded={session.signingIn} onClick={() => editor.session.openSignIn(!session.signingIn)}>
        Sign in
      </button>
      {session.signingIn && <SignInForm />}
    </div>
  );
}

function signInProblem(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return "Wrong username or password.";
  if (error instanceof ApiError && error.status === 429) return "Too many failed sign-ins: wait a minute, then try again.";
  return error instanceof Error ? error.message : String(error);
}

function SignInForm() {
  const editor = useEditor();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    try {
      await editor.session.signIn(username.trim(), password);
    } catch (error) {
      setProblem(signInProblem(error));
      setPending(false);
    }
  };
  return (
    <form
      class="sign-in"
      aria-label="Sign in"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        editor.session.openSignIn(false);
      }}
    >
      <label>
        Username
        <input name="username" autoComplete="username" value={username} autoFocus required onInput={(e) => setUsername(e.currentTarget.value)} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" value={password} required onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
      <div class="form-actions">
        <button type="button" onClick={() => editor.session.openSignIn(false)}>Cancel</button>
        <button type="submit" class="primary" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
      </div>
      <p class="panel-hint">Editors and admins can annotate; ask an admin for an account.</p>
    </form>
  );
}
