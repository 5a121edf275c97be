import type { RelationKind } from "../../server/contract/vocabulary";

/** What a layout needs to know of the graph: boxes and links, plain data (it crosses into a Web Worker). */
export interface LayoutNode {
  id: string;
  /** claim | proposal | actor, or "anchor" for an undercut's midpoint marker. */
  kind: string;
  width: number;
  height: number;
}
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  relation: RelationKind;
}
export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}
export type Point = { x: number; y: number };
export type Positions = Record<string, Point>;

/** Layouts computed from the graph (the fourth, "saved", is the stored positions). */
export type ComputedLayoutName = "hierarchy" | "force" | "actors";

/** Messages to and from the layout worker. */
export interface LayoutRequest {
  id: number;
  name: ComputedLayoutName;
  input: LayoutInput;
}
export type LayoutReply = { id: number; positions: Positions } | { id: number; error: string };
