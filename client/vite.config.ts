import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = `http://127.0.0.1:${process.env.CRUX_API_PORT ?? "3000"}`;

/**
 * The explorer bundle: root client/, output dist/client (served by server/http/app.ts at `/`, hashed files under
 * /assets). JSX uses Preact's automatic runtime, as jest.config.js does. `npm run dev` proxies the API.
 */
export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: "es" },
  server: {
    port: Number(process.env.CRUX_DEV_PORT ?? 5173),
    strictPort: false,
    // Only the API's own paths: client/api/ is served by Vite itself at /api/*.ts in development.
    proxy: { "^/api/(v1|openapi\\.json|docs)": api, "/healthz": api },
  },
});
