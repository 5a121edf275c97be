import { SessionStateSchema, type SessionState } from "../../server/contract/account";
import type { Requester } from "./fetch-parsed";
import { createRequester } from "./write-api";

/** Signing in and out (issue 6): the server sets and clears an HttpOnly session cookie; the client never sees it. */
export interface SessionApi {
  getSession(): Promise<SessionState>;
  signIn(username: string, password: string): Promise<SessionState>;
  signOut(): Promise<void>;
}

export function createSessionApi(request: Requester = createRequester()): SessionApi {
  return {
    getSession: () => request("check who is signed in", "/api/v1/session", SessionStateSchema),
    signIn: (username, password) => request("sign in", "/api/v1/session", SessionStateSchema, { method: "POST", body: { username, password } }),
    signOut: () => request("sign out", "/api/v1/session", null, { method: "DELETE" }),
  };
}
