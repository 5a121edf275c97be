import { z } from "zod";
import {
  AcceptanceQuerySchema,
  AcceptanceResultSchema,
  ActorViewSchema,
  CruxReportSchema,
  ExplainQuerySchema,
  ExplanationSchema,
  StanceMatrixSchema,
  WarningsReportSchema,
  parseAssumeParam,
} from "../../../server/contract/analysis";
import { computeAcceptance, evaluateActorView } from "../../../server/domain/analysis";
import { framework } from "./map-builder";

describe("analysis contract", () => {
  test("the acceptance query defaults to grounded semantics and parses the assume parameter into a record", () => {
    expect(AcceptanceQuerySchema.parse({})).toEqual({ semantics: "grounded" });
    expect(AcceptanceQuerySchema.parse({ semantics: "stable", assume: "c1:accepted, c2:rejected", maxMs: "250" })).toEqual({
      semantics: "stable", assume: { c1: "accepted", c2: "rejected" }, maxMs: 250,
    });
  });

  test("ids containing colons are split at the last colon", () => {
    expect(parseAssumeParam("urn:node:7:rejected")).toEqual({ assumptions: { "urn:node:7": "rejected" }, errors: [] });
    // Ids that are names on Object.prototype are ids like any other (a fuzzed URL round trip found "constructor" refused).
    const { assumptions, errors } = parseAssumeParam("constructor:accepted,__proto__:rejected,toString:accepted");
    expect(errors).toEqual([]);
    expect(Object.entries(assumptions)).toEqual([["constructor", "accepted"], ["__proto__", "rejected"], ["toString", "accepted"]]);
  });

  test("each bad assume entry gets its own clear message", () => {
    const result = AcceptanceQuerySchema.safeParse({ assume: "c1:maybe,c2,c3:accepted,c3:rejected,:accepted" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["assume", '"c1:maybe": the status must be accepted or rejected'],
      ["assume", '"c2" is not of the form id:accepted or id:rejected'],
      ["assume", '"c3" is assumed both accepted and rejected'],
      ["assume", '":accepted" is not of the form id:accepted or id:rejected'],
    ]);
  });

  test("an unknown semantics is refused", () => {
    expect(AcceptanceQuerySchema.safeParse({ semantics: "ideal" }).success).toBe(false);
  });

  test("results of every semantics fit the acceptance result schema and omit actors", () => {
    const map = framework("a contradicts b", "b contradicts a", "russia endorses a");
    for (const semantics of ["grounded", "preferred", "stable", "gradual"] as const) {
      const result = computeAcceptance(map, { semantics });
      expect(AcceptanceResultSchema.parse(result)).toEqual(result);
      expect(Object.keys(result.labels)).toEqual(["a", "b"]);
    }
    expect(ActorViewSchema.safeParse(evaluateActorView(map, "russia")).success).toBe(true);
  });

  test("every schema converts to JSON Schema for the OpenAPI document", () => {
    for (const schema of [AcceptanceQuerySchema, ExplainQuerySchema]) expect(() => z.toJSONSchema(schema, { io: "input" })).not.toThrow();
    for (const schema of [AcceptanceResultSchema, ExplanationSchema, StanceMatrixSchema, CruxReportSchema, WarningsReportSchema]) {
      expect(() => z.toJSONSchema(schema)).not.toThrow();
    }
  });
});
