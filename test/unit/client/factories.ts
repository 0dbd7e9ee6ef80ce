// Small factories for graph answers: a taxon, a trait, an edge, and a little classification.
import type { EdgeData, EdgeType, Elements, NodeData, Rank } from '../../../client/src/api/types.ts';

export const taxon = (id: string, rank: Rank, extra: Partial<NodeData> = {}): { data: NodeData } => ({
  data: { id, label: extra.label ?? id, kind: 'taxon', rank, confidence: 'high', ...extra },
});

export const trait = (id: string): { data: NodeData } => ({ data: { id, label: id, kind: 'trait', confidence: 'high' } });

export const edge = (source: string, type: EdgeType, target: string, extra: Partial<EdgeData> = {}): { data: EdgeData } => ({
  data: { id: `${source}~${type}~${target}`, source, target, type, confidence: 'high', ...extra },
});

/**
 * root ─ fam-a ─ gen-a ─ sp-a1 ─ spec-a1x
 *      │              └ sp-a2
 *      └ fam-b ─ spec-b1 (a model placed straight in its family)
 * plus sp-a1 and spec-b1 converging on trait-t, and fam-b inheriting from fam-a.
 */
export function smallTaxonomy(): Elements {
  return {
    nodes: [
      taxon('root', 'domain'),
      taxon('fam-a', 'family', { family: 'fam-a' }),
      taxon('gen-a', 'genus', { family: 'fam-a' }),
      taxon('sp-a1', 'species', { family: 'fam-a', commonNames: ['Model One'] }),
      taxon('sp-a2', 'species', { family: 'fam-a' }),
      taxon('spec-a1x', 'specimen', { family: 'fam-a' }),
      taxon('fam-b', 'family', { family: 'fam-b' }),
      taxon('spec-b1', 'specimen', { family: 'fam-b', confidence: 'low' }),
      trait('trait-t'),
    ],
    edges: [
      edge('fam-a', 'MEMBER_OF', 'root'),
      edge('gen-a', 'MEMBER_OF', 'fam-a'),
      edge('sp-a1', 'MEMBER_OF', 'gen-a'),
      edge('sp-a2', 'MEMBER_OF', 'gen-a'),
      edge('spec-a1x', 'MEMBER_OF', 'sp-a1'),
      edge('fam-b', 'MEMBER_OF', 'root'),
      edge('spec-b1', 'MEMBER_OF', 'fam-b'),
      edge('sp-a1', 'CONVERGES', 'trait-t'),
      edge('spec-b1', 'CONVERGES', 'trait-t', { confidence: 'medium' }),
      edge('fam-b', 'HERITAGE', 'fam-a', { id: 'fam-b~HERITAGE~fam-a~trait-t', trait: 'trait-t' }),
    ],
  };
}
