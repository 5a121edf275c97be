import { Router, type Response } from "express";
import type { MapChangeEvent } from "../../contract/events";
import { LIVE_ROUTES as R } from "../../contract/routes/live";
import type { MapChange } from "../../usecases/changes";
import type { UseCaseContext } from "../../usecases/context";
import { getMap } from "../../usecases/maps";
import { mount, type Gate } from "../route";

export interface EventStreamOptions {
  /** Interval of the `: heartbeat` comments that keep proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
  /** Aborted when the server shuts down: every open stream ends, so that closing the server does not wait on them. */
  signal?: AbortSignal;
}

/**
 * `GET /api/v1/maps/:map/events`: server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html)
 * carrying each committed change of the map as `event: change` with `id: <contentVersion>` and JSON data. The stream
 * ends when the client goes away, when the map is deleted (after that change is sent) or when the server stops.
 */
export function eventsRouter(ctx: UseCaseContext, gate: Gate, options: EventStreamOptions = {}): Router {
  const router = Router();
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  mount(router, R.mapEvents, gate, async ({ params, res }) => {
    const map = await getMap(ctx, params.map);
    openStream(res);
    const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), heartbeatMs);
    const unsubscribe = ctx.changes.subscribe(map.id, (change) => {
      res.write(changeEvent(change));
      if (change.entity === "map" && change.action === "delete") close();
    });
    let closed = false;
    function close(): void {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      options.signal?.removeEventListener("abort", close);
      if (!res.writableEnded) res.end();
    }
    res.on("close", close);
    if (options.signal?.aborted) close();
    else options.signal?.addEventListener("abort", close, { once: true });
  });
  return router;
}

function openStream(res: Response): void {
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    // nginx buffers responses unless told not to; a buffered event stream arrives late or never.
    "X-Accel-Buffering": "no",
  });
  // The first bytes tell the client the subscription is live; `retry` is how soon EventSource reconnects.
  res.write("retry: 3000\n: connected\n\n");
}

function changeEvent(change: MapChange): string {
  const data: MapChangeEvent = change;
  return `event: change\nid: ${change.contentVersion}\ndata: ${JSON.stringify(data)}\n\n`;
}
