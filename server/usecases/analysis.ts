import type { AcceptanceResult, ActorView, CruxReport, Explanation, Semantics, StanceMatrix, WarningsReport } from "../contract/analysis";
import type { Graph } from "../contract/graph";
import {
  computeAcceptance,
  evaluateActorView,
  explain,
  findCruxes,
  findWarnings,
  stanceMatrix,
  type Assumptions,
} from "../domain/analysis";
import { DomainError } from "../domain/errors";
import type { UseCaseContext } from "./context";
import type { GraphCache } from "./graph";

export interface AnalysisRequest {
  semantics: Semantics;
  assume?: Assumptions;
  maxMs?: number;
}

/** Searching semantics stop after this long unless the request asks for less; the answer then says complete: false. */
const DEFAULT_MAX_MS = 5_000;

/**
 * Analysis results per map contentVersion: a map is analysed once per change and semantics, however many readers
 * ask, so colouring the graph for every open browser costs one computation.
 */
export class AnalysisCache {
  private readonly results = new Map<string, { version: string; value: unknown }>();

  constructor(private readonly graphs: GraphCache) {}

  async run<T>(ctx: UseCaseContext, mapRef: string, key: string, compute: (graph: Graph) => T): Promise<T> {
    const snapshot = await this.graphs.get(ctx, mapRef);
    const graph = snapshot.graph;
    const cacheKey = `${graph.map.id}\u0000${key}`;
    const cached = this.results.get(cacheKey);
    if (cached && cached.version === snapshot.etag) return cached.value as T;
    const value = compute(graph);
    this.results.set(cacheKey, { version: snapshot.etag, value });
    if (this.results.size > 500) this.results.delete(this.results.keys().next().value as string);
    return value;
  }
}

const budgetOf = (request: AnalysisRequest) => ({ maxMs: request.maxMs ?? DEFAULT_MAX_MS, now: () => performance.now() });
const keyOf = (name: string, request: object) => JSON.stringify([name, request]);

export function getAcceptance(ctx: UseCaseContext, cache: AnalysisCache, mapRef: string, request: AnalysisRequest): Promise<AcceptanceResult> {
  return cache.run(ctx, mapRef, keyOf("acceptance", { ...request }), (graph) =>
    computeAcceptance(graph, { semantics: request.semantics, assumptions: request.assume, budget: budgetOf(request) }),
  );
}

export function explainNode(
  ctx: UseCaseContext,
  cache: AnalysisCache,
  mapRef: string,
  nodeId: string,
  request: AnalysisRequest & { depth: number },
): Promise<Explanation> {
  return cache.run(ctx, mapRef, keyOf("explain", { ...request, nodeId }), (graph) => {
    if (!graph.nodes.some((n) => n.id === nodeId)) throw new DomainError("not_found", `No node "${nodeId}" in this map.`);
    return explain(graph, nodeId, { semantics: request.semantics, assumptions: request.assume, budget: budgetOf(request), depth: request.depth });
  });
}

export function getActorView(ctx: UseCaseContext, cache: AnalysisCache, mapRef: string, actorId: string, request: AnalysisRequest): Promise<ActorView> {
  return cache.run(ctx, mapRef, keyOf("actor", { ...request, actorId }), (graph) => {
    if (!graph.nodes.some((n) => n.id === actorId && n.kind === "actor")) {
      throw new DomainError("not_found", `No actor "${actorId}" in this map.`);
    }
    return evaluateActorView(graph, actorId, { semantics: request.semantics, assumptions: request.assume, budget: budgetOf(request) });
  });
}

export function getStanceMatrix(ctx: UseCaseContext, cache: AnalysisCache, mapRef: string, request: AnalysisRequest): Promise<StanceMatrix> {
  return cache.run(ctx, mapRef, keyOf("stances", { ...request }), (graph) =>
    stanceMatrix(graph, { semantics: request.semantics, budget: budgetOf(request) }),
  );
}

export function getCruxes(ctx: UseCaseContext, cache: AnalysisCache, mapRef: string, request: Omit<AnalysisRequest, "semantics">): Promise<CruxReport> {
  return cache.run(ctx, mapRef, keyOf("cruxes", { ...request }), (graph) =>
    findCruxes(graph, { assumptions: request.assume, budget: { maxMs: request.maxMs ?? DEFAULT_MAX_MS, now: () => performance.now() } }),
  );
}

export function getWarnings(ctx: UseCaseContext, cache: AnalysisCache, mapRef: string): Promise<WarningsReport> {
  return cache.run(ctx, mapRef, "warnings", (graph) => findWarnings(graph));
}
