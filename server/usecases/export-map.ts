import type { CruxJson } from "../contract/crux-json";
import type { SourceDocument } from "../contract/document";
import { graphToCruxJson } from "../domain/map-export";
import type { UseCaseContext } from "./context";
import { requireMap } from "./guards";

/** The whole map as crux-json, read from one consistent snapshot of committed data. */
export async function exportMapAsCruxJson(ctx: UseCaseContext, mapRef: string): Promise<CruxJson> {
  const repos = ctx.store.read;
  const map = await requireMap(repos, mapRef);
  const { nodes, relations } = await repos.readGraph(map.id);
  const summaries = await repos.documents.list(map.id);
  const documents = (await Promise.all(summaries.map((d) => repos.documents.find(d.id)))).filter(
    (d): d is SourceDocument => d !== null,
  );
  return graphToCruxJson({ map, nodes, relations }, documents);
}
