// Joins graph answers (a view and the neighbours the reader expanded), each element once.
import type { Elements } from '../api/types.ts';

export function mergeElements(...answers: Elements[]): Elements {
  if (answers.length === 1) return answers[0] as Elements;
  const nodes = new Map<string, Elements['nodes'][number]>();
  const edges = new Map<string, Elements['edges'][number]>();
  for (const answer of answers) {
    for (const n of answer.nodes) if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
    for (const e of answer.edges) if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  }
  // An edge is drawn only between nodes that are there.
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)) };
}
