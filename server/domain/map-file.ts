import type { CruxJson } from "../contract/crux-json";
import type { Anchor } from "../contract/excerpt";

/** The same map with every document, node and relation given a fresh id (references follow). */
export function withFreshIds(file: CruxJson, newId: () => string): CruxJson {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = newId()));
    return id;
  };
  const documentIds = new Map(file.documents.map((d) => [d.id, newId()]));
  const anchors = (list: Anchor[]) => list.map((a) => ({ ...a, documentId: documentIds.get(a.documentId) ?? a.documentId }));
  return {
    ...file,
    documents: file.documents.map((d) => ({ ...d, id: documentIds.get(d.id) as string })),
    nodes: file.nodes.map((n) => ({ ...n, id: fresh(n.id), excerpts: anchors(n.excerpts) })),
    relations: file.relations.map((r) => ({
      ...r,
      id: fresh(r.id),
      source: fresh(r.source),
      target: fresh(r.target),
      excerpts: anchors(r.excerpts),
    })),
  };
}
