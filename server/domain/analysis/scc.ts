import type { Csr } from "./csr";

/** Strongly connected components: `component[v]` for each vertex, numbered so that edges never go to a higher number. */
export interface Components {
  readonly component: Int32Array;
  readonly count: number;
}

/**
 * Tarjan's algorithm (SIAM J. Comput. 1(2), 1972), iterative so deep graphs do not overflow the stack.
 * Components come out in reverse topological order: a component is numbered before those that reach it, so an
 * edge `u → v` has `component[u] >= component[v]`.
 *
 * @example
 * // 0 → 1, 1 → 0, 1 → 2: component[2] = 0, component[0] = component[1] = 1.
 */
export function stronglyConnectedComponents(graph: Csr): Components {
  const size = graph.offsets.length - 1;
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const component = new Int32Array(size).fill(-1);
  const stack = new Int32Array(size);
  const callVertex = new Int32Array(size);
  const callEdge = new Int32Array(size);
  let stackTop = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < size; root += 1) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callVertex[0] = root;
    callEdge[0] = graph.offsets[root]!;
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    while (depth >= 0) {
      const v = callVertex[depth]!;
      const e = callEdge[depth]!;
      if (e < graph.offsets[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = graph.targets[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          depth += 1;
          callVertex[depth] = w;
          callEdge[depth] = graph.offsets[w]!;
        } else if (component[w] === -1) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--stackTop]!;
          component[w] = count;
        } while (w !== v);
        count += 1;
      }
      depth -= 1;
      if (depth >= 0) low[callVertex[depth]!] = Math.min(low[callVertex[depth]!]!, low[v]!);
    }
  }
  return { component, count };
}
