import type { BriefQuery, Case, ContentionInput, CreateCase, StoredCase, UpdateCase } from "../contract/case";
import type { Graph } from "../contract/graph";
import {
  analyseForCases,
  assembleBrief,
  assertReferencesInMap,
  briefFile,
  draftContentions,
  findWeakPoints,
  indexMap,
  type BriefFile,
  type CaseAnalysis,
  type CaseGraph,
  type MapIndex,
} from "../domain/cases";
import type { Repositories } from "../store/store";
import type { UseCaseContext } from "./context";
import { writeInMap } from "./context";
import type { GraphCache } from "./graph";
import { assertVersion, requireFound, requireMap } from "./guards";

/** The map as a case sees it: indexed, with its acceptance analysis. */
interface MapView {
  index: MapIndex;
  analysis: CaseAnalysis;
  graph: CaseGraph;
}

/** The analysis of a cached graph is computed once per map contentVersion (GraphCache reuses the graph object). */
const analyses = new WeakMap<Graph, CaseAnalysis>();

function viewOf(graph: CaseGraph, cached?: Graph): MapView {
  let analysis = cached && analyses.get(cached);
  if (!analysis) {
    analysis = analyseForCases(graph);
    if (cached) analyses.set(cached, analysis);
  }
  return { index: indexMap(graph), analysis, graph };
}

async function committedView(ctx: UseCaseContext, graphs: GraphCache, mapId: string): Promise<MapView> {
  const { graph } = await graphs.get(ctx, mapId);
  return viewOf(graph, graph);
}

async function viewInTransaction(repos: Repositories, mapId: string): Promise<MapView> {
  return viewOf(await repos.readGraph(mapId));
}

/** A stored case with its weak points against the map as it is now. */
function present(stored: StoredCase, view: MapView): Case {
  return { ...stored, weakPoints: findWeakPoints(stored, view.index, view.analysis) };
}

function withIds(contentions: readonly Omit<ContentionInput, "id">[] | readonly ContentionInput[], newId: () => string) {
  return contentions.map((c) => ({ ...c, id: ("id" in c && c.id) || newId() }));
}

export async function listCases(ctx: UseCaseContext, graphs: GraphCache, mapRef: string): Promise<Case[]> {
  const map = await requireMap(ctx.store.read, mapRef);
  const stored = await ctx.store.read.cases.list(map.id);
  const view = await committedView(ctx, graphs, map.id);
  return stored.map((c) => present(c, view));
}

export async function getCase(ctx: UseCaseContext, graphs: GraphCache, id: string): Promise<Case> {
  const stored = await requireFound(ctx.store.read.cases.find(id), "case", id);
  return present(stored, await committedView(ctx, graphs, stored.mapId));
}

/**
 * Creates a case for or against a claim or proposal of the map. With `draft`, the contentions come from the map
 * (domain/cases/auto-draft.ts); otherwise from the request, each reference checked against the map.
 */
export function createCase(ctx: UseCaseContext, actor: string, mapRef: string, input: CreateCase): Promise<Case> {
  return writeInMap(ctx, actor, async (repos) => {
    const map = await requireMap(repos, mapRef);
    const view = await viewInTransaction(repos, map.id);
    assertReferencesInMap(view.index, { targetId: input.targetId, checkTarget: true, contentions: input.contentions });
    const contentions = input.draft ? draftContentions(view.graph, input, view.analysis) : (input.contentions ?? []);
    const stored = await repos.cases.create(map.id, {
      title: input.title,
      side: input.side,
      targetId: input.targetId,
      notes: input.notes ?? "",
      contentions: withIds(contentions, repos.newId),
    });
    return { result: present(stored, view), record: { mapId: map.id, entity: "case", entityId: stored.id, action: "create", after: stored } };
  });
}

/** Edits title, notes or the whole ordered list of contentions; a stale version is refused with the current case. */
export function updateCase(ctx: UseCaseContext, actor: string, id: string, expected: number, patch: Omit<UpdateCase, "expectedVersion">): Promise<Case> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.cases.find(id), "case", id);
    const view = await viewInTransaction(repos, before.mapId);
    assertVersion(present(before, view), expected, "case");
    if (patch.contentions) assertReferencesInMap(view.index, { targetId: before.targetId, checkTarget: false, contentions: patch.contentions });
    const after = await repos.cases.update(id, { ...patch, contentions: patch.contentions && withIds(patch.contentions, repos.newId) });
    return { result: present(after, view), record: { mapId: before.mapId, entity: "case", entityId: id, action: "update", before, after } };
  });
}

export function deleteCase(ctx: UseCaseContext, actor: string, id: string, expected: number): Promise<void> {
  return writeInMap(ctx, actor, async (repos) => {
    const before = await requireFound(repos.cases.find(id), "case", id);
    if (before.version !== expected) assertVersion(present(before, await viewInTransaction(repos, before.mapId)), expected, "case");
    await repos.cases.delete(id);
    return { result: undefined, record: { mapId: before.mapId, entity: "case", entityId: id, action: "delete", before } };
  });
}

/** The printable brief of a case in a format, dated `query.date` or today (UTC). */
export async function getCaseBrief(ctx: UseCaseContext, graphs: GraphCache, id: string, query: BriefQuery): Promise<BriefFile> {
  const stored = await requireFound(ctx.store.read.cases.find(id), "case", id);
  const view = await committedView(ctx, graphs, stored.mapId);
  const documents = await ctx.store.read.documents.list(stored.mapId);
  const date = query.date ?? new Date().toISOString().slice(0, 10);
  const brief = assembleBrief(stored, view.index, documents, { date, weakPoints: findWeakPoints(stored, view.index, view.analysis) });
  return briefFile(brief, query.format);
}
