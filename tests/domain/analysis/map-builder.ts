import type { NodeKind, RelationKind } from "../../../server/contract/vocabulary";
import type { AnalysisInput, AnalysisNode, AnalysisRelation } from "../../../server/domain/analysis";

const TRIPLE = /^([\w-]+) (supports|contradicts|qualifies|endorses|opposes|proposes|concerns|part_of) (?:\((.+)\)|([\w-]+))(?: @([\d.]+))?$/;
const DECLARATION = /^(claim|proposal|actor) ([\w-]+(?: [\w-]+)*)$/;
const ACTOR_RELATIONS = new Set<RelationKind>(["endorses", "opposes", "proposes"]);

/**
 * A map written as readable lines:
 * - a triple `"a contradicts b"`, `"a supports b @0.8"` (strength), `"u contradicts (a supports b)"` (an undercut:
 *   the target in parentheses is the id of another line's relation; relation ids are the lines without strength);
 * - a declaration `"proposal p q"`, `"actor russia"`, `"claim lonely"`.
 * Nodes are claims unless declared, except that sources of endorses/opposes/proposes are actors.
 *
 * @example framework("b contradicts a", "c contradicts b") // reinstatement
 */
export function framework(...lines: string[]): AnalysisInput {
  const kinds = new Map<string, NodeKind>();
  const declared = new Set<string>();
  const relations: AnalysisRelation[] = [];
  const note = (id: string, kind: NodeKind): void => {
    if (!declared.has(id) && (!kinds.has(id) || kind !== "claim")) kinds.set(id, kind);
  };
  for (const line of lines) {
    const declaration = DECLARATION.exec(line);
    if (declaration) {
      for (const id of declaration[2]!.split(" ")) {
        kinds.set(id, declaration[1] as NodeKind);
        declared.add(id);
      }
      continue;
    }
    const triple = TRIPLE.exec(line);
    if (!triple) throw new Error(`Cannot read the map line "${line}"`);
    const [, source, relation, targetRelation, targetNode, strength] = triple;
    const kind = relation as RelationKind;
    note(source!, ACTOR_RELATIONS.has(kind) ? "actor" : "claim");
    if (targetNode) note(targetNode, kind === "proposes" ? "proposal" : kind === "concerns" ? "actor" : "claim");
    relations.push({
      id: line.replace(/ @[\d.]+$/, ""),
      source: source!,
      target: targetRelation ?? targetNode!,
      targetType: targetRelation ? "relation" : "node",
      relation: kind,
      strength: strength === undefined ? null : Number(strength),
    });
  }
  const nodes: AnalysisNode[] = [...kinds].map(([id, kind]) => ({ id, kind }));
  return { nodes, relations };
}

/** The same map with excerpt counts set on some nodes. */
export function withExcerpts(input: AnalysisInput, counts: Record<string, number>): AnalysisInput {
  return { ...input, nodes: input.nodes.map((node) => (node.id in counts ? { ...node, excerptCount: counts[node.id]! } : node)) };
}
