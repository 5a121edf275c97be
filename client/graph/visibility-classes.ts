import type { Core, NodeSingular } from "cytoscape";
import { CASE_CLASSES, type CaseMarks } from "../state/case-highlight";
import type { Visibility } from "../state/visibility";
import { VISIBILITY_CLASSES, nodeElementId, visibilityClassesOf } from "./elements";

/**
 * Visibility → classes, in one batch, by the same rule the elements were built with (elements.ts): `hidden`
 * (display: none) for filtered-out nodes and relations (both halves and the anchor of a split relation), `faded` for
 * what lies outside a focus, `focus-root` on the focused node. Only elements whose classes change are touched.
 */
export function applyVisibility(cy: Core, visibility: Visibility, focusRoot: string | null): void {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      const wanted = visibilityClassesOf(el.data() as { nodeId?: string; relationId?: string }, visibility, focusRoot);
      for (const name of VISIBILITY_CLASSES) {
        const want = wanted.includes(name);
        if (el.hasClass(name) !== want) el.toggleClass(name, want);
      }
    });
  });
}

/** The open case's marks → classes, in one batch: the previous case's marks go, the new ones come. Returns how many nodes it marked. */
export function applyCaseMarks(cy: Core, marks: CaseMarks): number {
  let marked = 0;
  cy.batch(() => {
    cy.nodes(".case-node").removeClass(CASE_CLASSES);
    marks.forEach((classes, nodeId) => {
      marked += cy.$id(nodeElementId(nodeId)).addClass(classes).length;
    });
  });
  return marked;
}

/** Acceptance marks → classes `status-<value>` (as graph/elements.ts adds them on load), in one batch; null clears them. */
export function applyStatus(cy: Core, status: Readonly<Record<string, string>> | null): void {
  cy.batch(() => {
    cy.nodes("[nodeId]").forEach((n) => {
      const value = status?.[n.data("nodeId") as string];
      const old = n.classes().filter((c) => c.startsWith("status-") && c !== `status-${value}`);
      if (old.length > 0) n.removeClass(old.join(" "));
      if (value) n.addClass(`status-${value}`);
    });
  });
}

/** What the graph shows of acceptance: nodes per status class, and one node's status and computed fill (for the UI tests). */
export function describeStatus(cy: Core, nodeId: string | null): { counts: Record<string, number>; node: { status: string; fill: string } | null } {
  const counts: Record<string, number> = {};
  const statusOf = (n: NodeSingular) => n.classes().find((c) => c.startsWith("status-"))?.slice("status-".length);
  cy.nodes("[nodeId]").forEach((n) => {
    const status = statusOf(n);
    if (status) counts[status] = (counts[status] ?? 0) + 1;
  });
  const node = nodeId ? (cy.$id(nodeElementId(nodeId))[0] as NodeSingular | undefined) : undefined;
  return { counts, node: node ? { status: statusOf(node) ?? "none", fill: String(node.style("background-color")) } : null };
}
