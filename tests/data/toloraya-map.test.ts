import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CruxJsonSchema, type CruxJson } from "../../server/contract/crux-json";
import type { NodeKind } from "../../server/contract/vocabulary";
import { anchorAt, assertQuoteMatches } from "../../server/domain/anchoring";
import { isRelationAllowed, type EndpointKind } from "../../server/domain/relation-rules";

const ROOT = join(__dirname, "..", "..");
const MAP_PATH = join(ROOT, "data/maps/toloraya-2009.map.json");
const SOURCE_PATH = join(ROOT, "data/sources/toloraya-2009-response.txt");
const META_PATH = join(ROOT, "data/sources/toloraya-2009-response.meta.json");

const raw: unknown = JSON.parse(readFileSync(MAP_PATH, "utf8"));
const sourceBytes = readFileSync(SOURCE_PATH);
const meta = JSON.parse(readFileSync(META_PATH, "utf8")) as {
  title: string;
  authors: string[];
  venue: string;
  dates: { forum: string; journal: string };
  url: string;
  citation: string;
  sha256: string;
};

/** Parsed once; the first test reports a parse failure in detail. */
const parsed = CruxJsonSchema.safeParse(raw);
const map: CruxJson = parsed.success ? parsed.data : (raw as CruxJson);
const nodes = map.nodes;
const relations = map.relations;
const nodesById = new Map(nodes.map((n) => [n.id, n]));
const relationsById = new Map(relations.map((r) => [r.id, r]));
const documentsById = new Map(map.documents.map((d) => [d.id, d]));
const claimsAndProposals = nodes.filter((n) => n.kind !== "actor");
const proposals = nodes.filter((n) => n.kind === "proposal");

function endpointKind(id: string): EndpointKind | undefined {
  return nodesById.get(id)?.kind ?? (relationsById.has(id) ? "relation" : undefined);
}

/** The words a node comes from, and its own text, for finding it by distinctive words. */
function wordsOf(node: CruxJson["nodes"][number]): string {
  return [node.title, node.text, ...node.excerpts.map((e) => e.quote)].join("\n");
}

function findByQuote(pattern: RegExp, kind?: NodeKind) {
  return nodes.filter((n) => (kind === undefined || n.kind === kind) && n.excerpts.some((e) => pattern.test(e.quote)));
}

const allExcerpts = [
  ...nodes.flatMap((n) => n.excerpts.map((e) => ({ owner: n.id, excerpt: e }))),
  ...relations.flatMap((r) => r.excerpts.map((e) => ({ owner: r.id, excerpt: e }))),
];

