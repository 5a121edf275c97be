import { render } from "preact";
import { createAnalysisApi } from "./api/analysis-api";
import { createApiClient } from "./api/api-client";
import { openEventSource } from "./api/events-api";
import { createSessionApi } from "./api/session-api";
import { createWriteApi } from "./api/write-api";
import { startController } from "./app/controller";
import { syncWithUrl } from "./app/url-sync";
import { EditorContext } from "./panels/annotate/editor-context";
import { AppLayout } from "./panels/app-layout";
import { startAnalysis } from "./state/analysis-loader";
import { createApp } from "./state/app-state";
import { createEditor } from "./state/edit-controller";
import { startLiveSync } from "./state/live-sync";
import { startSession } from "./state/session-state";
import { viewFromUrl } from "./state/url-state";
import "./styles.css";

/** Composition root: URL → view state → store; controller (API) and URL sync subscribe; Preact renders the panels. */
const app = createApp(viewFromUrl(window.location.pathname, window.location.search));
syncWithUrl(app.store);
const api = createApiClient();
const controller = startController(app, api);
startAnalysis(app, createAnalysisApi());
// Issue 6: who is signed in, live changes from other browsers, and the editing actions the panels call.
const editor = createEditor(app, api, createWriteApi(), startLiveSync(app, api, openEventSource), startSession(app.store, createSessionApi()));
render(
  <EditorContext.Provider value={editor}>
    <AppLayout app={app} controller={controller} />
  </EditorContext.Provider>,
  document.getElementById("app") as HTMLElement,
);
