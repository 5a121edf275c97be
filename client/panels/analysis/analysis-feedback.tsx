import { retryAnalysis } from "../../state/analysis-actions";
import type { ErrorMessage } from "../../state/app-state";
import { useServices } from "../app-context";

/** A small spinner with words; it fades in after a moment (CSS), so quick answers do not flicker. */
export function Working({ text }: { text: string }) {
  return (
    <span class="analysis-working" role="status">
      <span class="spinner" aria-hidden="true" />
      {text}
    </span>
  );
}

/** A failed analysis request in words, with "Try again" unless the server refused the question itself. */
export function AnalysisError({ error }: { error: ErrorMessage }) {
  const { app } = useServices();
  return (
    <div class="analysis-error" role="alert">
      <strong>{error.title}.</strong> {error.detail}{" "}
      {error.canRetry !== false && (
        <button type="button" class="link-button" onClick={() => retryAnalysis(app.store)}>
          Try again
        </button>
      )}
    </div>
  );
}
