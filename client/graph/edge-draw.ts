import cytoscape, { type Core, type EdgeCollection, type EventObject, type NodeSingular } from "cytoscape";
import edgehandles from "cytoscape-edgehandles";
import { canConnect } from "../state/edit-relations";
import { EMPHASIS } from "../theme";

cytoscape.use(edgehandles);

/** The part of cytoscape-edgehandles' instance API used here (README, "API"). */
interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  stop(): void;
  destroy(): void;
}

export interface EdgeDraw {
  /** In draw mode, dragging from one node to another proposes a relation instead of moving the node. */
  setDrawMode(on: boolean): void;
  destroy(): void;
}

const endpoint = (node: NodeSingular) => ({ id: String(node.data("nodeId") ?? ""), kind: node.data("kind") });

/**
 * Drawing relations with cytoscape-edgehandles: a drag from node to node that DESIGN.md's table allows in some
 * direction ends in `onConnect(source, target)`. The drawn edge is only a gesture: it is removed at once, the user
 * picks the relation kind in a dialog, and the relation appears when the graph is refreshed from the API.
 */
export function createEdgeDraw(cy: Core, onConnect: (source: string, target: string) => void): EdgeDraw {
  const allowed = (source: NodeSingular, target: NodeSingular) => {
    if (!source.data("nodeId") || !target.data("nodeId")) return false;
    const a = endpoint(source);
    const b = endpoint(target);
    return canConnect(a, b);
  };
  const eh = (cy as unknown as { edgehandles(options: object): EdgeHandles }).edgehandles({
    canConnect: allowed,
    edgeParams: () => ({ classes: "drawn" }),
    snap: true,
    snapThreshold: 16,
    noEdgeEventsInDraw: true,
    disableBrowserGestures: true,
  });
  cy.style()
    .selector(".eh-ghost-edge, .eh-preview")
    .style({ "line-color": EMPHASIS.selected, "target-arrow-color": EMPHASIS.selected, "target-arrow-shape": "triangle", "line-style": "dashed", width: 3, opacity: 0.9 })
    .selector(".eh-source, .eh-presumptive-target")
    .style({ "border-color": EMPHASIS.selected, "border-width": 4 })
    .update();
  const complete = (_event: EventObject, source: NodeSingular, target: NodeSingular, added: EdgeCollection) => {
    added.remove();
    onConnect(endpoint(source).id, endpoint(target).id);
  };
  cy.on("ehcomplete", complete as unknown as cytoscape.EventHandler);
  return {
    setDrawMode(on) {
      if (on) eh.enableDrawMode();
      else {
        eh.stop();
        eh.disableDrawMode();
      }
    },
    destroy() {
      cy.off("ehcomplete");
      eh.destroy();
    },
  };
}
