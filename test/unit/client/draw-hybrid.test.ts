// A hybrid in the drawing: a taxon with two classification parents stands once, marked ×, and is
// joined to both parents (the tree keeps one parent each, so the second is drawn beside it).
import { describe, expect, it } from 'vitest';
import { draw, type DrawInput } from '../../../client/src/graph/draw.ts';
import { edge, taxon } from './factories.ts';

const elements = {
  nodes: [taxon('root', 'domain'), taxon('phy-t', 'phylum'), taxon('phy-c', 'phylum'), taxon('falcon', 'specimen', { label: 'Falcon H1R-7B', hybrid: true })],
  edges: [edge('phy-t', 'MEMBER_OF', 'root'), edge('phy-c', 'MEMBER_OF', 'root'), edge('falcon', 'MEMBER_OF', 'phy-c'), edge('falcon', 'MEMBER_OF', 'phy-t')],
};
const input = (over: Partial<DrawInput> = {}): DrawInput => ({
  elements,
  filters: { ranks: [], families: [], traits: [] },
  defaultEdges: ['MEMBER_OF'],
  hide: [],
  depth: 'all',
  open: [],
  reveal: [],
  carriers: new Map(),
  colors: new Map(),
  names: new Map(),
  limit: 1000,
  readableBudget: 100,
  ...over,
});

describe('drawing a hybrid', () => {
  it('draws it once, labelled with ×, joined to both of its parents', () => {
    const { elements: els } = draw(input());
    const falcon = els.filter((e) => e.data.id === 'falcon');
    expect(falcon).toHaveLength(1);
    expect(falcon[0]?.data.display).toBe('× Falcon H1R-7B');
    expect(falcon[0]?.classes).toContain('hybrid');
    const parents = els.filter((e) => e.group === 'edges' && e.data.source === 'falcon').map((e) => e.data.target as string);
    expect(parents.sort()).toEqual(['phy-c', 'phy-t']);
  });

  it('still joins it to the parent that is left when the other is hidden', () => {
    const { elements: els } = draw(input({ hide: ['phy-t'] }));
    const parents = els.filter((e) => e.group === 'edges' && e.data.source === 'falcon').map((e) => e.data.target as string);
    expect(parents).toContain('phy-c');
  });
});
