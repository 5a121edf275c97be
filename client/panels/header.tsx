import { viewOfMap } from "../state/view-state";
import { AccountMenu } from "./account/account-menu";
import { useAppState, useServices, useViewUpdate } from "./app-context";
import { CasesButton } from "./cases/cases-column";
import { SearchBox } from "./search-box";

/** Brand, the map's title with the map picker, search, and the Graph/Outline switch. */
export function Header() {
  const { app } = useServices();
  const maps = useAppState((s) => s.maps);
  const slug = useAppState((s) => s.view.map);
  const loaded = useAppState((s) => s.loaded);
  const mode = useAppState((s) => s.view.mode);
  const update = useViewUpdate();
  const current = maps?.find((m) => m.slug === slug);
  const title = loaded?.graph.map.title ?? current?.title ?? (slug ? slug : "No map yet");
  return (
    <header class="app-header">
      <a class="brand" href="/" aria-label="Crux home">
        <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden="true">
          <rect x="1" y="1" width="14" height="14" rx="3" fill="#0072B2" />
          <path d="M4 8h8M8 4v8" stroke="white" stroke-width="2" />
        </svg>
        <span>Crux</span>
      </a>
      <div class="map-heading">
        <h1 title={title}>{title}</h1>
        <label class="map-picker">
          <span class="visually-hidden">Choose a map</span>
          <select
            value=""
            onChange={(event) => {
              const picked = (event.currentTarget as HTMLSelectElement).value;
              if (picked && picked !== slug) app.store.set({ view: viewOfMap(picked) });
            }}
          >
            <option value="" disabled>
              {maps && maps.length > 1 ? `Switch map (${maps.length} maps)…` : "Maps…"}
            </option>
            {(maps ?? []).map((m) => (
              <option key={m.id} value={m.slug}>
                {m.slug === slug ? `✓ ${m.title}` : m.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SearchBox />
      <CasesButton />
      <div class="view-switch" role="group" aria-label="View">
        {(["graph", "outline"] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} class={mode === m ? "active" : ""} onClick={() => update(() => ({ mode: m }))}>
            {m === "graph" ? "Graph" : "Outline"}
          </button>
        ))}
      </div>
      <AccountMenu />
    </header>
  );
}
