import { createCaseApi } from "../../api/case-api";
import type { App } from "../../state/app-state";
import { startCaseSession, type CaseSession } from "../../state/case-session";
import { useServices } from "../app-context";

const sessions = new WeakMap<App, CaseSession>();

/**
 * The case builder's session for this app, started on first use (the case column is always mounted, so a deep link
 * to a case opens it at once). One per app; the session owns the case API client. Kept here rather than in
 * main.tsx so the builder plugs into the layout without widening the services every panel shares.
 */
export function useCaseSession(): CaseSession {
  const { app } = useServices();
  let session = sessions.get(app);
  if (!session) {
    session = startCaseSession(app, createCaseApi());
    sessions.set(app, session);
  }
  return session;
}
