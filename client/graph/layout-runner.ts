import type { ComputedLayoutName, LayoutInput, LayoutReply, LayoutRequest, Positions } from "./layout-input";

/** Above this many nodes, force and hierarchical layouts run in a Web Worker (they take seconds to a minute). */
export const WORKER_THRESHOLD = 250;

export interface LayoutRunner {
  /** Resolves with positions, or rejects when cancelled by a newer run or when the layout fails. */
  run(name: ComputedLayoutName, input: LayoutInput): Promise<Positions>;
  dispose(): void;
}

export function createLayoutRunner(): LayoutRunner {
  let worker: Worker | null = null;
  let pending: { id: number; reject: (error: Error) => void } | null = null;
  let nextId = 1;
  const cancelPending = () => {
    if (!pending) return;
    pending.reject(new Error("cancelled"));
    pending = null;
    worker?.terminate();
    worker = null;
  };
  const inWorker = (request: LayoutRequest) =>
    new Promise<Positions>((resolve, reject) => {
      worker ??= new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
      pending = { id: request.id, reject };
      worker.onmessage = (event: MessageEvent<LayoutReply>) => {
        if (event.data.id !== request.id) return;
        pending = null;
        if ("error" in event.data) reject(new Error(event.data.error));
        else resolve(event.data.positions);
      };
      worker.onerror = (event) => {
        pending = null;
        reject(new Error(event.message || "the layout worker failed"));
      };
      worker.postMessage(request);
    });
  return {
    async run(name, input) {
      cancelPending();
      const request = { id: nextId++, name, input };
      if (name !== "actors" && input.nodes.length > WORKER_THRESHOLD && typeof Worker !== "undefined") return inWorker(request);
      // Small maps: on this thread, after a frame so the progress message is painted first.
      await new Promise((done) => setTimeout(done, 16));
      const { computeLayout } = await import("./layout-compute");
      return computeLayout(name, input);
    },
    dispose() {
      cancelPending();
      worker?.terminate();
      worker = null;
    },
  };
}
