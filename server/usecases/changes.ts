import { EventEmitter } from "node:events";
import type { RevisionAction, RevisionEntity } from "../contract/revision";

/** What the change feed tells live clients after a write commits. */
export interface MapChange {
  mapId: string;
  contentVersion: number;
  entity: RevisionEntity;
  entityId: string;
  action: RevisionAction;
  actor: string;
}

/** In-process change feed: use cases publish after commit, the SSE route subscribes per map. */
export class ChangeFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: MapChange): void {
    this.emitter.emit(change.mapId, change);
  }

  subscribe(mapId: string, listener: (change: MapChange) => void): () => void {
    this.emitter.on(mapId, listener);
    return () => this.emitter.off(mapId, listener);
  }
}
