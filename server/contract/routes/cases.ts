import { z } from "zod";
import { BriefQuerySchema, CaseListSchema, CaseSchema, CreateCaseSchema, UpdateCaseSchema } from "../case";
import { IdSchema } from "../vocabulary";
import { defineRoutes } from "./route-spec";

const MapParams = z.strictObject({ map: z.string().min(1).max(100).describe("Map slug or id") });
const IdParams = z.strictObject({ id: IdSchema });
const ok = (schema: z.ZodType) => ({ description: "OK", schema });

/** Issue 7: debate cases and their printable briefs. */
export const CASE_ROUTES = defineRoutes({
  listCases: { method: "get", path: "/api/v1/maps/{map}/cases", summary: "List a map's debate cases", tag: "cases", params: MapParams, responses: { 200: ok(CaseListSchema) } },
  createCase: {
    method: "post",
    path: "/api/v1/maps/{map}/cases",
    summary: "Create a debate case for or against a proposal or claim (draft: true drafts it from the map)",
    tag: "cases",
    write: true,
    params: MapParams,
    body: CreateCaseSchema,
    responses: { 201: { description: "Created", schema: CaseSchema } },
  },
  getCase: { method: "get", path: "/api/v1/cases/{id}", summary: "One case with its weak points", tag: "cases", params: IdParams, responses: { 200: ok(CaseSchema) } },
  updateCase: {
    method: "patch",
    path: "/api/v1/cases/{id}",
    summary: "Edit a case: title, notes, or the whole ordered list of contentions",
    tag: "cases",
    write: true,
    ifMatch: true,
    params: IdParams,
    body: UpdateCaseSchema,
    responses: { 200: ok(CaseSchema) },
  },
  deleteCase: { method: "delete", path: "/api/v1/cases/{id}", summary: "Delete a case", tag: "cases", write: true, ifMatch: true, params: IdParams, responses: { 204: { description: "Deleted" } } },
  getCaseBrief: {
    method: "get",
    path: "/api/v1/cases/{id}/brief",
    summary: "The case as a printable brief: HTML (text/html), Markdown (text/markdown) or a Kialo outline (text/plain)",
    tag: "cases",
    params: IdParams,
    query: BriefQuerySchema,
    responses: { 200: { description: "The brief, as an attachment with a file name (HTML inline, for printing)", schema: z.string(), contentType: "text/html" } },
  },
});
