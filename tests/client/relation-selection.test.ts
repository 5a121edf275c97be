import cytoscape from "cytoscape";
import type { ApiClient } from "../../client/api/api-client";
import { buildElements, relationElementId, anchorElementId, relationInElementId, nodeElementId } from "../../client/graph/elements";
import { wireEvents } from "../../client/graph/graph-events";
import { selectionElements, selectOnly } from "../../client/graph/selection";
import { createApp, loadedMap, updateView } from "../../client/state/app-state";
import { startLiveSync } from "../../client/state/live-sync";
import { viewFromUrl, viewToUrl } from "../../client/state/url-state";
import { focusOn, selectNode, selectRelation } from "../../client/state/view-actions";
import { DEFAULT_VIEW, viewOfMap, type ViewState } from "../../client/state/view-state";
import { aGraph, sampleGraph } from "./graph-fixture";

const fromUrl = (url: string) => {
  const [path, query = ""] = url.split("?");
  return viewFromUrl(path as string, query ? `?${query}` : "");
};

describe("selecting a relation in the view state", () => {
  const apply = (view: ViewState, ...updates: ((v: ViewState) => Partial<ViewState>)[]) => updates.reduce((v, u) => ({ ...v, ...u(v) }), view);

  test("a node and a relation are never both selected", () => {
    const withNode = apply(DEFAULT_VIEW, selectNode("c1"));
    expect(apply(withNode, selectRelation("r1"))).toMatchObject({ selected: null, selectedRelation: "r1" });
    expect(apply(withNode, selectRelation("r1"), selectNode("p1"))).toMatchObject({ selected: "p1", selectedRelation: null });
    expect(apply(withNode, selectRelation("r1"), focusOn("p1", "in"))).toMatchObject({ selected: "p1", selectedRelation: null });
    expect(apply(withNode, selectRelation("r1"), selectNode(null))).toMatchObject({ selected: null, selectedRelation: null });
  });

  test("a selected relation has a deep link of its own, read back into the same view", () => {
    const view = { ...DEFAULT_VIEW, map: "toloraya-2009", selectedRelation: "r-12" };
    expect(viewToUrl(view)).toBe("/maps/toloraya-2009?relation=r-12");
    expect(fromUrl(viewToUrl(view))).toEqual(view);
  });

  test("a hand-edited link naming a node and a relation opens the node", () => {
    expect(fromUrl("/maps/m?node=c1&relation=r1")).toMatchObject({ selected: "c1", selectedRelation: null });
  });

  test("when a refresh brings a graph without the selected relation (deleted elsewhere), the selection is left", async () => {
    const graph = sampleGraph();
    const app = createApp(viewOfMap("test-map"));
    app.store.set({ loaded: loadedMap(graph) });
    updateView(app.store, selectRelation("r2"));
    const without = { ...aGraph(graph.nodes, graph.relations.filter((r) => r.id !== "r2")), map: { ...graph.map, contentVersion: 2 } };
    // Only the graph is read by a refresh.
    const read = { getGraph: async () => without } as unknown as ApiClient;
    await startLiveSync(app, read, null).refreshGraph();
    expect(app.store.get().view.selectedRelation).toBeNull();
  });
});

describe("relations in the graph view (headless Cytoscape)", () => {
  const graph = sampleGraph();
  const cyOf = () => cytoscape({ headless: true, elements: buildElements(graph) });
  const ids = (eles: cytoscape.Collection) => eles.map((e) => e.id()).sort();

  test("tapping an edge, either half of an attacked relation or its anchor selects that relation; a node, the node", () => {
    const cy = cyOf();
    const relations: string[] = [];
    const nodes: (string | null)[] = [];
    wireEvents(cy, { onSelect: (id) => nodes.push(id), onSelectRelation: (id) => relations.push(id), onHover: () => undefined, onMoved: () => undefined, onProgress: () => undefined });
    for (const id of [relationElementId("r6"), relationElementId("r1"), relationInElementId("r1"), anchorElementId("r1"), relationElementId("r7")]) cy.$id(id).emit("tap");
    cy.$id(nodeElementId("c1")).emit("tap");
    cy.emit("tap");
    expect(relations).toEqual(["r6", "r1", "r1", "r1", "r7"]);
    expect(nodes).toEqual(["c1", null]);
  });

  test("selecting a relation marks its whole drawing: both halves and the anchor of an attacked one, one edge otherwise", () => {
    const cy = cyOf();
    expect(ids(selectionElements(cy, { relation: "r1" }))).toEqual(["r:r1", "r:r1:in", "u:r1"]);
    expect(ids(selectionElements(cy, { relation: "r6" }))).toEqual(["r:r6"]);
    expect(selectionElements(cy, { relation: "gone" }).length).toBe(0);
    expect(selectOnly(cy, selectionElements(cy, { relation: "r1" }), false)).toBe(3);
    expect(ids(cy.$(":selected"))).toEqual(["r:r1", "r:r1:in", "u:r1"]);
    selectOnly(cy, selectionElements(cy, { node: "c1" }), false);
    expect(ids(cy.$(":selected"))).toEqual(["n:c1"]);
    selectOnly(cy, selectionElements(cy, { relation: null }), false);
    expect(cy.$(":selected").length).toBe(0);
  });
});
