import type { Position } from "../../contract/node";
import type { RelationKind } from "../../contract/vocabulary";
import { AIF_WHAT, readAifFile, type AifGraph, type AifGraphNode } from "./aif-read";
import { DEFAULT_S_NODE_TEXT, YA_READINGS } from "./aif-types";
import type { ImportOptions, ImportResult } from "./format-types";
import { MapBuilder } from "./map-builder";

const S_NODE_RELATIONS: Record<string, RelationKind> = { RA: "supports", CA: "contradicts" };
const SKIPPED_TYPES: Record<string, string> = {
  L: "L-nodes (locutions) are not imported as nodes; their speakers became actors",
  TA: "TA nodes (transitions between locutions) have no Crux equivalent and were left out",
  PA: "PA nodes (preferences) have no Crux equivalent and were left out",
};

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
function position(value: unknown): Position | null {
  const p = value as { x?: unknown; y?: unknown } | null;
  return p && typeof p.x === "number" && typeof p.y === "number" ? { x: p.x, y: p.y } : null;
}

/** Turns the indexed AIF graph into Crux nodes and relations. */
class AifMapper {
  readonly builder: MapBuilder;
  private readonly processed = new Set<string>();
  private readonly ids = new Map<string, string>(); // AIF I-node or S-node id → Crux node or relation id
  private readonly actors = new Map<string, string>(); // participant id or speaker name → actor id

  constructor(private readonly graph: AifGraph, private readonly options: ImportOptions) {
    this.builder = new MapBuilder(AIF_WHAT, options);
  }

  run(): ImportResult {
    for (const [id, p] of this.graph.participants) {
      const node = { kind: "actor" as const, title: p.name || `Participant ${id}`, text: str(p.crux.text), aliases: strings(p.crux.aliases), tags: strings(p.crux.tags), position: position(p.crux.position) };
      this.actors.set(`participant ${id}`, this.builder.addNode(node));
    }
    for (const node of this.graph.nodes.values()) if (node.type === "I") this.addStatement(node);
    this.addRelationsInOrder();
    if (this.graph.hasOvaText) this.builder.warnings.add("The analysed text of the OVA file was not imported; upload it as a source document");
    const meta = this.graph.meta;
    return this.builder.build({ slug: str(meta.slug), title: str(meta.title) ?? "Imported AIF map", description: str(meta.description) }, this.options);
  }

  private addStatement(node: AifGraphNode): void {
    const kind = node.crux.kind === "proposal" ? "proposal" : "claim";
    const at = this.graph.positions.get(node.id) ?? position(node.crux.position);
    this.ids.set(node.id, this.builder.addNode({ kind, title: str(node.crux.title), text: node.text, tags: strings(node.crux.tags), position: at }));
  }

  /** S-nodes may point at other S-nodes (undercuts), so each waits until its target relation exists. */
  private addRelationsInOrder(): void {
    let pending = [...this.graph.nodes.values()].filter((n) => n.type !== "I");
    for (let progress = true; progress && pending.length > 0; ) {
      const before = pending.length;
      pending = pending.filter((node) => !this.tryNode(node));
      progress = pending.length < before;
    }
    pending.forEach(() => this.builder.warnings.add("A conflict among S-nodes that point at each other in a loop was left out"));
    for (const node of this.graph.nodes.values()) {
      const about = node.type === "I" ? strings(node.crux.concerns) : [];
      for (const participant of about) this.builder.addRelation({ source: this.ids.get(node.id)!, target: this.actors.get(`participant ${participant}`) ?? "", relation: "concerns" });
    }
  }

  /** Returns false while a target S-node has not been mapped yet. */
  private tryNode(node: AifGraphNode): boolean {
    const targets = this.graph.outgoing.get(node.id)!;
    if (targets.some((t) => this.isRelationNode(t) && !this.processed.has(t))) return false;
    this.processed.add(node.id);
    if (node.type in SKIPPED_TYPES) this.builder.warnings.add(SKIPPED_TYPES[node.type]!);
    else if (node.type === "YA") this.addIllocution(node, targets);
    else if (node.type in S_NODE_RELATIONS || node.type === "MA") this.addSNode(node, targets);
    else this.builder.warnings.add(`Nodes of type "${node.type}" are unknown to Crux and were left out`);
    return true;
  }

  private isRelationNode(id: string): boolean {
    const type = this.graph.nodes.get(id)!.type;
    return type === "RA" || type === "CA" || type === "MA" || type === "YA";
  }

