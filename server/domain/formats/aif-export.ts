import type { CruxJson, CruxJsonNode, CruxJsonRelation } from "../../contract/crux-json";
import { DEFAULT_S_NODE_TEXT, MA_SCHEME_TEXT, YA_TEXT, type AifNode, type AifNodeset } from "./aif-types";

/** Allocates AIFdb-style numeric ids ("1", "2", …) for the nodes and edges of one nodeset. */
class NodesetWriter {
  readonly set: AifNodeset = { nodes: [], edges: [], locutions: [], participants: [] };
  private nextNode = 1;

  addNode(node: Omit<AifNode, "nodeID">): string {
    const nodeID = String(this.nextNode++);
    this.set.nodes.push({ nodeID, ...node });
    return nodeID;
  }

  link(fromID: string, toID: string): void {
    this.set.edges.push({ edgeID: String(this.set.edges.length + 1), fromID, toID });
  }
}

function inodeText(node: CruxJsonNode): string {
  return node.text || node.title;
}

/** The S-node (or YA node) a relation becomes; supports or contradicts of one linked group share one. */
function sNodeKey(r: CruxJsonRelation): string {
  const linked = r.group !== null && (r.relation === "supports" || r.relation === "contradicts");
  return linked ? `group ${r.relation} ${r.group} ${r.target}` : `relation ${r.id}`;
}

function sNodeFor(r: CruxJsonRelation): Omit<AifNode, "nodeID"> | null {
  const crux = { relation: r.relation, ...(r.group !== null ? { group: r.group } : {}) };
  if (r.relation === "supports") return { text: DEFAULT_S_NODE_TEXT.RA, type: "RA", crux };
  if (r.relation === "contradicts") return { text: DEFAULT_S_NODE_TEXT.CA, type: "CA", crux };
  const maText = MA_SCHEME_TEXT[r.relation];
  if (maText) return { text: maText, type: "MA", scheme: maText, crux };
  const yaText = YA_TEXT[r.relation];
  if (yaText) return { text: yaText, type: "YA", crux };
  return null; // concerns: kept in the source I-node's crux field
}

function writeActorsAndStatements(map: CruxJson, writer: NodesetWriter, ids: Map<string, string>, participants: Map<string, string>): void {
  for (const actor of map.nodes.filter((n) => n.kind === "actor")) {
    const participantID = String(writer.set.participants.length + 1);
    participants.set(actor.id, participantID);
    const crux = { aliases: actor.aliases, text: actor.text, tags: actor.tags, position: actor.position };
    writer.set.participants.push({ participantID, firstname: actor.title, surname: "", crux });
  }
  const concerns = new Map<string, string[]>();
  for (const r of map.relations.filter((rel) => rel.relation === "concerns")) {
    concerns.set(r.source, [...(concerns.get(r.source) ?? []), participants.get(r.target)!]);
  }
  for (const node of map.nodes.filter((n) => n.kind !== "actor")) {
    const about = concerns.get(node.id);
    const crux = { kind: node.kind, title: node.title, tags: node.tags, position: node.position, ...(about ? { concerns: about } : {}) };
    ids.set(node.id, writer.addNode({ text: inodeText(node), type: "I", crux }));
  }
}

function writeRelations(map: CruxJson, writer: NodesetWriter, ids: Map<string, string>, participants: Map<string, string>): void {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const sNodes = new Map<string, string>();
  for (const r of map.relations) {
    const node = sNodeFor(r);
    if (!node) continue;
    const key = sNodeKey(r);
    if (!sNodes.has(key)) sNodes.set(key, writer.addNode(node));
    ids.set(r.id, sNodes.get(key)!);
  }
  const linked = new Set<string>();
  for (const r of map.relations) {
    const sNode = ids.get(r.id);
    const target = ids.get(r.target);
    if (!sNode || !target) continue; // concerns, or an undercut of a concerns relation
    if (YA_TEXT[r.relation]) {
      const actor = byId.get(r.source)!;
      const said = byId.get(r.target);
      const locution = writer.addNode({ text: `${actor.title} : ${said ? inodeText(said) : ""}`, type: "L" });
      writer.set.locutions.push({ nodeID: locution, personID: participants.get(r.source)! });
      writer.link(locution, sNode);
    } else writer.link(ids.get(r.source)!, sNode);
    if (!linked.has(sNode)) writer.link(sNode, target);
    linked.add(sNode);
  }
}

/**
 * `aif-json` export: an AIFdb nodeset `{nodes, edges, locutions, participants}`.
 * - claims and proposals → I-nodes;
 * - supports → RA nodes (linked premises of one group share an RA); contradicts → CA nodes;
 *   an undercut → a CA node pointing at the RA/CA/MA/YA node of the relation it attacks;
 * - qualifies and part_of → MA nodes (see {@link MA_SCHEME_TEXT} for why MA);
 * - actors → participants; each endorses/opposes/proposes → an L-node said by the actor, anchored by a YA node
 *   (Asserting/Disagreeing/Proposing) in the target's I-node (or S-node).
 * Crux kinds, titles, tags, positions, groups, actor aliases, `concerns` and the map's names ride in extra
 * `crux` fields. Not carried: documents, excerpts, strength, note, and undercuts of `concerns` relations.
 */
export function exportAifJson(map: CruxJson): string {
  const writer = new NodesetWriter();
  const ids = new Map<string, string>();
  const participants = new Map<string, string>();
  writeActorsAndStatements(map, writer, ids, participants);
  writeRelations(map, writer, ids, participants);
  writer.set.crux = { map: map.map };
  return `${JSON.stringify(writer.set, null, 2)}\n`;
}
