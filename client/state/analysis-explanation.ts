import type { AcceptanceLabelValue, Explanation, ExplanationNode, ExplanationStep } from "../../server/contract/analysis";
import type { NodeKind } from "../../server/contract/vocabulary";
import type { GraphIndex } from "./graph-index";

/** A node named for a reader: its title (or its id when the map no longer has it) and kind. */
export interface NodeRef {
  id: string;
  title: string;
  kind: NodeKind | null;
}

export function nodeRef(index: GraphIndex, id: string): NodeRef {
  const node = index.nodes.get(id);
  return { id, title: node?.title ?? id, kind: node?.kind ?? null };
}

/** One node of the "why?" tree, in words. */
export interface WhyNode {
  node: NodeRef;
  label: AcceptanceLabelValue;
  /** Its label is a what-if assumption (or, in an actor's view, the actor's stance). */
  assumed: boolean;
  /** Why it has its label: "nothing attacks it", "every attack on it fails", "a what-if assumption", … */
  reason: string;
  strength: number | null;
  /** Set when its reasons are not listed here: "explained above", or "select it to see why". */
  more: string | null;
  steps: WhyStep[];
}

/** One attack on (or, for gradual, support of) a node, in words. */
export interface WhyStep {
  key: string;
  role: "attack" | "support";
  from: NodeRef;
  /** The label of `from`, when the tree or the acceptance knows it. */
  fromLabel: AcceptanceLabelValue | null;
  /** How `from` bears on the node: "contradicts it", "supports “X”, which contradicts it", … */
  relation: string;
  outcome: "succeeds" | "fails" | "unresolved" | "contributes";
  /** The outcome in words: "succeeds: the attacker is accepted", "fails: undercut by …". */
  outcomeText: string;
  undercutBy: NodeRef[];
  weight: number | null;
  /**
   * The reasons of the node that decides the step: `from` itself (then the view lists them under this step) or,
   * when an undercut decides it, the undercutter (`decidedBy: "undercutter"`).
   */
  child: WhyNode | null;
  decidedBy: "source" | "undercutter";
}

const REASONS: Record<ExplanationNode["reason"], string> = {
  assumed: "a what-if assumption",
  unattacked: "nothing attacks it",
  defended: "every attack on it fails",
  defeated: "an attack on it succeeds",
  unresolved: "an attack on it is left unresolved",
  gradual: "its strength comes from its attackers and supporters",
};

const MORE: Record<NonNullable<ExplanationNode["truncated"]>, string> = {
  depth: "select it to see why",
  size: "select it to see why",
  repeat: "explained above",
};

/**
 * An explanation from the API → a tree a reader can follow, every node named by its title: for each step, who
 * attacks (or supports) the node, how (stated or derived through another node, named), and whether the attack
 * succeeds and why. `labelOf` supplies labels for nodes the tree stops before (from the acceptance answer).
 */
export function explanationView(explanation: Explanation, index: GraphIndex, labelOf: (id: string) => AcceptanceLabelValue | undefined = () => undefined): WhyNode {
  const ref = (id: string) => nodeRef(index, id);
  const visit = (tree: ExplanationNode): WhyNode => ({
    node: ref(tree.id),
    label: tree.label,
    assumed: tree.reason === "assumed",
    reason: tree.reason === "gradual" && tree.strength !== undefined ? `strength ${tree.strength.toFixed(2)}: ${REASONS.gradual}` : REASONS[tree.reason],
    strength: tree.strength ?? null,
    more: tree.truncated ? MORE[tree.truncated] : null,
    steps: tree.steps.map((step, i) => ({
      key: `${i}:${step.from}:${step.relationIds.join("+")}`,
      role: step.role,
      from: ref(step.from),
      fromLabel: step.child?.id === step.from ? step.child.label : (labelOf(step.from) ?? null),
      relation: describeRelation(step, tree.id, index, ref),
      outcome: step.status,
      outcomeText: describeOutcome(step, ref),
      undercutBy: step.undercutBy.map(ref),
      weight: step.weight ?? null,
      child: step.child ? visit(step.child) : null,
      decidedBy: step.child && step.child.id !== step.from ? "undercutter" : "source",
    })),
  });
  return visit(explanation.tree);
}

/** "contradicts it", or for a derived attack the node it goes through: "supports “X”, which contradicts it". */
function describeRelation(step: ExplanationStep, target: string, index: GraphIndex, ref: (id: string) => NodeRef): string {
  const via = viaNodes(step, target, index).map((id) => `“${ref(id).title}”`);
  const through = via.length > 0 ? via.join(" and ") : "another node";
  if (step.because === "assumed-rejected") {
    if (step.kind === "secondary") return "supports it, and is assumed rejected";
    if (step.kind === "mediated") return "is supported by it, and is assumed rejected";
    return "is assumed rejected";
  }
  switch (step.kind) {
    case "contradicts": return "contradicts it";
    case "supports": return "supports it";
    case "supported": return `supports ${through}, which contradicts it`;
    case "secondary": return `contradicts ${through}, which supports it`;
    case "mediated": return `contradicts ${through}, which it supports`;
  }
}

function describeOutcome(step: ExplanationStep, ref: (id: string) => NodeRef): string {
  const names = step.undercutBy.map((id) => `“${ref(id).title}”`).join(", ");
  switch (step.because) {
    case "attacker-accepted": return "succeeds: the attacker is accepted";
    case "assumed-rejected": return "succeeds: that is assumed";
    case "attacker-rejected": return "fails: the attacker is rejected";
    case "undercut": return `fails: ${names || "an accepted reason"} undercuts it`;
    case "attacker-undecided": return "unresolved: the attacker is undecided";
    case "undercut-undecided": return `unresolved: ${names || "an undecided reason"} may undercut it`;
  }
  if (step.status === "contributes") return step.weight === undefined ? "contributes" : `weight ${step.weight.toFixed(2)}`;
  return step.status;
}

/** The nodes a derived attack passes through: ends of its relations other than the attacker and the target. */
function viaNodes(step: ExplanationStep, target: string, index: GraphIndex): string[] {
  const found: string[] = [];
  for (const id of step.relationIds) {
    const relation = index.relations.get(id);
    if (!relation) continue;
    const ends = relation.targetType === "node" ? [relation.source, relation.target] : [relation.source];
    for (const end of ends) if (end !== step.from && end !== target && !found.includes(end)) found.push(end);
  }
  return found;
}
