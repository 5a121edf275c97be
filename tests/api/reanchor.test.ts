import { useApiServer } from "../support/api-suite";
import { givenMap } from "../support/builders";
import { type TestServer } from "../support/test-server";

const { server, api } = useApiServer();

const TEXT =
  "Moscow has long argued for a multilateral approach to Korea. Russia would strongly support such a policy. " +
  "However, some in Moscow fear a US military presence near its borders. The talks should resume soon.";

/** A document with four anchored claims: the fixture every test edits. */
async function givenAnchoredDocument() {
  const m = await givenMap(api);
  const document = await m.document(TEXT);
  const anchor = async (quote: string) => {
    const node = await m.node({ title: quote.slice(0, 30) });
    const start = TEXT.indexOf(quote);
    const reply = await api.post("/api/v1/excerpts", { documentId: document.id, start, end: start + quote.length, quote, nodeId: node.id });
    if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    return reply.body;
  };
  const excerpts = {
    opening: await anchor("Moscow has long argued for a multilateral approach"),
    support: await anchor("Russia would strongly support such a policy."),
    fear: await anchor("some in Moscow fear a US military presence"),
    talks: await anchor("The talks should resume soon."),
  };
  return { m, document, excerpts };
}

const excerptNow = async (server: TestServer, id: string) => server.ctx.store.read.excerpts.find(id);

describe("editing a document's text re-anchors its excerpts", () => {
  test("insertions move excerpts, an edited quote is found approximately, a deleted passage is orphaned", async () => {
    const { m, document, excerpts } = await givenAnchoredDocument();
    const edited = `Preface. ${TEXT}`
      .replace("strongly support", "firmly support")
      .replace("However, some in Moscow fear a US military presence near its borders. ", "");
    const reply = await api.patch(`/api/v1/documents/${document.id}`, { text: edited }, { "if-match": '"1"' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ text: edited, version: 2 });

    const opening = await excerptNow(server, excerpts.opening.id);
    expect(opening).toMatchObject({ start: 9, quote: excerpts.opening.quote, orphaned: false, version: 2 });
    const support = await excerptNow(server, excerpts.support.id);
    expect(support).toMatchObject({ quote: "Russia would firmly support such a policy.", orphaned: false });
    expect(edited.slice(support?.start, support?.end)).toBe(support?.quote);
    const talks = await excerptNow(server, excerpts.talks.id);
    expect(edited.slice(talks?.start, talks?.end)).toBe("The talks should resume soon.");
    // The orphan keeps its old anchor (its quote is the evidence an editor needs), flagged, never dropped.
    const fear = await excerptNow(server, excerpts.fear.id);
    expect(fear).toMatchObject({ start: excerpts.fear.start, quote: excerpts.fear.quote, orphaned: true });

    const orphans = await api.get(`/api/v1/documents/${document.id}/orphans`);
    expect(orphans.status).toBe(200);
    expect(orphans.body.orphans.map((e: { id: string }) => e.id)).toEqual([excerpts.fear.id]);
    const graph = await m.graph();
    expect(graph.nodes.flatMap((n: { excerpts: { orphaned: boolean }[] }) => n.excerpts).filter((e: { orphaned: boolean }) => e.orphaned)).toHaveLength(1);

    const [revision] = (await api.get(`/api/v1/maps/${m.map.slug}/revisions?entityId=${document.id}`)).body.revisions;
    expect(revision.after.reanchored).toEqual({
      unchanged: 0,
      moved: expect.arrayContaining([
        // Three separate edits make one edited region from the preface to the deletion: the opening, inside it,
        // is found by its (unique) quote; the last excerpt, after it, keeps its position shifted.
        { excerptId: excerpts.opening.id, method: "quote" },
        { excerptId: excerpts.support.id, method: "approximate" },
        { excerptId: excerpts.talks.id, method: "position" },
      ]),
      orphaned: [excerpts.fear.id],
    });
  });

  test("an edit after every excerpt leaves them untouched", async () => {
    const { document, excerpts } = await givenAnchoredDocument();
    await api.patch(`/api/v1/documents/${document.id}`, { text: `${TEXT} Appendix.` }, { "if-match": '"1"' });
    expect(await excerptNow(server, excerpts.opening.id)).toMatchObject({ start: excerpts.opening.start, version: 1 });
    expect(await excerptNow(server, excerpts.talks.id)).toMatchObject({ start: excerpts.talks.start, suffix: " Appendix.", version: 2 });
  });

  test("a later edit that brings the passage back re-anchors the orphan by itself", async () => {
    const { document, excerpts } = await givenAnchoredDocument();
    const without = TEXT.replace("However, some in Moscow fear a US military presence near its borders. ", "");
    await api.patch(`/api/v1/documents/${document.id}`, { text: without }, { "if-match": '"1"' });
    expect((await excerptNow(server, excerpts.fear.id))?.orphaned).toBe(true);
    await api.patch(`/api/v1/documents/${document.id}`, { text: TEXT }, { "if-match": '"2"' });
    expect(await excerptNow(server, excerpts.fear.id)).toMatchObject({ start: excerpts.fear.start, orphaned: false });
    expect((await api.get(`/api/v1/documents/${document.id}/orphans`)).body.orphans).toEqual([]);
  });
});

describe("an editor places an orphan again", () => {
  async function givenOrphan() {
    const fixture = await givenAnchoredDocument();
    const edited = TEXT.replace("some in Moscow fear a US military presence", "some in Moscow dread American troops");
    await api.patch(`/api/v1/documents/${fixture.document.id}`, { text: edited }, { "if-match": '"1"' });
    const orphan = await excerptNow(server, fixture.excerpts.fear.id);
    expect(orphan?.orphaned).toBe(true);
    return { ...fixture, edited, orphan: orphan as NonNullable<typeof orphan> };
  }

  test("PATCH /excerpts/:id with the new offsets and quote clears orphaned", async () => {
    const { document, edited, orphan } = await givenOrphan();
    const quote = "some in Moscow dread American troops";
    const start = edited.indexOf(quote);
    const reply = await api.patch(`/api/v1/excerpts/${orphan.id}`, { start, end: start + quote.length, quote }, { "if-match": `"${orphan.version}"` });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ start, quote, orphaned: false, version: orphan.version + 1, prefix: edited.slice(start - 32, start) });
    expect(reply.headers.get("etag")).toBe(`"${orphan.version + 1}"`);
    expect((await api.get(`/api/v1/documents/${document.id}/orphans`)).body.orphans).toEqual([]);
  });

  test("a quote that is not the text at the offsets is refused with 422 and the excerpt stays orphaned", async () => {
    const { orphan } = await givenOrphan();
    const reply = await api.patch(`/api/v1/excerpts/${orphan.id}`, { start: 0, end: 6, quote: "Russia" }, { "if-match": `"${orphan.version}"` });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe("quote_mismatch");
    expect(await excerptNow(server, orphan.id)).toEqual(orphan);
  });

  test("the update needs If-Match and refuses a stale version", async () => {
    const { orphan } = await givenOrphan();
    const body = { start: 0, end: 6, quote: "Moscow" };
    expect((await api.patch(`/api/v1/excerpts/${orphan.id}`, body)).status).toBe(428);
    const stale = await api.patch(`/api/v1/excerpts/${orphan.id}`, body, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: orphan.id, orphaned: true });
  });

  test("orphans of a document that does not exist answer 404", async () => {
    expect((await api.get("/api/v1/documents/nope/orphans")).status).toBe(404);
  });
});
