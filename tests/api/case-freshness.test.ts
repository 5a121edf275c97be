import { useApiServer } from "../support/api-suite";
import { givenMap } from "../support/builders";

const { api } = useApiServer();

describe("reading a case after the map changed", () => {
  test("is not stored by browsers: the case's version is unchanged, yet its weak points are the map's now", async () => {
    const m = await givenMap(api);
    const target = await m.node({ kind: "proposal", title: "Trilateral mechanism" });
    const reason = await m.node({ title: "Russia would back it" });
    await m.relate(reason.id, "supports", target.id);
    const made = (await api.post(`/api/v1/maps/${m.map.slug}/cases`, { title: "For", side: "for", targetId: target.id, draft: true })).body;
    const first = await api.get(`/api/v1/cases/${made.id}`);
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.body.weakPoints.map((w: { kind: string }) => w.kind)).toEqual(["no_quoted_evidence"]);

    const objection = await m.node({ title: "Moscow would not pay" });
    await m.relate(objection.id, "contradicts", reason.id);
    // Chromium kept the first answer (same ETag: the version) and revalidated it to a 304 with the old weak points;
    // no-store keeps it from storing the answer at all (tests/ui/cases-live.test.ts shows it in the browser).
    const again = await api.get(`/api/v1/cases/${made.id}`);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(first.body.version);
    expect(again.body.weakPoints.map((w: { kind: string; status?: string }) => [w.kind, w.status ?? null])).toEqual([
      ["contention_not_accepted", "rejected"],
      ["no_quoted_evidence", null],
    ]);
  });
});
