/** A tiny observable store: one state object, replaced (never mutated) on every change. No DOM, no framework. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    set(patch) {
      const change = typeof patch === "function" ? patch(state) : patch;
      const keys = Object.keys(change) as (keyof S)[];
      if (keys.every((k) => Object.is(change[k], state[k]))) return;
      const previous = state;
      state = { ...state, ...change };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Requests from panels to the graph view (which owns the canvas), e.g. "export a PNG" or "fit the map". */
export interface CommandBus<C> {
  emit(command: C): void;
  on(handler: (command: C) => void): () => void;
}

export function createCommandBus<C>(): CommandBus<C> {
  const handlers = new Set<(command: C) => void>();
  return {
    emit: (command) => handlers.forEach((h) => h(command)),
    on(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
