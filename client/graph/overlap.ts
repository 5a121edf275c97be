import type { LayoutNode, Positions } from "./layout-input";

/**
 * Pushes overlapping boxes apart, so labels never sit on each other (force layouts treat nodes as points with a
 * repulsion, which leaves some overlap). Each pass finds overlapping pairs through a grid of cells as large as the
 * largest box, then moves both boxes apart by half the overlap along the axis where it is smallest. A jammed region
 * (boxes with no room to move into) does not clear by pushing, so after `passes` the whole layout is scaled up a
 * little and the pushing resumes, a few rounds at most. Pure; nodes without a position are ignored.
 */
export function removeOverlaps(nodes: LayoutNode[], positions: Positions, gap = 12, passes = 80): Positions {
  const boxes = nodes.filter((n) => positions[n.id]);
  let out: Positions = {};
  for (const n of boxes) out[n.id] = { ...(positions[n.id] as { x: number; y: number }) };
  for (let round = 0; round < 8; round += 1) {
    if (push(boxes, out, gap, passes)) break;
    out = scaleAbout(boxes, out, 1.15);
  }
  return out;
}

function scaleAbout(boxes: LayoutNode[], positions: Positions, factor: number): Positions {
  const n = Math.max(1, boxes.length);
  const cx = boxes.reduce((s, b) => s + (positions[b.id]?.x ?? 0), 0) / n;
  const cy = boxes.reduce((s, b) => s + (positions[b.id]?.y ?? 0), 0) / n;
  const out: Positions = {};
  for (const b of boxes) {
    const p = positions[b.id] as { x: number; y: number };
    out[b.id] = { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  }
  return out;
}

/** Up to `passes` rounds of pushing; true when no overlap is left. Moves the points in `out` in place. */
function push(boxes: LayoutNode[], out: Positions, gap: number, passes: number): boolean {
  const cell = Math.max(1, ...boxes.map((n) => Math.max(n.width, n.height))) + gap;
  for (let pass = 0; pass < passes; pass += 1) {
    const grid = new Map<string, LayoutNode[]>();
    for (const n of boxes) {
      const p = out[n.id] as { x: number; y: number };
      const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      const list = grid.get(key);
      if (list) list.push(n);
      else grid.set(key, [n]);
    }
    let moved = false;
    for (const a of boxes) {
      const pa = out[a.id] as { x: number; y: number };
      const cx = Math.floor(pa.x / cell);
      const cy = Math.floor(pa.y / cell);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const b of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (b.id <= a.id) continue;
            moved = separate(a, b, pa, out[b.id] as { x: number; y: number }, gap) || moved;
          }
        }
      }
    }
    if (!moved) return true;
  }
  return false;
}

function separate(a: LayoutNode, b: LayoutNode, pa: { x: number; y: number }, pb: { x: number; y: number }, gap: number): boolean {
  const overlapX = (a.width + b.width) / 2 + gap - Math.abs(pa.x - pb.x);
  const overlapY = (a.height + b.height) / 2 + gap - Math.abs(pa.y - pb.y);
  if (overlapX <= 0 || overlapY <= 0) return false;
  if (overlapX < overlapY) {
    const shift = (overlapX / 2 + 0.5) * (pa.x < pb.x || (pa.x === pb.x && a.id < b.id) ? 1 : -1);
    pa.x -= shift;
    pb.x += shift;
  } else {
    const shift = (overlapY / 2 + 0.5) * (pa.y < pb.y || (pa.y === pb.y && a.id < b.id) ? 1 : -1);
    pa.y -= shift;
    pb.y += shift;
  }
  return true;
}

/**
 * Scales a layout about its centre until the boxes cover at most `density` of its bounding area, so overlap removal
 * only nudges (a force layout of thousands of nodes comes out far too dense for boxes of text).
 */
export function spreadToDensity(nodes: LayoutNode[], positions: Positions, density = 0.3): Positions {
  const placed = nodes.filter((n) => positions[n.id]);
  if (placed.length < 2) return positions;
  const xs = placed.map((n) => (positions[n.id] as { x: number }).x);
  const ys = placed.map((n) => (positions[n.id] as { y: number }).y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const boxes = placed.reduce((sum, n) => sum + n.width * n.height, 0);
  const factor = Math.sqrt(boxes / density / area);
  if (factor <= 1) return positions;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const out: Positions = { ...positions };
  for (const n of placed) {
    const p = positions[n.id] as { x: number; y: number };
    out[n.id] = { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  }
  return out;
}
