import { describe, expect, it } from 'vitest';
import { autoDepth, collapse } from '../../../client/src/graph/collapse.ts';
import { parentMap } from '../../../client/src/graph/tree.ts';
import { smallTaxonomy } from './factories.ts';

const elements = smallTaxonomy();
const base = { nodes: elements.nodes.map((n) => n.data), parents: parentMap(elements), open: new Set<string>(), reveal: new Set<string>() };

describe('level-of-detail collapse', () => {
  it('draws everything at depth all', () => {
    const { visible, folded } = collapse({ ...base, depth: 'all' });

    expect(visible.size).toBe(elements.nodes.length);
    expect(folded.size).toBe(0);
  });

  it('folds every taxon below the depth into its nearest drawn ancestor and counts it there', () => {
    const { visible, rep, folded } = collapse({ ...base, depth: 'family' });

    expect([...visible].sort()).toEqual(['fam-a', 'fam-b', 'root', 'trait-t']);
    expect(rep.get('spec-a1x')).toBe('fam-a');
    expect(rep.get('spec-b1')).toBe('fam-b');
    expect(folded.get('fam-a')).toBe(4);
    expect(folded.get('fam-b')).toBe(1);
  });

  it('folds a model placed straight in a family when the depth stops at species', () => {
    const { visible, rep } = collapse({ ...base, depth: 'species' });

    expect(visible.has('sp-a1')).toBe(true);
    expect(visible.has('spec-b1')).toBe(false);
    expect(rep.get('spec-b1')).toBe('fam-b');
  });

  it('opens a clade in place: its children are drawn, its grandchildren stay folded in them', () => {
    const { visible, rep } = collapse({ ...base, depth: 'family', open: new Set(['fam-a']) });

    expect(visible.has('gen-a')).toBe(true);
    expect(visible.has('sp-a1')).toBe(false);
    expect(rep.get('sp-a1')).toBe('gen-a');
  });

  it('draws a revealed node and every ancestor on its way to the root', () => {
    const { visible } = collapse({ ...base, depth: 'family', reveal: new Set(['spec-a1x']) });

    expect(['spec-a1x', 'sp-a1', 'gen-a', 'fam-a'].every((id) => visible.has(id))).toBe(true);
    expect(visible.has('sp-a2')).toBe(false);
  });

  it('picks the deepest depth whose hierarchy keeps its leaves within the budget', () => {
    // Taxa only. All: sp-a2, spec-a1x, spec-b1; genus: gen-a, fam-b; domain: the root alone.
    expect(autoDepth(base, 3)).toBe('all');
    expect(autoDepth(base, 2)).toBe('genus');
    expect(autoDepth(base, 1)).toBe('domain');
  });
});