  private relationKindOf(node: AifGraphNode): RelationKind | null {
    if (node.type === "MA") return node.crux.relation === "qualifies" || node.crux.relation === "part_of" ? node.crux.relation : null;
    return S_NODE_RELATIONS[node.type] ?? null;
  }

  private addSNode(node: AifGraphNode, targets: string[]): void {
    const relation = this.relationKindOf(node);
    if (!relation) return this.builder.warnings.add("MA nodes (rephrase) have no Crux equivalent and were left out");
    const premises = this.graph.incoming.get(node.id)!.filter((id) => this.graph.nodes.get(id)!.type === "I");
    if (premises.length === 0 || targets.length === 0) return this.builder.warnings.add(`${node.type} nodes without a premise or a conclusion were left out`);
    const group = premises.length > 1 ? (str(node.crux.group) ?? `g${node.id}`) : null;
    const scheme = node.text.trim();
    if (node.crux.relation === undefined && scheme && !Object.values(DEFAULT_S_NODE_TEXT).includes(scheme as never)) {
      this.builder.warnings.add(`The scheme "${scheme}" of an ${node.type} node has no Crux equivalent; the relation was kept without it`);
    }
    for (const target of targets) {
      const targetIsRelation = this.graph.nodes.get(target)!.type !== "I";
      if (targetIsRelation && relation !== "contradicts") {
        this.builder.warnings.add(`${node.type} nodes pointing at another S-node (e.g. support for an inference) have no Crux equivalent and were left out`);
        continue;
      }
      for (const premise of premises) {
        const id = this.builder.addRelation({ source: this.ids.get(premise)!, target: this.ids.get(target) ?? "", relation, group });
        if (id && !this.ids.has(node.id)) this.ids.set(node.id, id);
      }
    }
  }

  private addIllocution(node: AifGraphNode, targets: string[]): void {
    const crux = str(node.crux.relation);
    const relation = crux === "endorses" || crux === "opposes" || crux === "proposes" ? crux : YA_READINGS[node.text.trim().toLowerCase()];
    if (!relation) return this.builder.warnings.add(`YA nodes with the illocution "${node.text}" have no Crux equivalent and were left out`);
    const speakers = this.graph.incoming.get(node.id)!.filter((id) => this.graph.nodes.get(id)!.type === "L").map((id) => this.speakerOf(id));
    if (speakers.length === 0) return this.builder.warnings.add("YA nodes not anchored in a locution (e.g. anchored in a transition) were left out");
    for (const target of targets) {
      if (this.graph.nodes.get(target)!.type !== "I") {
        this.builder.warnings.add("YA nodes anchoring an inference or conflict (e.g. Arguing) have no Crux equivalent and were left out");
        continue;
      }
      const targetId = this.ids.get(target)!;
      const kind = relation === "proposes" && this.builder.kindOf(targetId) !== "proposal" ? "endorses" : relation;
      for (const speaker of speakers) {
        const id = this.builder.addRelation({ source: speaker, target: targetId, relation: kind });
        if (id && !this.ids.has(node.id)) this.ids.set(node.id, id);
      }
    }
  }

  /** The actor who said an L-node: its locution's participant, or else the "Speaker : text" prefix. */
  private speakerOf(locution: string): string {
    const participant = this.graph.locutions.get(locution);
    if (participant !== undefined && this.actors.has(`participant ${participant}`)) return this.actors.get(`participant ${participant}`)!;
    const name = /^(.{1,200}?)\s*:/.exec(this.graph.nodes.get(locution)!.text)?.[1]?.trim() || "Unknown speaker";
    if (!this.actors.has(`name ${name}`)) this.actors.set(`name ${name}`, this.builder.addNode({ kind: "actor", title: name }));
    return this.actors.get(`name ${name}`)!;
  }
}

/**
 * `aif-json` import of an AIFdb nodeset or an OVA3 file (positions from its OVA nodes). I-nodes become claims
 * (proposals when the `crux` field says so), RA premises → supports (several premises of one RA share a group),
 * CA → contradicts (an undercut when it points at an S-node), MA written by Crux → qualifies/part_of,
 * participants → actors, L–YA–I chains → endorses/opposes/proposes by the speaker. The warnings report what had
 * no Crux equivalent: TA and PA nodes, plain MA (rephrase), unknown illocutions and node types, the OVA text.
 */
export function importAifJson(text: string, options: ImportOptions = {}): ImportResult {
  return new AifMapper(readAifFile(text, options), options).run();
}
