import type { CruxJsonNode, CruxJsonRelation } from "../../contract/crux-json";
import type { Position } from "../../contract/node";
import type { NodeKind, RelationKind } from "../../contract/vocabulary";
import { isRelationAllowed, type EndpointKind } from "../relation-rules";
import type { ImportOptions, ImportResult } from "./format-types";
import { assertWithinCount, resolveLimits, type ImportLimits } from "./import-limits";
import { deriveTitle, slugify } from "./text-tools";
import { validateCruxJson } from "./validate-crux-json";

/** A node to add; the builder gives it an id and a title when it has none. */
export interface NodeDraft {
  kind: NodeKind;
  title?: string;
  text?: string;
  aliases?: string[];
  tags?: string[];
  position?: Position | null;
}

/** A relation to add, between ids the builder returned (a relation id as target for an undercut). */
export interface RelationDraft {
  source: string;
  target: string;
  relation: RelationKind;
  group?: string | null;
  strength?: number | null;
  note?: string;
}

/** Warnings counted by message, so a file with 500 TA nodes says so once. */
export class WarningLog {
  private readonly counts = new Map<string, number>();

  add(message: string): void {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }

  list(): string[] {
    return [...this.counts].map(([message, n]) => (n === 1 ? message : `${message} (${n} times)`));
  }
}

/**
 * Assembles an imported map with fresh local ids (`n1`, `r1`, …), dropping — with a warning — relations Crux
 * cannot hold (unknown endpoint, a kind DESIGN.md forbids between those endpoints, self or duplicate relations),
 * and ends with {@link validateCruxJson}, the one validation every format shares.
 */
export class MapBuilder {
  readonly warnings = new WarningLog();
  private readonly nodes: CruxJsonNode[] = [];
  private readonly relations: CruxJsonRelation[] = [];
  private readonly kinds = new Map<string, EndpointKind>();
  private readonly relationKeys = new Map<string, string>();
  private readonly groups = new Map<string, string>();
  private readonly limits: ImportLimits;

  constructor(private readonly what: string, options: ImportOptions = {}) {
    this.limits = resolveLimits(options);
  }

  /** Adds a node and returns its id; the title falls back to the start of the text. */
  addNode(draft: NodeDraft): string {
    assertWithinCount(this.nodes.length + 1, this.limits, this.what);
    const id = `n${this.nodes.length + 1}`;
    const text = draft.text ?? "";
    this.nodes.push({
      id,
      kind: draft.kind,
      title: deriveTitle(draft.title ?? "", text),
      text,
      aliases: draft.aliases ?? [],
      tags: draft.tags ?? [],
      position: draft.position ?? null,
      excerpts: [],
    });
    this.kinds.set(id, draft.kind);
    return id;
  }

  kindOf(id: string): EndpointKind | undefined {
    return this.kinds.get(id);
  }

  /** Adds a relation and returns its id, or returns null (with a warning) when Crux cannot hold it. */
  addRelation(draft: RelationDraft): string | null {
    const sourceKind = this.kinds.get(draft.source);
    const targetKind = this.kinds.get(draft.target);
    if (!sourceKind || !targetKind || sourceKind === "relation") {
      this.warnings.add(`A "${draft.relation}" relation whose endpoint is missing was left out`);
      return null;
    }
    if (draft.source === draft.target) {
      this.warnings.add(`A "${draft.relation}" relation from a node to itself was left out`);
      return null;
    }
    if (!isRelationAllowed(draft.relation, sourceKind, targetKind)) {
      this.warnings.add(`A "${draft.relation}" relation from a ${sourceKind} to a ${targetKind} is not allowed in Crux and was left out`);
      return null;
    }
    const key = JSON.stringify([draft.source, draft.target, draft.relation]);
    const existing = this.relationKeys.get(key);
    if (existing) return existing;
    assertWithinCount(this.relations.length + 1, this.limits, this.what, "relations");
    const id = `r${this.relations.length + 1}`;
    this.relationKeys.set(key, id);
    this.relations.push({
      id,
      source: draft.source,
      target: draft.target,
      relation: draft.relation,
      strength: draft.strength ?? null,
      note: draft.note ?? "",
      group: draft.group ? this.groupId(draft.group) : null,
      excerpts: [],
    });
    this.kinds.set(id, "relation");
    return id;
  }

  /** Groups get short ids (`g1`, `g2`, …) in order of first use, whatever the file called them. */
  private groupId(key: string): string {
    if (!this.groups.has(key)) this.groups.set(key, `g${this.groups.size + 1}`);
    return this.groups.get(key)!;
  }

  /** Validates and returns the map; names given as options win over those found in the file. */
  build(names: { slug?: string; title?: string; description?: string }, options: ImportOptions = {}): ImportResult {
    const title = deriveTitle(options.title ?? names.title ?? "", "Imported map");
    const raw = {
      format: "crux-json",
      formatVersion: 1,
      map: { slug: options.slug ?? names.slug ?? slugify(title), title, description: options.description ?? names.description ?? "" },
      documents: [],
      nodes: this.nodes,
      relations: this.relations,
      cases: [],
    };
    return { map: validateCruxJson(raw, options), warnings: this.warnings.list() };
  }
}
