import type { User } from "../../server/contract/account";
import type { SessionApi } from "../api/session-api";
import type { AppState } from "./app-state";
import type { Store } from "./store";

/** Who is using this browser: a signed-in user or nobody, and whether the server let us find out yet. */
export interface AppSession {
  user: User | null;
  /** Anonymous visitors may read (CRUX_ANONYMOUS_READ). */
  anonymousRead: boolean;
  /** The server has answered at least once; until then write controls stay hidden rather than flash. */
  checked: boolean;
  /** The sign-in form is open (the header's, or asked for by a write that answered 401). */
  signingIn: boolean;
}

export const NO_SESSION: AppSession = { user: null, anonymousRead: true, checked: false, signingIn: false };

/** Editors and admins annotate and edit; viewers and anonymous visitors read. */
export function canEdit(session: AppSession): boolean {
  const user = session.user;
  return user !== null && !user.disabled && (user.role === "editor" || user.role === "admin");
}

/** Why the write controls are off, in words, or null when they are on. */
export function editHint(session: AppSession): string | null {
  if (canEdit(session)) return null;
  if (!session.user) return "Sign in as an editor to annotate and edit this map.";
  return `You are signed in as a ${session.user.role}, who can read but not edit. Ask an admin for the editor role.`;
}

export interface SessionActions {
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** The server answered 401 to a write: the session ended (expired, or signed out elsewhere). */
  expired(): void;
  openSignIn(open: boolean): void;
}

/** Asks the server who is signed in once at start, then keeps `session` in the store in step with sign-in and out. */
export function startSession(store: Store<AppState>, api: SessionApi): SessionActions {
  const set = (patch: Partial<AppSession>) => store.set((s) => ({ session: { ...s.session, ...patch } }));
  /** Nobody may edit now: drawing is switched off; with `closeDialogs`, editing dialogs close (reading ones stay). */
  const leaveEditing = (closeDialogs: boolean) =>
    store.set((s) => {
      const keep = !closeDialogs || s.edit.dialog?.type === "history";
      return { edit: { ...s.edit, drawRelations: false, reanchoring: null, dialog: keep ? s.edit.dialog : null } };
    });
  void api.getSession().then(
    (state) => set({ user: state.user, anonymousRead: state.anonymousRead, checked: true }),
    () => set({ checked: true }),
  );
  return {
    async signIn(username, password) {
      const state = await api.signIn(username, password);
      set({ user: state.user, anonymousRead: state.anonymousRead, checked: true, signingIn: false });
      store.set({ notice: state.user ? `Signed in as ${state.user.username} (${state.user.role}).` : null });
    },
    async signOut() {
      await api.signOut();
      set({ user: null, signingIn: false });
      leaveEditing(true);
      store.set({ notice: "Signed out." });
    },
    expired() {
      // An open dialog stays, with what the user typed: they sign in again and save.
      set({ user: null, signingIn: true });
      leaveEditing(false);
      store.set({ notice: "Your session has ended: sign in again to save changes." });
    },
    openSignIn: (open) => set({ signingIn: open }),
  };
}
