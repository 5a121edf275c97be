/**
 * Debate cases (issue 7), pure: drafting a case from a map, checking what it names, finding its weak points, and
 * rendering it as a printable brief. The use cases (server/usecases/cases.ts) feed it the map and store the result.
 */
export { analyseForCases } from "./case-analysis";
export { indexMap, type CaseAnalysis, type CaseExcerpt, type CaseGraph, type CaseNode, type CaseRelation, type MapIndex } from "./case-graph";
export { draftContentions, supportChain, type DraftedContention, type DraftOptions } from "./auto-draft";
export { assertReferencesInMap, findReferenceProblems, CASE_REFERENCE_ERROR } from "./references";
export { findWeakPoints } from "./weak-points";
export { quoteInContext, prefixFromWordStart, suffixToWordEnd, type QuoteInContext, type QuotePlace } from "./quote-context";
export { assembleBrief, citationOf, formatDate, type Brief, type BriefDocument, type BriefInput } from "./brief-model";
export { briefFile, fileStem, type BriefFile } from "./brief-file";
export { renderBriefHtml, escapeHtml } from "./render-html";
export { renderBriefMarkdown, escapeMarkdown } from "./render-markdown";
export { renderBriefKialo } from "./render-kialo";