describe("the Toloraya map (data/maps/toloraya-2009.map.json)", () => {
  test("parses as crux-json with the slug toloraya-2009", () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(map.format).toBe("crux-json");
    expect(map.map.slug).toBe("toloraya-2009");
    expect(map.documents).toHaveLength(1);
  });

  test("carries the source document verbatim, byte for byte", () => {
    const text = map.documents[0]?.text ?? "";
    expect(Buffer.from(text, "utf8").equals(sourceBytes)).toBe(true);
  });

  test("keeps the source file identical to the one its metadata describes", () => {
    expect(createHash("sha256").update(sourceBytes).digest("hex")).toBe(meta.sha256);
  });

  test("describes the document with the source's metadata", () => {
    const doc = map.documents[0];
    expect(doc).toMatchObject({
      title: meta.title,
      authors: meta.authors,
      venue: meta.venue,
      date: meta.dates.journal,
      url: meta.url,
      citation: meta.citation,
    });
    expect(meta.authors).toEqual(["Georgy Toloraya"]);
    expect(meta.dates).toEqual({ forum: "2009-02-04", journal: "2009-02-09" });
    expect(meta.venue).toMatch(/Asia-Pacific Journal: Japan Focus/);
  });

  test("anchors every excerpt at offsets whose text is exactly its quote, with its context as prefix and suffix", () => {
    expect(allExcerpts.length).toBeGreaterThan(0);
    for (const { owner, excerpt } of allExcerpts) {
      const doc = documentsById.get(excerpt.documentId);
      if (!doc) throw new Error(`${owner}: excerpt points to a missing document ${excerpt.documentId}`);
      expect(() => assertQuoteMatches(doc.text, excerpt)).not.toThrow();
      const expected = anchorAt(doc.text, excerpt.start, excerpt.end);
      expect({ owner, prefix: excerpt.prefix, suffix: excerpt.suffix }).toEqual({ owner, prefix: expected.prefix, suffix: expected.suffix });
    }
  });

  test("gives every claim and proposal an excerpt or a stated reason for having none", () => {
    const bare = claimsAndProposals.filter((n) => n.excerpts.length === 0 && !n.unanchoredReason?.trim()).map((n) => n.id);
    expect(bare).toEqual([]);
  });

  test("allows only the relations of DESIGN.md's table between existing endpoints", () => {
    const broken = relations
      .map((r) => {
        const source = nodesById.get(r.source)?.kind;
        const target = endpointKind(r.target);
        if (!source || !target) return `${r.id}: missing endpoint`;
        if (r.source === r.target) return `${r.id}: relates a node to itself`;
        return isRelationAllowed(r.relation, source, target) ? null : `${r.id}: ${r.relation} from ${source} to ${target}`;
      })
      .filter((problem) => problem !== null);
    expect(broken).toEqual([]);
  });

  test("gives every proposal at least one reason: a supports relation into it", () => {
    const unsupported = proposals.filter((p) => !relations.some((r) => r.relation === "supports" && r.target === p.id)).map((p) => p.id);
    expect(proposals.length).toBeGreaterThan(0);
    expect(unsupported).toEqual([]);
  });

  test("starts every endorses, opposes and proposes relation at an actor, and ends every concerns relation at one", () => {
    const stances = relations.filter((r) => ["endorses", "opposes", "proposes"].includes(r.relation));
    expect(stances.length).toBeGreaterThan(0);
    expect(stances.filter((r) => nodesById.get(r.source)?.kind !== "actor").map((r) => r.id)).toEqual([]);
    const concerns = relations.filter((r) => r.relation === "concerns");
    expect(concerns.filter((r) => nodesById.get(r.target)?.kind !== "actor").map((r) => r.id)).toEqual([]);
    const actorSourced = relations.filter((r) => nodesById.get(r.source)?.kind === "actor");
    expect(actorSourced.filter((r) => !["endorses", "opposes", "proposes"].includes(r.relation)).map((r) => r.id)).toEqual([]);
  });

  test("leaves no node without a relation", () => {
    const linked = new Set(relations.flatMap((r) => [r.source, r.target]));
    expect(nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  test("uses unique ids and unique titles of at most 80 characters", () => {
    const ids = [...nodes.map((n) => n.id), ...relations.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const titles = nodes.map((n) => n.title.trim().toLowerCase());
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(nodes.filter((n) => n.title.length > 80).map((n) => n.title)).toEqual([]);
  });

  test("attributes every reported view to an actor who endorses it", () => {
    const reported = claimsAndProposals.filter((n) => n.tags.includes("reported-view"));
    expect(reported.length).toBeGreaterThan(0);
    const unattributed = reported.filter(
      (n) => !relations.some((r) => r.relation === "endorses" && r.target === n.id && nodesById.get(r.source)?.kind === "actor"),
    );
    expect(unattributed.map((n) => n.id)).toEqual([]);
  });

  test("groups linked premises in groups of two or more that share one target", () => {
    const groups = new Map<string, typeof relations>();
    for (const r of relations) if (r.group) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    for (const [group, members] of groups) {
      expect({ group, size: members.length >= 2 }).toEqual({ group, size: true });
      expect({ group, targets: new Set(members.map((m) => `${m.relation} ${m.target}`)).size }).toEqual({ group, targets: 1 });
    }
  });

  test("contains each of the five bulleted proposals", () => {
    const bullets: Record<string, RegExp> = {
      "policy coordination": /policy coordination through political, diplomatic and track 2 channels/,
      "permanent US-Russian channel": /permanent channel of US-Russian communication/,
      "trilateral mechanism": /trilateral – US-China-Russia consultation mechanism/,
      "Nunn-Lugar dismantlement": /Nunn-Lugar/,
      "regional mechanisms": /regional security and cooperation mechanisms/,
      "economic coordination": /economic assistance and development of North Korea/,
    };
    const missing = Object.entries(bullets).filter(([, pattern]) => findByQuote(pattern, "proposal").length === 0).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  test("contains the other proposals the text puts forward and their stages", () => {
    const wanted: Record<string, RegExp> = {
      "policy goal changed to peace": /far-reaching process of creating peace/,
      "Obama-Medvedev agenda": /Obama-Medvedev cooperation should not be limited/,
      "scenarios for North Korea's evolution": /future scenarios for North Korea's evolution/,
      "no pause in cooperation": /should not lead to a pause/,
      "expert communities": /expert communities of the two countries/,
      "other WMD": /other North Korean WMD/,
      "later stage: conventional arms and CBM": /conventional armaments and CBM regime/,
    };
    const missing = Object.entries(wanted).filter(([, pattern]) => findByQuote(pattern, "proposal").length === 0).map(([name]) => name);
    expect(missing).toEqual([]);
    const nunnLugar = findByQuote(/Nunn-Lugar/, "proposal")[0];
    const stages = relations.filter((r) => r.relation === "part_of" && r.target === nunnLugar?.id);
    expect(stages.length).toBeGreaterThanOrEqual(2);
  });

  test("undercuts at least one relation with a contradicts relation", () => {
    const undercuts = relations.filter((r) => r.relation === "contradicts" && relationsById.has(r.target));
    expect(undercuts.length).toBeGreaterThanOrEqual(1);
  });

  test("limits at least one claim or proposal with a qualifies relation", () => {
    expect(relations.filter((r) => r.relation === "qualifies").length).toBeGreaterThanOrEqual(1);
  });

  test("answers the 'linear' logic objection with a contradicts relation", () => {
    const [answer] = findByQuote(/'linear' logic/, "claim");
    const [objection] = findByQuote(/mere wishful thinking/, "claim");
    expect(answer).toBeDefined();
    expect(objection).toBeDefined();
    const answers = relations.filter(
      (r) =>
        r.relation === "contradicts" &&
        r.source === answer?.id &&
        (r.target === objection?.id || relationsById.get(r.target)?.source === objection?.id),
    );
    expect(answers.length).toBeGreaterThanOrEqual(1);
  });

  test("records the Moscow conservatives' fear as their view and contradicts it", () => {
    const [fear] = findByQuote(/some Moscow conservatives fear/, "claim");
    const conservatives = nodes.find((n) => n.kind === "actor" && /Moscow conservatives/.test(wordsOf(n)));
    expect(relations.some((r) => r.relation === "endorses" && r.source === conservatives?.id && r.target === fear?.id)).toBe(true);
    expect(relations.some((r) => r.relation === "contradicts" && r.target === fear?.id)).toBe(true);
  });

  test("maps the text at the scale of its argument", () => {
    const count = (kind: NodeKind) => nodes.filter((n) => n.kind === kind).length;
    expect(count("claim")).toBeGreaterThanOrEqual(50);
    expect(count("claim") + count("proposal")).toBeGreaterThanOrEqual(80);
    expect(count("actor")).toBeGreaterThanOrEqual(12);
    for (const name of ["Russia", "United States", "North Korea", "China", "Japan", "South Korea", "NATO", "Moscow conservatives", "John Delury", "Georgy Toloraya"]) {
      expect({ name, found: nodes.some((n) => n.kind === "actor" && n.title === name) }).toEqual({ name, found: true });
    }
  });
});
