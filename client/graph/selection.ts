import type { Collection, Core } from "cytoscape";
import { anchorElementId, nodeElementId, relationElementId, relationInElementId } from "./elements";

/** What a selection marks: a map node, or a relation drawn as one edge or, when attacked, two halves and its anchor. */
export function selectionElements(cy: Core, selection: { node: string | null } | { relation: string | null }): Collection {
  if ("node" in selection) return selection.node ? cy.$id(nodeElementId(selection.node)) : cy.collection();
  const id = selection.relation;
  if (!id) return cy.collection();
  return cy.$id(relationElementId(id)).union(cy.$id(relationInElementId(id))).union(cy.$id(anchorElementId(id)));
}

/**
 * Selects exactly these elements (one batch) and, with `centre`, brings them into the middle of the view when they
 * are drawn. Returns how many elements are selected.
 */
export function selectOnly(cy: Core, elements: Collection, centre: boolean): number {
  cy.batch(() => {
    cy.$(":selected").difference(elements).unselect();
    elements.select();
  });
  const shown = elements.filter(":visible");
  if (centre && shown.nonempty()) {
    cy.stop();
    cy.animate({ center: { eles: shown }, zoom: Math.max(cy.zoom(), 1) }, { duration: 350 });
  }
  return elements.length;
}
