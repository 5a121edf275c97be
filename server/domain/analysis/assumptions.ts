import { DomainError } from "../errors";
import type { Assumptions } from "./analysis-input";
import type { BipolarGraph } from "./bipolar-graph";

/**
 * Per argument: 0 free, 1 assumed accepted, 2 assumed rejected. How assumptions change the framework is decided in
 * derive-attacks.ts: attacks on an assumed node, and those derived from them, are dropped, so an assumed-accepted node
 * is unattacked (IN in every complete labelling) and still attacks its targets; an assumed-rejected node is attacked
 * by one unattacked auxiliary argument, so it is OUT in every complete labelling and its own attacks defeat nothing.
 *
 * @example
 * // "a contradicts b", assume { b: "accepted" }: b is accepted and a too (b does not attack a).
 * // "a contradicts b", assume { a: "rejected" }: a is rejected and b accepted (a rejected attacks nothing).
 */
export type Forced = Int8Array;

/** The values of {@link Forced}; copy them into local constants in hot code (see LABELS in grounded.ts). */
export const FORCING = { FREE: 0, FORCED_IN: 1, FORCED_OUT: 2 } as const;
const { FREE, FORCED_IN, FORCED_OUT } = FORCING;

/**
 * Turns what-if assumptions into a per-argument array. Throws `validation_failed` for an id that is not a claim or
 * proposal of the map (actors have no acceptance status to force).
 */
export function toForced(graph: BipolarGraph, assumptions: Assumptions | undefined): Forced {
  const forced = new Int8Array(graph.ids.length);
  for (const [id, status] of Object.entries(assumptions ?? {})) {
    const index = graph.indexOf.get(id);
    if (index === undefined) {
      const isActor = graph.input.nodes.some((node) => node.id === id);
      const message = isActor ? `"${id}" is an actor; only claims and proposals can be assumed accepted or rejected.` : `No claim or proposal has the id "${id}".`;
      throw new DomainError("validation_failed", message, { errors: [{ path: `assume.${id}`, message }] });
    }
    forced[index] = status === "accepted" ? FORCED_IN : FORCED_OUT;
  }
  return forced;
}

/** True when no argument is forced. */
export function isUnforced(forced: Forced): boolean {
  return forced.every((value) => value === FREE);
}
