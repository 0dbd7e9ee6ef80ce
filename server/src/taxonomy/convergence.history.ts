// One trait's reconstructed history as Cytoscape elements for the cladogram: each taxon with
// its state (carriers, reconstructed carriers, ambiguous ancestors) and each branch where the
// trait arose or was lost. On a large tree only the part that tells the story is drawn.
import type { ConvergenceData } from './convergence.records.ts';
import { edgeId } from './model.ts';
import type { EdgeData, Elements, NodeData } from './elements.ts';
import { AMBIGUOUS, PRESENT } from './parsimony/fitch.ts';
import type { TraitHistory } from './parsimony/history.ts';
import { parentsOf } from './parsimony/tree.ts';

/** Enough for a picture; past it the answer says `truncated`. */
export const HISTORY_NODE_LIMIT = 3000;

/**
 * How a taxon holds the trait: `recorded` (its own HAS_TRAIT or CONVERGES), `member` (a taxon
 * above it records it), `heritage` (inherited from another lineage), or `none`.
 */
export type Carrier = 'recorded' | 'member' | 'heritage' | 'none';

export function historyElements(data: ConvergenceData, history: TraitHistory, recorded: Uint8Array, limit = HISTORY_NODE_LIMIT): { elements: Elements; truncated: boolean } {
  const { tree } = data;
  const { forest, fitch } = history;
  const size = tree.taxa.length;
  const change = new Uint8Array(size); // 1 gain, 2 loss, on the branch above
  for (const v of fitch.gains) change[v] = 1;
  for (const v of fitch.lossesAt) change[v] = 2;
  const carrier = (v: number): Carrier => (history.inherited[v] ? 'heritage' : recorded[v] ? 'recorded' : history.carries[v] ? 'member' : 'none');

  // The story: every taxon not plainly absent, and its ancestors; then the absent children of
  // those, so each origin is seen beside its sisters that lack the trait.
  const keep = new Uint8Array(size);
  for (let i = forest.order.length - 1; i >= 0; i--) {
    const v = forest.order[i]!;
    if (fitch.states[v] !== 0 || change[v] || history.carries[v] || history.inherited[v]) keep[v] = 1;
    const p = forest.parent[v]!;
    if (keep[v] && p >= 0) keep[p] = 1;
  }
  const chosen: number[] = [];
  for (let i = 0; i < forest.order.length; i++) {
    const v = forest.order[i]!;
    if (keep[v]) chosen.push(v);
  }
  let truncated = chosen.length > limit;
  const included = new Uint8Array(size);
  for (const v of chosen.slice(0, limit)) included[v] = 1;
  let count = Math.min(chosen.length, limit);
  for (let i = 0; i < forest.order.length && count < limit; i++) {
    const v = forest.order[i]!;
    const p = forest.parent[v]!;
    if (!included[v] && p >= 0 && keep[p] && included[p]) {
      included[v] = 1;
      count++;
    }
  }
  if (count >= limit) truncated = truncated || forest.order.length > count;

  const nodes: { data: NodeData }[] = [];
  const edges: { data: EdgeData }[] = [];
  for (let i = 0; i < forest.order.length; i++) {
    const v = forest.order[i]!;
    if (!included[v]) continue;
    const taxon = tree.taxa[v]!;
    const family = data.families[v]?.[0];
    nodes.push({
      data: {
        id: taxon.id,
        label: taxon.name,
        kind: 'taxon',
        rank: taxon.rank,
        ...(family !== undefined && { family: tree.taxa[family]!.id, familyName: tree.taxa[family]!.name }),
        state: fitch.states[v] === AMBIGUOUS ? 'ambiguous' : fitch.states[v] === PRESENT ? 'present' : 'absent',
        shown: fitch.shown[v] === PRESENT,
        carrier: carrier(v),
        ...(change[v] === 1 && { origin: true }),
        ...(change[v] === 2 && { loss: true }),
      },
    });
    // Every classification edge between drawn taxa (a hybrid's too); the change sits on the one the parsimony used.
    for (const p of parentsOf(tree, v)) {
      if (!included[p]) continue;
      const used = forest.parent[v] === p;
      edges.push({
        data: {
          id: edgeId('MEMBER_OF', { from: taxon.id, to: tree.taxa[p]!.id }),
          source: taxon.id,
          target: tree.taxa[p]!.id,
          type: 'MEMBER_OF',
          ...(used && change[v] === 1 && { change: 'gain' }),
          ...(used && change[v] === 2 && { change: 'loss' }),
          ...(!used && { secondaryParent: true }),
        },
      });
    }
  }
  return { elements: { nodes, edges }, truncated };
}
