import { computeLayout } from "./layout-compute";
import type { LayoutReply, LayoutRequest } from "./layout-input";

/** Runs force and hierarchical layouts of big maps off the main thread, on a headless Cytoscape instance. */
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(reply: LayoutReply): void };

scope.onmessage = (event) => {
  const { id, name, input } = event.data;
  try {
    scope.postMessage({ id, positions: computeLayout(name, input) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
