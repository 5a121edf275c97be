import type { NodeKind, RelationKind } from "../../server/contract/vocabulary";
import { clampDepth, type FocusMode, type ViewState } from "./view-state";

/** Pure view transitions, named for the user's intent; panels call them through `updateView`. */

export const selectNode = (id: string | null) => (): Partial<ViewState> => ({ selected: id, selectedRelation: null });

/** Selects a relation (an edge) instead of a node: the details show its ends, note, quotes and objections. */
export const selectRelation = (id: string | null) => (): Partial<ViewState> => ({ selectedRelation: id, selected: null });

/** Focus a node's neighbourhood (or its support tree), keeping the depth a reader already chose. */
export const focusOn = (node: string, mode: FocusMode) => (view: ViewState): Partial<ViewState> => ({
  selected: node,
  selectedRelation: null,
  focus: { node, mode, depth: view.focus?.depth ?? 1 },
});

export const setFocusDepth = (depth: number) => (view: ViewState): Partial<ViewState> =>
  view.focus ? { focus: { ...view.focus, depth: clampDepth(depth) } } : {};

export const clearFocus = () => (): Partial<ViewState> => ({ focus: null });

const toggle = <T extends string>(list: T[], item: T): T[] =>
  (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]).sort();

export const toggleNodeKind = (kind: NodeKind) => (view: ViewState): Partial<ViewState> => ({
  hiddenNodeKinds: toggle(view.hiddenNodeKinds, kind),
});

export const toggleRelation = (relation: RelationKind) => (view: ViewState): Partial<ViewState> => ({
  hiddenRelations: toggle(view.hiddenRelations, relation),
});

export const toggleActor = (actor: string) => (view: ViewState): Partial<ViewState> => ({ actors: toggle(view.actors, actor) });

/** Shows everything: no kind, relation or actor filter (the default hides `concerns`; this shows it too). */
export const clearFilters = () => (): Partial<ViewState> => ({ hiddenNodeKinds: [], hiddenRelations: [], actors: [] });
