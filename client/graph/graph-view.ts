import cytoscape, { type Core, type NodeSingular } from "cytoscape";
import svg from "cytoscape-svg";
import type { Graph } from "../../server/contract/graph";
import type { CaseMarks } from "../state/case-highlight";
import type { LayoutName } from "../state/view-state";
import type { Visibility } from "../state/visibility";
import { buildElements, layoutInputOfElements, nodeElementId, type ElementsOptions } from "./elements";
import { wireEvents, type GraphViewEvents } from "./graph-events";
import type { ComputedLayoutName, LayoutInput, Positions } from "./layout-input";
import { createEdgeDraw } from "./edge-draw";
import { refreshElements, type Placed } from "./graph-refresh";
import { createLayoutRunner } from "./layout-runner";
import { selectionElements, selectOnly } from "./selection";
import { centreAnchors, layoutInputOf, placeUnsaved } from "./positions";
import { addInChunks, countDrawn, nextFrame } from "./element-batch";
import { buildStylesheet } from "./stylesheet";
import { createTextMeasure } from "./text-measure";
import { applyCaseMarks, applyStatus, applyVisibility, describeStatus } from "./visibility-classes";
import { frameElements, frameReadable, shownElements } from "./viewport";

export type { GraphViewEvents } from "./graph-events";
cytoscape.use(svg);

/** The only owner of the Cytoscape instance. Panels reach it through this API (via graph-canvas.tsx), never directly. */
export interface GraphView {
  /** Shows a map: elements from the pure builder, laid out before they are drawn, added in one batch. Resolves with the layout used. */
  load(graph: Graph, layout: LayoutName | null, options: LoadOptions): Promise<LayoutName>;
  /** Hides, fades and marks the focus; with `frame`, also brings the focused part into view. */
  setVisibility(visibility: Visibility, focusRoot: string | null, frame?: boolean): void;
  /** Outlines the open debate case's nodes by their role (state/case-highlight.ts); returns how many it marked. */
  markCase(marks: CaseMarks): number;
  /** Marks acceptance: a status per node id (state/analysis-state.ts), or null for none. */
  setStatus(status: Readonly<Record<string, string>> | null): void;
  /** Nodes per status as drawn, and one node's status and fill (published for the UI tests). */
  describeStatus(nodeId: string | null): ReturnType<typeof describeStatus>;
  select(nodeId: string | null, centre?: boolean): void;
  /** Selects a relation's edge (both halves and the anchor of an attacked one); returns whether it is drawn. */
  selectRelation(relationId: string | null, centre?: boolean): boolean;
  /** Shows a newer version of the same map in place, keeping positions and viewport; returns where new nodes went. */
  refresh(graph: Graph, options: LoadOptions): Placed[];
  /** Dragging from node to node proposes a relation instead of moving the node (edge-draw.ts). */
  setDrawMode(on: boolean): void;
  /** How many nodes, relations and undercut anchors are drawn (published for the UI tests). */
  drawn(): { nodes: number; relations: number; anchors: number };
  layout(name: LayoutName): Promise<LayoutName>;
  /** Empties the canvas (the map is being replaced or could not be opened). */
  clear(): void;
  /** The current arrangement was saved: the "saved" layout now restores it. */
  rememberSaved(): void;
  /** The container changed size (e.g. shown again after the outline). */
  resize(): void;
  /** Positions of the real nodes (not anchors), keyed by node id, for saving. */
  nodePositions(): { id: string; x: number; y: number }[];
  exportImage(format: "png" | "svg"): Blob;
  fit(): void;
  destroy(): void;
}

export interface LoadOptions extends ElementsOptions {
  visibility: Visibility;
  focusRoot: string | null;
}

/** Maps beyond this size get the renderer's cheap modes while panning and zooming, and a force layout by default. */
const BIG_MAP = 1500;
const LAYOUT_WORDS: Record<ComputedLayoutName, string> = { hierarchy: "hierarchical", force: "force-directed", actors: "grouped by actor" };

