import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CruxJsonSchema, type CruxJson } from "../../../server/contract/crux-json";
import { computeAcceptance } from "../../../server/domain/analysis";
import { analyseForCases, draftContentions, findWeakPoints, indexMap, type CaseGraph } from "../../../server/domain/cases";

const MAP_FILE = join(__dirname, "../../../data/maps/toloraya-2009.map.json");
const file: CruxJson = CruxJsonSchema.parse(JSON.parse(readFileSync(MAP_FILE, "utf8")));

/** The file as the API would serve it: excerpt ids `<owner>#<n>`, relation targets typed. */
function toGraph(map: CruxJson): CaseGraph {
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const excerpts = (owner: string, anchors: CruxJson["nodes"][number]["excerpts"]) => anchors.map((a, i) => ({ ...a, id: `${owner}#${i}` }));
  return {
    nodes: map.nodes.map((n) => ({ id: n.id, kind: n.kind, title: n.title, text: n.text, excerpts: excerpts(n.id, n.excerpts) })),
    relations: map.relations.map((r) => ({ ...r, targetType: nodeIds.has(r.target) ? ("node" as const) : ("relation" as const), excerpts: excerpts(r.id, r.excerpts) })),
  };
}

const graph = toGraph(file);
const analysis = analyseForCases(graph);
const grounded = computeAcceptance(graph, { semantics: "grounded" }).labels;
const gradual = computeAcceptance(graph, { semantics: "gradual" }).strengths!;
const kindOf = new Map(file.nodes.map((n) => [n.id, n.kind]));
const proposals = file.nodes.filter((n) => n.kind === "proposal");
const cases = proposals.flatMap((p) => (["for", "against"] as const).map((side) => [p.id, side] as const));

/** Written from DESIGN.md's relation table, not from the drafting code: the reasons the map states for or against. */
function statedReasons(target: string, side: "for" | "against") {
  const kind = side === "for" ? "supports" : "contradicts";
  return file.relations
    .map((r, order) => ({ r, order }))
    .filter(({ r }) => r.target === target && r.relation === kind && kindOf.get(r.source) !== "actor")
    .sort((x, y) => (y.r.strength ?? 1) - (x.r.strength ?? 1) || gradual[y.r.source]! - gradual[x.r.source]! || x.order - y.order)
    .map(({ r }) => r);
}

/** Everything that supports `id`, directly or down a chain of supports. */
function allSupporters(id: string, exclude: Set<string>): Set<string> {
  const found = new Set<string>();
  const visit = (node: string) => {
    for (const r of file.relations) {
      if (r.relation === "supports" && r.target === node && !exclude.has(r.source) && !found.has(r.source)) {
        found.add(r.source);
        visit(r.source);
      }
    }
  };
  visit(id);
  return found;
}

const quotesOf = (owner: string) => [...file.nodes, ...file.relations].find((x) => x.id === owner)!.excerpts.map((a) => a.quote);

describe("auto-draft on the Toloraya map", () => {
  test("the map has proposals with several reasons for and against (the test is not vacuous)", () => {
    expect(proposals.length).toBeGreaterThan(10);
    expect(Math.max(...proposals.map((p) => statedReasons(p.id, "for").length))).toBeGreaterThanOrEqual(3);
    expect(Math.max(...proposals.map((p) => statedReasons(p.id, "against").length))).toBeGreaterThanOrEqual(2);
    const drafts = cases.flatMap(([target, side]) => draftContentions(graph, { targetId: target, side }, analysis));
    expect(drafts.some((c) => c.objections.length > 0)).toBe(true);
    expect(drafts.some((c) => c.evidence.nodeIds.length > 0)).toBe(true);
  });

  test.each(cases)("%s, %s: exactly the reasons the map gives, in a stable order", (target, side) => {
    const draft = draftContentions(graph, { targetId: target, side }, analysis);
    expect(draft.map((c) => c.claimId)).toEqual(statedReasons(target, side).map((r) => r.source));
    expect(draftContentions(graph, { targetId: target, side }, analysis)).toEqual(draft);
  });

  test.each(cases)("%s, %s: each contention carries its own quotes, its link's, and its support chain with theirs", (target, side) => {
    const index = indexMap(graph);
    for (const [i, link] of statedReasons(target, side).entries()) {
      const contention = draftContentions(graph, { targetId: target, side }, analysis)[i]!;
      const backing = allSupporters(link.source, new Set([target, link.source]));
      expect(new Set(contention.evidence.nodeIds)).toEqual(backing);
      const quotes = contention.evidence.excerptIds.map((id) => index.excerpt(id)!.quote);
      const own = [...quotesOf(link.source), ...quotesOf(link.id)];
      expect(quotes.slice(0, own.length)).toEqual(own);
      const backingQuotes = [...backing].flatMap((id) => quotesOf(id));
      for (const quote of backingQuotes) expect(quotes).toContain(quote);
    }
  });

  test.each(cases)("%s, %s: weak points match the grounded analysis and the map's answers", (target, side) => {
    const contentions = draftContentions(graph, { targetId: target, side }, analysis).map((c, i) => ({ ...c, id: `k${i}` }));
    const points = findWeakPoints({ targetId: target, contentions }, indexMap(graph), analysis);
    const of = (kind: string) => points.filter((w) => w.kind === kind).map((w) => w.nodeId);
    expect(of("contention_not_accepted")).toEqual(contentions.map((c) => c.claimId).filter((id) => grounded[id] !== "accepted"));
    expect(of("no_quoted_evidence")).toEqual(contentions.filter((c) => c.evidence.excerptIds.length === 0).map((c) => c.claimId));
    const links = statedReasons(target, side);
    const unanswered = contentions.flatMap((c, i) => {
      const attacked = [c.claimId, links[i]!.id];
      const answered = (objection: string) =>
        file.relations.some((r) => r.relation === "contradicts" && r.source !== c.claimId && (r.target === objection || isAttack(r.target, objection, attacked)));
      return c.objections.filter((o) => !answered(o.nodeId)).map((o) => o.nodeId);
    });
    expect(of("unanswered_objection")).toEqual(unanswered);
    expect(of("missing_reference")).toEqual([]);
  });

  test("a worked example: the case against US-Russian cooperation is its one stated objection, with its quote", () => {
    const [contention, ...rest] = draftContentions(graph, { targetId: "p-us-russia-cooperation", side: "against" }, analysis);
    expect(rest).toEqual([]);
    expect(contention!.claimId).toBe("c-cooperation-wishful-thinking");
    const quotes = contention!.evidence.excerptIds.map((id) => indexMap(graph).excerpt(id)!.quote);
    expect(quotes).toEqual(expect.arrayContaining(quotesOf("c-cooperation-wishful-thinking")));
    expect(quotes.length).toBeGreaterThan(0);
  });
});

/** Whether `relationId` is the objection's attack on the contention (its claim or its link): undercutting it answers. */
function isAttack(relationId: string, objection: string, attacked: string[]): boolean {
  const r = file.relations.find((x) => x.id === relationId);
  return r !== undefined && r.relation === "contradicts" && r.source === objection && attacked.includes(r.target);
}
