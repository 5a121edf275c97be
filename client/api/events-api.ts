import { MapChangeSchema, type MapChangeEvent } from "../../server/contract/events";

/** Where a map's live changes stream from (server-sent events, `event: change`). */
export const mapEventsPath = (slug: string) => `/api/v1/maps/${encodeURIComponent(slug)}/events`;

/** The data of one `change` event, checked against the contract; null when it does not fit (then the client reloads). */
export function parseMapChange(data: string): MapChangeEvent | null {
  try {
    const parsed = MapChangeSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The parts of a browser EventSource that Crux uses (an interface, so live updates run and are tested without one). */
export interface EventSourceLike {
  addEventListener(type: "change" | "open" | "error", listener: (event: { data?: string }) => void): void;
  close(): void;
}

/** Opens a real EventSource (same origin: the session cookie goes along). */
export function openEventSource(path: string): EventSourceLike {
  const source = new EventSource(path);
  return {
    addEventListener: (type, listener) => source.addEventListener(type, (event) => listener({ data: (event as MessageEvent<string>).data })),
    close: () => source.close(),
  };
}
