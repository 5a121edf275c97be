import type { Case, Contention } from "../../server/contract/case";

/** A contention as the server returns it: `aContention("k1", "c1", { tag: "…" })`. */
export function aContention(id: string, claimId: string, overrides: Partial<Contention> = {}): Contention {
  return { id, claimId, tag: "", evidence: { nodeIds: [], excerptIds: [] }, objections: [], caveatIds: [], notes: "", ...overrides };
}

/** A case for p1 of the sample graph (tests/client/graph-fixture.ts), with defaults. */
export function aCase(overrides: Partial<Case> = {}): Case {
  const now = "2026-01-01T00:00:00.000Z";
  return {
    id: "case-1",
    mapId: "m",
    title: "For engagement",
    side: "for",
    targetId: "p1",
    contentions: [aContention("k1", "c1"), aContention("k2", "c2")],
    notes: "",
    version: 1,
    createdAt: now,
    updatedAt: now,
    weakPoints: [],
    ...overrides,
  };
}
