import type { Core, NodeSingular, SingularElementArgument } from "cytoscape";
import type { Progress } from "../state/app-state";
import { centreAnchors } from "./positions";

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface GraphViewEvents {
  /** A node was tapped (null: the background). */
  onSelect(nodeId: string | null): void;
  /** A relation was tapped: its edge, either half of an attacked one, or the anchor an undercut points at. */
  onSelectRelation?(relationId: string): void;
  onHover(hover: { nodeId: string; x: number; y: number } | null): void;
  /** The user dragged nodes: the arrangement differs from the saved one. */
  onMoved(): void;
  onProgress(progress: Progress | null): void;
  /** Zoom or pan changed (reported at most once a frame). */
  onViewport?(viewport: Viewport): void;
  /** In draw mode, the user dragged from one node to another (node ids): a relation is proposed. */
  onConnect?(source: string, target: string): void;
}

/**
 * Turns Cytoscape's events into the view's intent-level events. Map nodes carry `nodeId`; edges, half-edges and
 * undercut anchors carry the `relationId` of the relation they draw (an anchor: the relation it sits on).
 */
export function wireEvents(cy: Core, events: GraphViewEvents): void {
  cy.on("tap", (event) => {
    if (event.target === cy) {
      events.onSelect(null);
      return;
    }
    const target = event.target as SingularElementArgument;
    const nodeId: unknown = target.data("nodeId");
    const relationId: unknown = target.data("relationId");
    if (typeof nodeId === "string") events.onSelect(nodeId);
    else if (typeof relationId === "string") events.onSelectRelation?.(relationId);
  });
  // The canvas has no cursor of its own: say that an edge can be clicked.
  cy.on("mouseover", "edge[relationId], node.anchor", () => void (cy.container()?.style.setProperty("cursor", "pointer")));
  cy.on("mouseout", "edge[relationId], node.anchor", () => void cy.container()?.style.removeProperty("cursor"));
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
