import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { draw, type DrawInput } from '../../../client/src/graph/draw.ts';
import { traitCarriers } from '../../../client/src/graph/filters.ts';
import { NO_FAMILY_COLOR } from '../../../client/src/graph/model.ts';
import { edge, smallTaxonomy, taxon } from './factories.ts';

const elements = smallTaxonomy();
const input = (over: Partial<DrawInput> = {}): DrawInput => ({
  elements,
  filters: { ranks: [], families: [], traits: [] },
  defaultEdges: ['MEMBER_OF', 'HERITAGE', 'CONVERGES'],
  hide: [],
  depth: 'all',
  open: [],
  reveal: [],
  carriers: traitCarriers(elements),
  colors: new Map([
    ['fam-a', '#111111'],
    ['fam-b', '#222222'],
  ]),
  names: new Map([['trait-t', 'Tool use']]),
  limit: 1000,
  readableBudget: 100,
  ...over,
});
const ids = (els: ElementDefinition[], group: 'nodes' | 'edges') => els.filter((e) => e.group === group).map((e) => e.data.id as string).sort();
const byId = (els: ElementDefinition[], id: string) => els.find((e) => e.data.id === id);

describe('building Cytoscape elements from an answer', () => {
  it('gives each node its family colour, rank and confidence classes, and a label with its common name', () => {
    const { elements: els } = draw(input());
    const species = byId(els, 'sp-a1');
    const model = byId(els, 'spec-b1');

    expect(species?.data.color).toBe('#111111');
    expect(species?.data.display).toBe('sp-a1\nModel One');
    expect(species?.classes).toBe('kind-taxon rank-species conf-high');
    expect(model?.classes).toContain('conf-low');
    expect(byId(els, 'root')?.data.color).toBe(NO_FAMILY_COLOR);
  });

  it('marks edges by type and confidence, and captions a heritage edge with its trait', () => {
    const { elements: els } = draw(input());

    expect(byId(els, 'spec-b1~CONVERGES~trait-t')?.classes).toBe('type-CONVERGES conf-medium');
    expect(byId(els, 'fam-b~HERITAGE~fam-a~trait-t')?.data.caption).toBe('Heritage: Tool use');
  });

  it('draws only the edge types asked for, and drops a trait left with no edge', () => {
    const { elements: els } = draw(input({ filters: { ranks: [], families: [], traits: [], edges: ['MEMBER_OF'] } }));

    expect(ids(els, 'edges').every((id) => id.includes('MEMBER_OF'))).toBe(true);
    expect(byId(els, 'trait-t')).toBeUndefined();
  });

  it('keeps an edge the reader expanded even when its type is filtered out', () => {
    const { elements: els } = draw(input({ filters: { ranks: [], families: [], traits: [], edges: ['MEMBER_OF'] }, forcedEdges: new Set(['sp-a1~CONVERGES~trait-t']) }));

    expect(byId(els, 'sp-a1~CONVERGES~trait-t')).toBeDefined();
    expect(byId(els, 'trait-t')).toBeDefined();
  });

  it('folds edges onto the drawn clades and bundles the ones that meet', () => {
    const { elements: els } = draw(input({ depth: 'family' }));

    const bundled = byId(els, 'fam-a~CONVERGES~trait-t~folded');
    expect(bundled?.data).toMatchObject({ source: 'fam-a', target: 'trait-t', count: 1 });
    expect(byId(els, 'fam-b~CONVERGES~trait-t~folded')?.data.count).toBe(1);
    expect(byId(els, 'fam-a')?.data.display).toBe('fam-a\n+4 inside');
    expect(byId(els, 'fam-a')?.classes).toContain('folded');
  });

  it('bridges the classification over a rank that is filtered out', () => {
    const { elements: els } = draw(input({ filters: { ranks: ['domain', 'family', 'species', 'specimen'], families: [], traits: [] } }));

    expect(byId(els, 'gen-a')).toBeUndefined();
    expect(byId(els, 'sp-a1~MEMBER_OF~fam-a')?.data).toMatchObject({ source: 'sp-a1', target: 'fam-a', type: 'MEMBER_OF' });
  });

  it('keeps only the chosen families, with the ranks above them', () => {
    const { elements: els } = draw(input({ filters: { ranks: [], families: ['fam-b'], traits: [] } }));

    expect(ids(els, 'nodes')).toEqual(['fam-b', 'root', 'spec-b1', 'trait-t']);
  });

  it('keeps the carriers of a trait and their ancestors', () => {
    const { elements: els } = draw(input({ filters: { ranks: [], families: [], traits: ['trait-t'] } }));

    expect(ids(els, 'nodes')).toEqual(['fam-a', 'fam-b', 'gen-a', 'root', 'sp-a1', 'spec-b1', 'trait-t']);
  });

  it('leaves out hidden nodes and their edges', () => {
    const { elements: els } = draw(input({ hide: ['fam-b'] }));

    expect(byId(els, 'fam-b')).toBeUndefined();
    expect(ids(els, 'edges').some((id) => id.includes('fam-b'))).toBe(false);
  });

  it('opening a clade at the automatic depth draws its members and folds none of the clades around it', () => {
    const closed = draw(input({ depth: 'auto', readableBudget: 2 }));
    expect(closed.depth).toBe('genus');
    const opened = draw(input({ depth: 'auto', readableBudget: 2, open: ['gen-a'] }));
    expect(opened.depth).toBe('genus');
    expect(ids(opened.elements, 'nodes')).toEqual(expect.arrayContaining(['fam-a', 'fam-b', 'gen-a', 'sp-a1', 'sp-a2']));
  });

  it('draws the top of the classification first when the answer is over the cap, and says how much is left', () => {
    const many = {
      nodes: [taxon('root', 'domain'), ...Array.from({ length: 50 }, (_, i) => taxon(`sp-${i}`, 'species'))],
      edges: Array.from({ length: 50 }, (_, i) => edge(`sp-${i}`, 'MEMBER_OF', 'root')),
    };

    const drawing = draw(input({ elements: many, carriers: new Map(), limit: 10, reveal: ['sp-42'] }));

    expect(drawing).toMatchObject({ shown: 10, total: 51 });
    expect(ids(drawing.elements, 'nodes')).toContain('root');
    expect(ids(drawing.elements, 'nodes')).toContain('sp-42');
  });
});
