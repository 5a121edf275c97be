import type { CruxJson, CruxJsonNode } from "../../contract/crux-json";
import { normalizeWhitespace } from "./text-tools";

type Stance = "Pro" | "Con";
interface Child {
  id: string;
  stance: Stance;
}

/** Kialo's tree: a statement's children are its supporters (Pro) and contradictors (Con). */
function childrenOf(map: CruxJson, statements: Map<string, CruxJsonNode>): Map<string, Child[]> {
  const children = new Map<string, Child[]>();
  for (const r of map.relations) {
    if ((r.relation !== "supports" && r.relation !== "contradicts") || !statements.has(r.target)) continue;
    const list = children.get(r.target) ?? [];
    list.push({ id: r.source, stance: r.relation === "supports" ? "Pro" : "Con" });
    children.set(r.target, list);
  }
  return children;
}

/** Roots in order: statements that support or contradict no statement, then whatever a cycle left unreached. */
function findRoots(map: CruxJson, statements: Map<string, CruxJsonNode>, children: Map<string, Child[]>): string[] {
  const isChild = new Set([...children.values()].flat().map((c) => c.id));
  const roots = [...statements.keys()].filter((id) => !isChild.has(id));
  const reached = new Set<string>();
  const reach = (root: string) => {
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const child of children.get(id) ?? []) stack.push(child.id);
    }
  };
  roots.forEach(reach);
  for (const id of statements.keys()) {
    if (!reached.has(id)) {
      roots.push(id);
      reach(id);
    }
  }
  return roots;
}

function claimText(node: CruxJsonNode): string {
  return normalizeWhitespace(node.text || node.title);
}

/**
 * `kialo` export: Kialo's numbered outline (`1. Thesis`, `1.1. Pro: …`, `1.2. Con: …`), its own text export.
 * Claims and proposals become claims (text, or title when the text is empty); supports → Pro, contradicts → Con;
 * a statement reached a second time is written as a link (`1.3. Pro: -> See 1.1.`). A map with several roots
 * gets its title as the thesis, with the roots as stance-less theses under it (as Kialo's multi-thesis discussions).
 * Not carried: titles, kinds, actors, undercuts, qualifies/part_of/endorses/opposes/proposes/concerns, groups,
 * tags, strength, note, positions, documents and excerpts.
 */
export function exportKialo(map: CruxJson): string {
  const statements = new Map(map.nodes.filter((n) => n.kind !== "actor").map((n) => [n.id, n]));
  const children = childrenOf(map, statements);
  const roots = findRoots(map, statements, children);
  const lines = [`Discussion Title: ${normalizeWhitespace(map.map.title)}`, ""];
  const single = roots.length === 1;
  if (!single) lines.push(`1. ${normalizeWhitespace(map.map.title)}`);
  const placed = new Map<string, string>();
  const stack: { id: string; number: string; stance: Stance | null }[] = roots.map((id, i) => ({ id, number: single ? "1" : `1.${i + 1}`, stance: null })).reverse();
  while (stack.length > 0) {
    const { id, number, stance } = stack.pop()!;
    const prefix = `${number}. ${stance ? `${stance}: ` : ""}`;
    const earlier = placed.get(id);
    if (earlier) {
      lines.push(`${prefix}-> See ${earlier}.`);
      continue;
    }
    placed.set(id, number);
    lines.push(`${prefix}${claimText(statements.get(id)!)}`);
    const kids = children.get(id) ?? [];
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push({ id: kids[i]!.id, number: `${number}.${i + 1}`, stance: kids[i]!.stance });
  }
  return `${lines.join("\n")}\n`;
}
