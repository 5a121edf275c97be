import type { Core, NodeSingular } from "cytoscape";
import type { Progress } from "../state/app-state";
import { centreAnchors } from "./positions";

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface GraphViewEvents {
  /** A node was tapped (null: the background). */
  onSelect(nodeId: string | null): void;
  onHover(hover: { nodeId: string; x: number; y: number } | null): void;
  /** The user dragged nodes: the arrangement differs from the saved one. */
  onMoved(): void;
  onProgress(progress: Progress | null): void;
  /** Zoom or pan changed (reported at most once a frame). */
  onViewport?(viewport: Viewport): void;
  /** In draw mode, the user dragged from one node to another (node ids): a relation is proposed. */
  onConnect?(source: string, target: string): void;
}

/** Turns Cytoscape's events into the view's intent-level events; anchors (undercut markers) are not selectable. */
export function wireEvents(cy: Core, events: GraphViewEvents): void {
  cy.on("tap", (event) => {
    if (event.target === cy) {
      events.onSelect(null);
      return;
    }
    const target = event.target as NodeSingular;
    if (target.isNode() && target.data("nodeId")) events.onSelect(target.data("nodeId"));
  });
  cy.on("mouseover", "node[nodeId]", (event) => {
    const node = event.target as NodeSingular;
    node.addClass("hover");
    const p = node.renderedPosition();
    events.onHover({ nodeId: node.data("nodeId"), x: p.x, y: p.y - node.renderedOuterHeight() / 2 });
  });
  cy.on("mouseout", "node", (event) => {
    (event.target as NodeSingular).removeClass("hover");
    events.onHover(null);
  });
  cy.on("drag", "node", (event) => centreAnchors(cy, event.target as NodeSingular));
  cy.on("dragfree", "node", () => events.onMoved());
  let frame = 0;
  cy.on("viewport resize", () => {
    events.onHover(null);
    if (frame || !events.onViewport) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      events.onViewport?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    });
  });
}
