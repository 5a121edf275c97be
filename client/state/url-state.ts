import { NODE_KINDS, RELATION_KINDS, type NodeKind, type RelationKind } from "../../server/contract/vocabulary";
import { readAnalysisParams, writeAnalysisParams } from "./analysis-url";
import { clampDepth, DEFAULT_VIEW, FOCUS_MODES, LAYOUT_NAMES, type FocusMode, type LayoutName, type ViewState } from "./view-state";

/**
 * View state ⇄ URL, both directions pure, so every view has a deep link and Back/Forward restore it.
 *
 * `/maps/toloraya-2009?node=c-1&focus=c-1&dir=both&depth=2&hide=actor,concerns&actors=a-russia&view=outline&layout=force&doc=d-1&analysis=grounded&assume=c-2:rejected&pov=a-russia`
 *
 * Lists are sorted so one view has one URL; defaults are left out (no `hide` means the default filters, `hide=`
 * means none); a selected relation is `relation=<id>` instead of `node=`; unknown values are dropped rather than failing,
 * since links are hand-edited and outlive vocabulary changes.
 */
const DEFAULT_HIDDEN = [...DEFAULT_VIEW.hiddenNodeKinds, ...DEFAULT_VIEW.hiddenRelations].sort().join(",");

export function viewToUrl(view: ViewState): string {
  const path = view.map ? `/maps/${encodeURIComponent(view.map)}` : "/";
  const params = new URLSearchParams();
  if (view.selected) params.set("node", view.selected);
  if (view.selectedRelation) params.set("relation", view.selectedRelation);
  if (view.focus) {
    params.set("focus", view.focus.node);
    if (view.focus.mode !== "both") params.set("dir", view.focus.mode);
    if (view.focus.mode !== "rests-on" && view.focus.depth !== 1) params.set("depth", String(view.focus.depth));
  }
  const hidden = [...view.hiddenNodeKinds, ...view.hiddenRelations].sort();
  if (hidden.join(",") !== DEFAULT_HIDDEN) params.set("hide", hidden.join(","));
  if (view.actors.length > 0) params.set("actors", [...view.actors].sort().join(","));
  if (view.mode !== "graph") params.set("view", view.mode);
  if (view.layout) params.set("layout", view.layout);
  if (view.document) params.set("doc", view.document);
  if (view.case) params.set("case", view.case);
  writeAnalysisParams(params, view);
  const query = params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return query ? `${path}?${query}` : path;
}

export function viewFromUrl(pathname: string, search: string): ViewState {
  const params = new URLSearchParams(search);
  const match = /^\/maps\/([^/]+)\/?$/.exec(pathname);
  const list = (name: string) => (params.get(name) ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // No `hide` means the default filters; an empty `hide=` means nothing hidden.
  const hide = params.has("hide") ? list("hide") : [...DEFAULT_VIEW.hiddenNodeKinds, ...DEFAULT_VIEW.hiddenRelations];
  const focusNode = params.get("focus");
  const dir = params.get("dir") as FocusMode | null;
  const layout = params.get("layout") as LayoutName | null;
  return {
    ...DEFAULT_VIEW,
    map: match?.[1] ? decodeURIComponent(match[1]) : null,
    selected: params.get("node") || null,
    // A node and a relation are never both selected; a hand-edited link naming both opens the node.
    selectedRelation: params.get("node") ? null : params.get("relation") || null,
    focus: focusNode
      ? { node: focusNode, mode: dir && FOCUS_MODES.includes(dir) ? dir : "both", depth: clampDepth(Number(params.get("depth") ?? 1)) }
      : null,
    hiddenNodeKinds: unique(hide.filter((h): h is NodeKind => (NODE_KINDS as readonly string[]).includes(h))),
    hiddenRelations: unique(hide.filter((h): h is RelationKind => (RELATION_KINDS as readonly string[]).includes(h))),
    actors: unique(list("actors")),
    mode: params.get("view") === "outline" ? "outline" : "graph",
    layout: layout && LAYOUT_NAMES.includes(layout) ? layout : null,
    document: params.get("doc") || null,
    ...readAnalysisParams(params),
    case: params.get("case") || null,
  };
}

/** Views that share a URL are the same view. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return viewToUrl(a) === viewToUrl(b);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)].sort();
}