export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  const cy: Core = cytoscape({
    container,
    style: buildStylesheet() as unknown as cytoscape.StylesheetStyle[],
    boxSelectionEnabled: false,
    selectionType: "single",
    minZoom: 0.01,
    maxZoom: 3,
  });
  if (import.meta.env.DEV) (window as unknown as { cy: Core }).cy = cy;
  const runner = createLayoutRunner();
  /** Labels are wrapped and nodes sized with the browser's own text metrics. */
  const measure = createTextMeasure() ?? undefined;
  /** Saved positions by element id: the "saved" layout restores them. */
  let saved = new Map<string, { x: number; y: number }>();
  let generation = 0;
  wireEvents(cy, events);
  const draw = createEdgeDraw(cy, (source, target) => events.onConnect?.(source, target));

  async function compute(name: ComputedLayoutName, input: LayoutInput): Promise<Positions | null> {
    const mine = generation;
    events.onProgress({ label: `Arranging ${input.nodes.length.toLocaleString("en")} nodes (${LAYOUT_WORDS[name]})…`, fraction: null });
    try {
      const positions = await runner.run(name, input);
      return mine === generation ? positions : null;
    } finally {
      if (mine === generation) events.onProgress(null);
    }
  }

  function restoreSaved(): void {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = saved.get(n.id());
        if (p) n.position(p);
      });
      placeRest();
    });
  }

  /** Nodes without a saved position go beside those with one; undercut anchors go to the middle of their relation. */
  function placeRest(): void {
    cy.batch(() => {
      placeUnsaved(cy, new Set(saved.keys()));
      centreAnchors(cy);
    });
  }

  async function rearrange(name: LayoutName): Promise<LayoutName> {
    if (name === "saved" && saved.size > 0) {
      restoreSaved();
      frameReadable(cy, true);
      return "saved";
    }
    const computed: ComputedLayoutName = name === "saved" ? "hierarchy" : name;
    const positions = await compute(computed, layoutInputOf(cy, computed === "actors"));
    if (!positions) return computed;
    const animated = cy.nodes().length < 300;
    const preset = cy.layout({ name: "preset", positions: (n: NodeSingular) => positions[n.id()] ?? n.position(), animate: animated, animationDuration: 400, fit: false } as cytoscape.LayoutOptions);
    const done = preset.promiseOn("layoutstop");
    preset.run();
    await done;
    frameReadable(cy, animated);
    return computed;
  }

  const view: GraphView = {
    async load(graph, layout, options) {
      generation += 1;
      const mine = generation;
      cy.elements().remove();
      events.onProgress({ label: `Preparing ${graph.nodes.length.toLocaleString("en")} nodes…`, fraction: null });
      await nextFrame();
      const elements = buildElements(graph, { ...options, measure });
      saved = new Map(graph.nodes.flatMap((n) => (n.position ? [[nodeElementId(n.id), n.position] as const] : [])));
      const everySaved = graph.nodes.length > 0 && saved.size === graph.nodes.length;
      const wanted: LayoutName = layout ?? (everySaved ? "saved" : graph.nodes.length > BIG_MAP ? "force" : "hierarchy");
      const used: LayoutName = wanted === "saved" && saved.size > 0 ? "saved" : wanted === "saved" ? "hierarchy" : wanted;
      if (used !== "saved") {
        // Lay out before drawing: a big map is drawn once, in place, rather than drawn, arranged and drawn again.
        const positions = await compute(used as ComputedLayoutName, layoutInputOfElements(elements, options.visibility, used === "actors"));
        if (!positions) return used;
        for (const el of elements) if (el.group === "nodes") el.position = positions[el.data.id as string] ?? el.position ?? { x: 0, y: 0 };
      }
      await addInChunks(cy, elements, (fraction) => events.onProgress({ label: `Drawing ${graph.nodes.length.toLocaleString("en")} nodes…`, fraction }));
      if (mine !== generation) return used;
      const big = graph.nodes.length > BIG_MAP;
      // Renderer flags are read live; Cytoscape only exposes them as init options (see its renderer's viewport drawing).
      const renderer = (cy as unknown as { renderer(): unknown }).renderer() as { hideEdgesOnViewport: boolean; textureOnViewport: boolean };
      renderer.hideEdgesOnViewport = big;
      renderer.textureOnViewport = big;
      // The elements came with their saved positions and visibility classes (buildElements), so nothing is restyled here.
      if (used === "saved") placeRest();
      frameReadable(cy, false);
      // Cytoscape styles and paints the map in its next frame, seconds on a big map: the progress stays up until then.
      if (big) events.onProgress({ label: `Drawing ${graph.nodes.length.toLocaleString("en")} nodes…`, fraction: 1 });
      await nextFrame();
      if (mine === generation) events.onProgress(null);
      return used;
    },
    setVisibility(visibility, focusRoot, frame = false) {
      applyVisibility(cy, visibility, focusRoot);
      if (frame && visibility.focused) frameElements(cy, shownElements(cy.nodes("[nodeId]")).filter((n) => visibility.focused?.nodes.has(n.data("nodeId")) ?? false));
    },
    markCase: (marks) => applyCaseMarks(cy, marks),
    setStatus: (status) => applyStatus(cy, status),
    describeStatus: (nodeId) => describeStatus(cy, nodeId),
    select: (nodeId, centre = false) => void selectOnly(cy, selectionElements(cy, { node: nodeId }), centre),
    selectRelation: (relationId, centre = false) => selectOnly(cy, selectionElements(cy, { relation: relationId }), centre) > 0,
    refresh(graph, options) {
      const placed = refreshElements(cy, buildElements(graph, { ...options, measure }));
      view.setVisibility(options.visibility, options.focusRoot);
      return placed;
    },
    setDrawMode: (on) => draw.setDrawMode(on),
    drawn: () => countDrawn(cy),
    layout: (name) => rearrange(name),
    clear() {
      generation += 1;
      cy.elements().remove();
    },
    rememberSaved() {
      saved = new Map(cy.nodes("[nodeId]").map((n) => [n.id(), { ...n.position() }] as const));
    },
    resize: () => cy.resize(),
    nodePositions: () => cy.nodes("[nodeId]").map((n) => ({ id: n.data("nodeId") as string, x: Math.round(n.position("x")), y: Math.round(n.position("y")) })),
    exportImage(format) {
      if (format === "png") return cy.png({ output: "blob", full: false, scale: 2, bg: "#ffffff" });
      const markup = (cy as unknown as { svg(o: object): string }).svg({ full: false, scale: 1, bg: "#ffffff" });
      return new Blob([markup], { type: "image/svg+xml" });
    },
    fit: () => cy.animate({ fit: { eles: shownElements(cy.elements()), padding: 30 } }, { duration: 300 }),
    destroy() {
      generation += 1;
      runner.dispose();
      draw.destroy();
      cy.destroy();
    },
  };
  return view;
}


