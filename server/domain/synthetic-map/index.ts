/**
 * Seeded synthetic maps for the benchmarks (bench/) and load tests. The generator works in stages over one growing
 * draft (draft.ts), each drawing from the same seeded stream, so the order of the stages is part of the output:
 * per section, actors and arguments (nodes.ts), the argument tree, cycles and actor relations (section.ts,
 * relations.ts), then the source document with its anchors (document.ts) and, if asked, positions (layout.ts).
 */
export { generateSyntheticMap, type SyntheticMapOptions } from "./generate";
export { seededRandom } from "./random";
