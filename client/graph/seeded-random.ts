/**
 * Runs `work` with Math.random replaced by a seeded generator (mulberry32), so a force layout of the same map comes
 * out the same every time: a reader finds a node where they saw it last. fcose draws its initial positions from
 * Math.random and has no seed option. Layouts run synchronously, so nothing else observes the swap.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
