import type { Core } from "cytoscape";
import type { Visibility } from "../state/visibility";
import { anchorElementId, nodeElementId, relationElementId, relationInElementId } from "./elements";

/**
 * Visibility → classes, in one batch: `hidden` (display: none) for filtered-out nodes and relations (both halves and
 * the anchor of a split relation), `faded` for what lies outside a focus, `focus-root` on the focused node.
 */
export function applyVisibility(cy: Core, visibility: Visibility, focusRoot: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass("hidden faded focus-root");
    const relationEls = (id: string) => cy.$id(relationElementId(id)).union(cy.$id(relationInElementId(id))).union(cy.$id(anchorElementId(id)));
    visibility.hiddenNodes.forEach((id) => cy.$id(nodeElementId(id)).addClass("hidden"));
    visibility.hiddenRelations.forEach((id) => relationEls(id).addClass("hidden"));
    const focused = visibility.focused;
    if (!focused) return;
    cy.nodes("[nodeId]").forEach((n) => {
      if (!focused.nodes.has(n.data("nodeId"))) n.addClass("faded");
    });
    cy.elements("[relationId]").forEach((el) => {
      if (!focused.relations.has(el.data("relationId"))) el.addClass("faded");
    });
    if (focusRoot) cy.$id(nodeElementId(focusRoot)).addClass("focus-root");
  });
}
