// `npm run dev`: the API with `tsx watch` (restarts on server changes) on CRUX_API_PORT (default 3000), and Vite's dev
// server for the explorer with hot reload, proxying /api and /healthz to the API (client/vite.config.ts).
// Environment: CRUX_API_PORT, CRUX_DEV_PORT (Vite, default 5173), DATABASE_URL and the API's other variables.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const apiPort = process.env.CRUX_API_PORT ?? "3000";
process.env.CRUX_API_PORT = apiPort;

const api = spawn(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, "watch", "--clear-screen=false", "server/main.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PORT: apiPort },
});

const vite = await createServer({ configFile: `${root}client/vite.config.ts` });
await vite.listen();
vite.printUrls();
console.log(`API (tsx watch) on http://127.0.0.1:${apiPort}/ — open the explorer at the Vite URL above.`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  api.kill("SIGTERM");
  await vite.close();
  process.exit(code);
}
api.on("exit", (code) => {
  if (!stopping) {
    console.error(`The API process exited (${code}); stopping the dev server.`);
    void stop(code ?? 1);
  }
});
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
