import type { CruxJsonNode } from "../../contract/crux-json";
import type { Argument } from "./draft";

/** A layered layout: sections on a grid, each argument in a band below what it answers, actors in rows beneath. */
export function placeSection(k: number, columns: number, args: Argument[], actors: CruxJsonNode[]): void {
  const perRow = 16;
  const origin = { x: (k % columns) * 3600, y: Math.floor(k / columns) * 3600 };
  const bands = new Map<number, Argument[]>();
  for (const arg of args) bands.set(Math.min(arg.depth, 12), [...(bands.get(Math.min(arg.depth, 12)) ?? []), arg]);
  let y = origin.y;
  for (const depth of [...bands.keys()].sort((a, b) => a - b)) {
    const band = bands.get(depth) as Argument[];
    band.forEach((arg, slot) => (arg.node.position = { x: origin.x + (slot % perRow) * 200, y: y + Math.floor(slot / perRow) * 100 }));
    y += Math.ceil(band.length / perRow) * 100 + 60;
  }
  actors.forEach((actor, i) => (actor.position = { x: origin.x + (i % perRow) * 200, y: y + 60 + Math.floor(i / perRow) * 80 }));
}
