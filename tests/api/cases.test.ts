import { useApiServer } from "../support/api-suite";
import { givenMap } from "../support/builders";

const { api } = useApiServer();

const TEXT =
  "Russia would strongly support such a policy. A trilateral mechanism would lower the risk of a crisis. " +
  "However, some in Moscow fear a US military presence near its borders. Such fears are overblown.";

/**
 * A debate map built over the API: proposal T; a supports T (quoted), b supports T (0.6, unquoted);
 * o contradicts a (quoted), answered by ans (quoted); Russia (an actor) endorses T.
 */
async function givenDebate() {
  const m = await givenMap(api);
  const document = (await api.post(`/api/v1/maps/${m.map.slug}/documents`, {
    title: "A Russian Perspective on US-North Korea Relations",
    text: TEXT,
    authors: ["Georgy Toloraya"],
    venue: "The Asia-Pacific Journal: Japan Focus",
    date: "2009-02-09",
  })).body;
  const quote = async (nodeId: string, words: string) => {
    const start = TEXT.indexOf(words);
    const reply = await api.post("/api/v1/excerpts", { documentId: document.id, start, end: start + words.length, quote: words, nodeId });
    if (reply.status !== 201) throw new Error(`excerpt: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const T = await m.node({ kind: "proposal", title: "Trilateral mechanism", text: "Set up a trilateral US-China-Russia consultation mechanism." });
  const a = await m.node({ title: "Russia would back it" });
  const b = await m.node({ title: "It lowers crisis risk" });
  const o = await m.node({ title: "Moscow fears US presence" });
  const ans = await m.node({ title: "The fears are overblown" });
  const russia = await m.node({ kind: "actor", title: "Russia" });
  await m.relate(a.id, "supports", T.id);
  await m.relate(b.id, "supports", T.id, { strength: 0.6 });
  await m.relate(o.id, "contradicts", a.id);
  const answer = await m.relate(ans.id, "contradicts", o.id);
  await m.relate(russia.id, "endorses", T.id);
  const quotes = {
    a: await quote(a.id, "Russia would strongly support such a policy"),
    o: await quote(o.id, "some in Moscow fear a US military presence near its borders"),
    ans: await quote(ans.id, "Such fears are overblown"),
  };
  return { ...m, document, nodes: { T, a, b, o, ans, russia }, quotes, answer };
}

const contention = (claimId: string, extra: Record<string, unknown> = {}) => ({ claimId, ...extra });
const casesOf = async (slug: string) => (await api.get(`/api/v1/maps/${slug}/cases`)).body.cases;
const revisionsOf = async (slug: string, entityId: string) => (await api.get(`/api/v1/maps/${slug}/revisions?entityId=${entityId}`)).body.revisions;

describe("debate cases", () => {
  test("creates a case with its contentions, lists it, reads it back, and records the revision", async () => {
    const m = await givenDebate();
    const reply = await api.post(`/api/v1/maps/${m.map.slug}/cases`, {
      title: "Trilateral talks",
      side: "for",
      targetId: m.nodes.T.id,
      contentions: [contention(m.nodes.a.id, { evidence: { excerptIds: [m.quotes.a.id] }, tag: "Moscow is on board" })],
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get("etag")).toBe('"1"');
    expect(reply.headers.get("location")).toBe(`/api/v1/cases/${reply.body.id}`);
    expect(reply.body).toMatchObject({ title: "Trilateral talks", side: "for", targetId: m.nodes.T.id, mapId: m.map.id, notes: "", version: 1, weakPoints: [] });
    expect(reply.body.contentions).toEqual([
      { id: expect.any(String), claimId: m.nodes.a.id, tag: "Moscow is on board", evidence: { nodeIds: [], excerptIds: [m.quotes.a.id] }, objections: [], caveatIds: [], notes: "" },
    ]);
    expect((await api.get(`/api/v1/cases/${reply.body.id}`)).body).toEqual(reply.body);
    expect(await casesOf(m.map.slug)).toEqual([reply.body]);
    expect(await revisionsOf(m.map.slug, reply.body.id)).toEqual([expect.objectContaining({ entity: "case", action: "create" })]);
  });

  test("drafts the contentions from the map when draft is true, with quotes, objections, answers and weak points", async () => {
    const m = await givenDebate();
    const reply = await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Draft", side: "for", targetId: m.nodes.T.id, draft: true });
    expect(reply.status).toBe(201);
    const [first, second] = reply.body.contentions;
    expect(reply.body.contentions).toHaveLength(2);
    expect(first).toMatchObject({ claimId: m.nodes.a.id, evidence: { nodeIds: [], excerptIds: [m.quotes.a.id] }, objections: [{ nodeId: m.nodes.o.id, answerIds: [m.nodes.ans.id] }] });
    expect(second).toMatchObject({ claimId: m.nodes.b.id, evidence: { nodeIds: [], excerptIds: [] }, objections: [] });
    expect(reply.body.weakPoints).toEqual([
      expect.objectContaining({ kind: "no_quoted_evidence", contentionId: second.id, nodeId: m.nodes.b.id }),
    ]);
    const against = await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Against", side: "against", targetId: m.nodes.a.id, draft: true });
    expect(against.body.contentions.map((c: { claimId: string }) => c.claimId)).toEqual([m.nodes.o.id]);
    expect(against.body.contentions[0].objections).toEqual([{ nodeId: m.nodes.ans.id, answerIds: [], notes: "" }]);
  });

  test("edits are versioned: reorder, remove, add, annotate; a stale edit gets 409 with the current case and changes nothing", async () => {
    const m = await givenDebate();
    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Draft", side: "for", targetId: m.nodes.T.id, draft: true })).body;
    const [first, second] = created.contentions;
    const edit = {
      title: "Final case",
      notes: "Lead with risk.",
      contentions: [
        { ...second, tag: "Crisis risk", notes: "Ask for the 2008 numbers." },
        { claimId: m.nodes.ans.id, evidence: { excerptIds: [m.quotes.ans.id] } },
      ],
    };
    const updated = await api.patch(`/api/v1/cases/${created.id}`, edit, { "if-match": '"1"' });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).toBe('"2"');
    expect(updated.body).toMatchObject({ title: "Final case", notes: "Lead with risk.", version: 2 });
    expect(updated.body.contentions.map((c: { id: string }) => c.id)).toEqual([second.id, expect.any(String)]);
    expect(updated.body.contentions[1].id).not.toBe(first.id);
    expect(updated.body.contentions[0]).toMatchObject({ tag: "Crisis risk", notes: "Ask for the 2008 numbers." });

    const stale = await api.patch(`/api/v1/cases/${created.id}`, { title: "Someone else's" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("version_conflict");
    expect(stale.body.current).toEqual(updated.body);
    expect((await api.get(`/api/v1/cases/${created.id}`)).body).toEqual(updated.body);
    expect((await revisionsOf(m.map.slug, created.id)).map((r: { action: string }) => r.action)).toEqual(["update", "create"]);

    const blind = await api.patch(`/api/v1/cases/${created.id}`, { title: "Blind" });
    expect(blind.status).toBe(428);
    const viaBody = await api.patch(`/api/v1/cases/${created.id}`, { title: "Via body", expectedVersion: 2 });
    expect(viaBody.body.version).toBe(3);
  });

  test("deletes a case with If-Match; a stale delete is refused and the case survives", async () => {
    const m = await givenDebate();
    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Gone soon", side: "against", targetId: m.nodes.T.id })).body;
    await api.patch(`/api/v1/cases/${created.id}`, { notes: "edited meanwhile" }, { "if-match": '"1"' });
    const stale = await api.delete(`/api/v1/cases/${created.id}`, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: created.id, version: 2, notes: "edited meanwhile" });
    expect((await api.delete(`/api/v1/cases/${created.id}`, { "if-match": '"2"' })).status).toBe(204);
    expect((await api.get(`/api/v1/cases/${created.id}`)).status).toBe(404);
    expect(await casesOf(m.map.slug)).toEqual([]);
    expect((await revisionsOf(m.map.slug, created.id))[0]).toMatchObject({ action: "delete", entity: "case" });
  });

  test("weak points are computed on read, so they follow the map", async () => {
    const m = await givenDebate();
    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Draft", side: "for", targetId: m.nodes.T.id, draft: true })).body;
    const answerRelation = m.answer;
    expect((await api.delete(`/api/v1/relations/${answerRelation.id}`, { "if-match": `"${answerRelation.version}"` })).status).toBe(204);
    const read = (await api.get(`/api/v1/cases/${created.id}`)).body;
    expect(read.version).toBe(1);
    expect(read.weakPoints).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "contention_not_accepted", nodeId: m.nodes.a.id, status: "rejected" })]),
    );
    expect((await api.delete(`/api/v1/nodes/${m.nodes.ans.id}`, { "if-match": `"${m.nodes.ans.version}"` })).status).toBe(204);
    const afterDelete = (await api.get(`/api/v1/cases/${created.id}`)).body;
    expect(afterDelete.weakPoints).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "missing_reference", nodeId: m.nodes.ans.id })]));
  });

  test("exports the brief in every format with its media type and a file name", async () => {
    const m = await givenDebate();
    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Trilateral talks", side: "for", targetId: m.nodes.T.id, draft: true })).body;
    const html = await api.get(`/api/v1/cases/${created.id}/brief?format=html&date=2026-03-14`);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-disposition")).toBe('inline; filename="trilateral-talks-for.html"');
    for (const excerpt of [m.quotes.a, m.quotes.o, m.quotes.ans]) expect(html.body).toContain(`<mark>${excerpt.quote}</mark>`);
    expect(html.body).toContain("Georgy Toloraya, “A Russian Perspective on US-North Korea Relations”, The Asia-Pacific Journal: Japan Focus, 9 February 2009.");
    expect(html.body).toContain("14 March 2026");
    expect(html.body).toContain("Moscow fears US presence");

    const markdown = await api.get(`/api/v1/cases/${created.id}/brief?format=markdown`);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("content-disposition")).toBe('attachment; filename="trilateral-talks-for.md"');
    expect(markdown.body).toContain(`**${m.quotes.a.quote}**`);
    expect(markdown.body).toContain(`**Date:** `);

    const kialo = await api.get(`/api/v1/cases/${created.id}/brief?format=kialo`);
    expect(kialo.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(kialo.headers.get("content-disposition")).toBe('attachment; filename="trilateral-talks-for.kialo.txt"');
    expect(kialo.body.split("\n").slice(0, 6)).toEqual([
      "Discussion Title: Trilateral talks",
      "",
      "1. Set up a trilateral US-China-Russia consultation mechanism.",
      "1.1. Pro: A claim.",
      "1.1.1. Con: A claim.",
      "1.1.1.1. Con: A claim.",
    ]);

    expect((await api.get(`/api/v1/cases/${created.id}/brief`)).headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect((await api.get(`/api/v1/cases/${created.id}/brief?format=pdf`)).status).toBe(400);
  });

  test("the HTML brief quotes every excerpt of the case verbatim with its citation, and escapes map text", async () => {
    const m = await givenDebate();
    const evil = await m.node({ title: "<script>alert(1)</script>", text: "<script>alert(1)</script>" });
    await m.relate(evil.id, "supports", m.nodes.T.id);
    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, {
      title: "All quotes",
      side: "for",
      targetId: m.nodes.T.id,
      contentions: [contention(m.nodes.a.id, { evidence: { excerptIds: [m.quotes.a.id, m.quotes.o.id, m.quotes.ans.id] } }), contention(evil.id)],
    })).body;
    const html = (await api.get(`/api/v1/cases/${created.id}/brief?format=html`)).body as string;
    for (const excerpt of [m.quotes.a, m.quotes.o, m.quotes.ans]) expect(html).toContain(`<mark>${excerpt.quote}</mark>`);
    expect(html.match(/Georgy Toloraya, “A Russian Perspective on US-North Korea Relations”, The Asia-Pacific Journal: Japan Focus, 9 February 2009\./g)).toHaveLength(3);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("bad input is refused and nothing is written", () => {
  async function expectNothingWritten(slug: string, before: number) {
    expect(await casesOf(slug)).toEqual([]);
    expect((await api.get(`/api/v1/maps/${slug}`)).body.contentVersion).toBe(before);
  }

  test.each([
    ["an unknown target", (_ids: Record<string, string>) => ({ targetId: "no-such-node" }), 422, "targetId"],
    ["an actor as target", (ids: Record<string, string>) => ({ targetId: ids.russia }), 422, "targetId"],
    ["a bad side", (ids: Record<string, string>) => ({ targetId: ids.T, side: "neutral" }), 400, "side"],
    ["an unknown field", (ids: Record<string, string>) => ({ targetId: ids.T, colour: "red" }), 400, ""],
  ])("creating a case with %s answers %i", async (_name, body, status, path) => {
    const m = await givenDebate();
    const ids = Object.fromEntries(Object.entries(m.nodes).map(([k, v]) => [k, v.id as string]));
    const before = (await api.get(`/api/v1/maps/${m.map.slug}`)).body.contentVersion;
    const reply = await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Bad", side: "for", ...body(ids) });
    expect(reply.status).toBe(status);
    expect(reply.headers.get("content-type")).toMatch(/application\/problem\+json/);
    if (path) expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(`body.${path}`);
    await expectNothingWritten(m.map.slug, before);
  });

  test("a contention naming a node or excerpt of another map answers 422, on create and on edit", async () => {
    const m = await givenDebate();
    const other = await givenDebate();
    const before = (await api.get(`/api/v1/maps/${m.map.slug}`)).body.contentVersion;
    const create = await api.post(`/api/v1/maps/${m.map.slug}/cases`, {
      title: "Bad",
      side: "for",
      targetId: m.nodes.T.id,
      contentions: [contention(other.nodes.a.id), contention(m.nodes.a.id, { evidence: { excerptIds: [other.quotes.a.id] } })],
    });
    expect(create.status).toBe(422);
    expect(create.body.code).toBe("invalid_reference");
    expect(create.body.errors.map((e: { path: string }) => e.path)).toEqual(["body.contentions.0.claimId", "body.contentions.1.evidence.excerptIds.0"]);
    await expectNothingWritten(m.map.slug, before);

    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Good", side: "for", targetId: m.nodes.T.id, draft: true })).body;
    const edit = await api.patch(`/api/v1/cases/${created.id}`, { contentions: [...created.contentions, contention(m.nodes.russia.id)] }, { "if-match": '"1"' });
    expect(edit.status).toBe(422);
    expect(edit.body.errors).toEqual([{ path: "body.contentions.2.claimId", message: expect.stringContaining("actor") }]);
    expect((await api.get(`/api/v1/cases/${created.id}`)).body).toEqual(created);
  });

  test("draft and contentions together, duplicate contention ids, and an unknown case are refused", async () => {
    const m = await givenDebate();
    const both = await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Both", side: "for", targetId: m.nodes.T.id, draft: true, contentions: [] });
    expect(both.status).toBe(400);
    const twice = await api.post(`/api/v1/maps/${m.map.slug}/cases`, {
      title: "Twice",
      side: "for",
      targetId: m.nodes.T.id,
      contentions: [contention(m.nodes.a.id, { id: "k1" }), contention(m.nodes.b.id, { id: "k1" })],
    });
    expect(twice.status).toBe(400);
    expect(await casesOf(m.map.slug)).toEqual([]);
    expect((await api.get("/api/v1/cases/no-such-case")).status).toBe(404);
    expect((await api.get("/api/v1/cases/no-such-case/brief")).status).toBe(404);
    expect((await api.get("/api/v1/maps/no-such-map/cases")).status).toBe(404);
  });

  test("deleting the map deletes its cases", async () => {
    const m = await givenDebate();
    const created = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "Draft", side: "for", targetId: m.nodes.T.id, draft: true })).body;
    const map = (await api.get(`/api/v1/maps/${m.map.slug}`)).body;
    expect((await api.delete(`/api/v1/maps/${m.map.slug}`, { "if-match": `"${map.version}"` })).status).toBe(204);
    expect((await api.get(`/api/v1/cases/${created.id}`)).status).toBe(404);
  });
});
