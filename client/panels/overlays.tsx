import { useEffect } from "preact/hooks";
import { viewOfMap } from "../state/view-state";
import { useAppState, useServices } from "./app-context";

/** A long task under way (loading, drawing, arranging): a message and a bar, determinate when the fraction is known. */
export function ProgressOverlay() {
  const progress = useAppState((s) => s.progress);
  if (!progress) return null;
  const percent = progress.fraction === null ? undefined : Math.round(progress.fraction * 100);
  return (
    <div class="progress-overlay" role="status" aria-live="polite" data-testid="progress">
      <div class="progress-card">
        <p>{progress.label}</p>
        <div class={percent === undefined ? "progress-bar indeterminate" : "progress-bar"} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={progress.label}>
          <span style={{ width: percent === undefined ? undefined : `${percent}%` }} />
        </div>
      </div>
    </div>
  );
}

/** API and drawing failures, in words, with a way to try again; never a blank page. */
export function ErrorBanner() {
  const { app, controller } = useServices();
  const error = useAppState((s) => s.error);
  if (!error) return null;
  return (
    <div class="error-banner" role="alert" data-testid="error">
      <div>
        <strong>{error.title}.</strong> {error.detail}
      </div>
      <div class="error-actions">
        {error.canRetry && (
          <button type="button" onClick={() => controller.reload()}>
            Try again
          </button>
        )}
        <button type="button" class="link-button" onClick={() => app.store.set({ error: null })}>Dismiss</button>
      </div>
    </div>
  );
}

/** Short confirmations that fade after a few seconds. */
export function Notice() {
  const { app } = useServices();
  const notice = useAppState((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => app.store.set({ notice: null }), 4000);
    return () => clearTimeout(timer);
  }, [notice, app]);
  return (
    <div class="notice" role="status" aria-live="polite">
      {notice}
    </div>
  );
}

/** The centre when there is no graph to draw: no map yet, or the map could not be opened (then: the other maps). */
export function EmptyState() {
  const { app } = useServices();
  const maps = useAppState((s) => s.maps);
  const slug = useAppState((s) => s.view.map);
  const failed = useAppState((s) => s.error !== null && s.loaded === null && s.progress === null);
  if (maps && maps.length === 0 && !slug) {
    return (
      <div class="empty-state">
        <h2>No maps yet</h2>
        <p>Import a map through the API (see /api/docs), then reload this page.</p>
      </div>
    );
  }
  if (!failed || !maps || maps.length === 0) return null;
  return (
    <div class="empty-state">
      <h2>Nothing to show here</h2>
      <p>Open one of the maps on this server:</p>
      <ul>
        {maps.map((m) => (
          <li key={m.id}>
            <a
              href={`/maps/${m.slug}`}
              onClick={(event) => {
                event.preventDefault();
                app.store.set({ view: viewOfMap(m.slug), error: null });
              }}
            >
              {m.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
