import { createContext } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import type { Controller } from "../app/controller";
import { updateView, type App, type AppState } from "../state/app-state";
import type { ViewState } from "../state/view-state";

export interface AppServices {
  app: App;
  controller: Controller;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error("Panels must be rendered inside AppLayout.");
  return services;
}

/** Subscribes a component to one slice of the store; it re-renders only when that slice changes. */
export function useAppState<T>(select: (state: AppState) => T): T {
  const { app } = useServices();
  const selectRef = useRef(select);
  selectRef.current = select;
  const [value, setValue] = useState(() => select(app.store.get()));
  useEffect(() => {
    setValue(() => selectRef.current(app.store.get()));
    return app.store.subscribe((state) => setValue(() => selectRef.current(state)));
  }, [app]);
  return value;
}

/** Dispatches a view transition (state/view-actions.ts). */
export function useViewUpdate(): (update: (view: ViewState) => Partial<ViewState>) => void {
  const { app } = useServices();
  return (update) => updateView(app.store, update);
}
