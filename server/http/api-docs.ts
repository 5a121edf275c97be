import { dirname } from "node:path";

/** swagger-ui-dist ships the browsable API docs as static files: nothing is fetched from outside. */
export function swaggerAssetsDir(): string {
  return dirname(require.resolve("swagger-ui-dist/package.json"));
}

export function apiDocsPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Crux API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body></html>`;
}

/** Kept out of the HTML so a strict Content-Security-Policy needs no inline script. */
export const API_DOCS_INIT = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs", deepLinking: true });`;
