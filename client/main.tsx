import { render } from "preact";
import { createApiClient } from "./api/api-client";
import { startController } from "./app/controller";
import { syncWithUrl } from "./app/url-sync";
import { AppLayout } from "./panels/app-layout";
import { createApp } from "./state/app-state";
import { viewFromUrl } from "./state/url-state";
import "./styles.css";

/** Composition root: URL → view state → store; controller (API) and URL sync subscribe; Preact renders the panels. */
const app = createApp(viewFromUrl(window.location.pathname, window.location.search));
syncWithUrl(app.store);
const controller = startController(app, createApiClient());
render(<AppLayout app={app} controller={controller} />, document.getElementById("app") as HTMLElement);
