import type { LayoutInput, LayoutNode, Point, Positions } from "./layout-input";

/** Which actor a node belongs with, strongest tie first. */
const TIE_ORDER = ["proposes", "endorses", "opposes", "concerns"] as const;
const GAP = 28;

/**
 * "Grouped by actor": every claim and proposal joins the cluster of one actor (the one that proposes it, else
 * endorses, else opposes, else that it concerns; among equals, the actor with most ties), laid out in rings around
 * that actor; nodes with no actor form their own cluster. Clusters are packed in rows, largest first. Pure and
 * linear, so it runs on the main thread even for thousands of nodes. Undercut anchors are left to the caller.
 */
export function groupByActor(input: LayoutInput): Positions {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const actors = input.nodes.filter((n) => n.kind === "actor");
  const degree = new Map<string, number>();
  for (const e of input.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const home = new Map<string, { actor: string; rank: number }>();
  for (const e of input.edges) {
    const rank = (TIE_ORDER as readonly string[]).indexOf(e.relation);
    if (rank < 0) continue;
    const [actor, member] = e.relation === "concerns" ? [e.target, e.source] : [e.source, e.target];
    if (byId.get(actor)?.kind !== "actor" || byId.get(member)?.kind === "actor") continue;
    const current = home.get(member);
    const better = !current || rank < current.rank || (rank === current.rank && (degree.get(actor) ?? 0) > (degree.get(current.actor) ?? 0));
    if (better) home.set(member, { actor, rank });
  }
  const clusters = new Map<string, LayoutNode[]>(actors.map((a) => [a.id, []]));
  const homeless: LayoutNode[] = [];
  for (const node of input.nodes) {
    if (node.kind === "actor" || node.kind === "anchor") continue;
    const h = home.get(node.id);
    if (h) clusters.get(h.actor)?.push(node);
    else homeless.push(node);
  }
  const laid = [...clusters].map(([actor, members]) => ringCluster(byId.get(actor) ?? null, members));
  if (homeless.length > 0) laid.push(ringCluster(null, homeless));
  return packRows(laid.sort((a, b) => b.size - a.size));
}

interface Cluster {
  positions: Positions;
  size: number;
  radius: number;
}

/** The centre node, then its members on rings just wide enough for their boxes, proposals innermost. */
function ringCluster(centre: LayoutNode | null, members: LayoutNode[]): Cluster {
  const positions: Positions = {};
  if (centre) positions[centre.id] = { x: 0, y: 0 };
  const order: Record<string, number> = { proposal: 0, claim: 1 };
  const queue = [...members].sort((a, b) => (order[a.kind] ?? 2) - (order[b.kind] ?? 2));
  const halfDiagonal = (n: LayoutNode) => Math.hypot(n.width, n.height) / 2;
  if (!centre && queue.length === 1) {
    const only = queue[0] as LayoutNode;
    positions[only.id] = { x: 0, y: 0 };
    return { positions, size: 1, radius: halfDiagonal(only) };
  }
  let reach = centre ? halfDiagonal(centre) : 0;
  while (queue.length > 0) {
    const sample = queue.slice(0, 16);
    const width = Math.max(...sample.map((n) => n.width));
    const clearance = Math.max(...sample.map(halfDiagonal));
    const radius = reach + GAP + clearance;
    const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / (width + GAP)));
    const ring = queue.splice(0, capacity);
    ring.forEach((node, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      positions[node.id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
    reach = radius + clearance;
  }
  return { positions, size: members.length, radius: Math.max(reach, 60) };
}

/** Shelf packing: clusters left to right in rows about as wide as the whole is tall. */
function packRows(clusters: Cluster[]): Positions {
  const area = clusters.reduce((sum, c) => sum + (2 * c.radius + GAP) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.4, ...clusters.map((c) => 2 * c.radius));
  const positions: Positions = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const cluster of clusters) {
    const span = 2 * cluster.radius + GAP * 2;
    if (x > 0 && x + span > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const centre: Point = { x: x + span / 2, y: y + span / 2 };
    for (const [id, p] of Object.entries(cluster.positions)) positions[id] = { x: centre.x + p.x, y: centre.y + p.y };
    x += span;
    rowHeight = Math.max(rowHeight, span);
  }
  return positions;
}
