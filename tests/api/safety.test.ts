import { useApiServer } from "../support/api-suite";
import { SAMPLE_TEXT, givenMap } from "../support/builders";

const { server, api } = useApiServer({ app: { jsonLimit: "64kb" } });

describe("bad input gets a clear error and changes nothing", () => {
  test("malformed JSON answers 400 malformed_json", async () => {
    const reply = await api.post("/api/v1/maps", "{ not json", { "content-type": "application/json" });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe("malformed_json");
  });

  test("a body that is not JSON answers 415", async () => {
    const reply = await api.post("/api/v1/maps", "slug=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(reply.status).toBe(415);
    expect(reply.body.code).toBe("unsupported_media_type");
  });

  test("an oversized body answers 413", async () => {
    const reply = await api.post("/api/v1/maps", { slug: "big", title: "x", description: "y".repeat(100_000) });
    expect(reply.status).toBe(413);
    expect(reply.body.code).toBe("payload_too_large");
  });

  test("unknown fields are rejected with their path", async () => {
    const reply = await api.post("/api/v1/maps", { slug: "ok-slug", title: "T", colour: "red" });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe("validation_failed");
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: "body" })]);
    expect(reply.body.errors[0].message).toMatch(/colour/);
  });

  test("every invalid field is listed at once", async () => {
    const m = await givenMap(api);
    const reply = await api.post(`/api/v1/maps/${m.map.slug}/nodes`, { kind: "opinion", title: "" });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.kind", "body.title"]);
  });

  test("unknown query parameters are rejected", async () => {
    const reply = await api.get("/api/v1/maps?sort=desc");
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].path).toBe("query");
  });

  test("an unknown API route answers problem+json 404", async () => {
    const reply = await api.get("/api/v1/nothing-here");
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe("not_found");
  });

  test("an excerpt whose quote is not the document's text answers 422 quote_mismatch and saves nothing", async () => {
    const m = await givenMap(api);
    const document = await m.document();
    const node = await m.node();
    const reply = await api.post("/api/v1/excerpts", { documentId: document.id, start: 0, end: 6, quote: "Moscow", nodeId: node.id });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe("quote_mismatch");
    expect(reply.body.detail).toContain('"Russia"');
    expect(await server.ctx.store.read.documents.excerpts(document.id)).toHaveLength(0);
  });

  test("an excerpt beyond the end of the document answers 422 excerpt_out_of_range", async () => {
    const m = await givenMap(api);
    const document = await m.document();
    const node = await m.node();
    const end = SAMPLE_TEXT.length + 5;
    const reply = await api.post("/api/v1/excerpts", { documentId: document.id, start: end - 3, end, quote: "abc", nodeId: node.id });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe("excerpt_out_of_range");
  });

  test("a valid excerpt is stored with its prefix and suffix computed from the text", async () => {
    const m = await givenMapAgain();
    const document = await m.document();
    const node = await m.node();
    const start = SAMPLE_TEXT.indexOf("some in Moscow");
    const reply = await api.post("/api/v1/excerpts", { documentId: document.id, start, end: start + 14, quote: "some in Moscow", nodeId: node.id });
    expect(reply.status).toBe(201);
    expect(reply.body.prefix).toBe(SAMPLE_TEXT.slice(start - 32, start));
    expect(reply.body.suffix).toBe(SAMPLE_TEXT.slice(start + 14, start + 46));
    expect((await api.get(`/api/v1/nodes/${node.id}`)).body.excerpts).toEqual([reply.body]);
  });

  test("editing a document's text re-anchors its excerpts instead of breaking them (issue 6; see reanchor.test.ts)", async () => {
    const m = await givenMap(api);
    const document = await m.document();
    const node = await m.node();
    await api.post("/api/v1/excerpts", { documentId: document.id, start: 0, end: 6, quote: "Russia", nodeId: node.id });
    const reply = await api.patch(`/api/v1/documents/${document.id}`, { text: `Moscow ${SAMPLE_TEXT}` }, { "if-match": '"1"' });
    expect(reply.status).toBe(200);
    expect((await api.get(`/api/v1/nodes/${node.id}`)).body.excerpts).toEqual([expect.objectContaining({ start: 7, end: 13, quote: "Russia", orphaned: false })]);
  });
});

async function givenMapAgain() {
  return givenMap(api);
}
