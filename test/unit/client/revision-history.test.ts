// The History view's pure parts: a diff drawn on the cladogram (a moved taxon at both places
// joined by an arrow, removed names struck), the pair of revisions a link names, and its URL state.
import { describe, expect, it } from 'vitest';
import type { Elements } from '../../../client/src/api/types.ts';
import { diffDrawing, ghostId, MOVED, strike, touched } from '../../../client/src/features/history/diff-drawing.ts';
import { chosenPair } from '../../../client/src/features/history/history.view.ts';
import { decodeState, encodeState, initialState } from '../../../client/src/state/view-state.ts';
import { edge, taxon } from './factories.ts';

const marked = <T extends { data: object }>(e: T, diff: string): T => ({ ...e, data: { ...e.data, diff } });

function reclassified(): Elements {
  return {
    nodes: [marked(taxon('root', 'domain'), 'same'), marked(taxon('fam-a', 'family'), 'same'), marked(taxon('fam-b', 'family'), 'same'), marked(taxon('sp', 'species', { label: 'Species one' }), 'same'), marked(taxon('sp-old', 'species', { label: 'Gone' }), 'removed')],
    edges: [
      marked(edge('fam-a', 'MEMBER_OF', 'root'), 'same'),
      marked(edge('fam-b', 'MEMBER_OF', 'root'), 'same'),
      marked(edge('sp', 'MEMBER_OF', 'fam-a'), 'removed'),
      marked(edge('sp', 'MEMBER_OF', 'fam-b'), 'added'),
      marked(edge('sp-old', 'MEMBER_OF', 'fam-a'), 'removed'),
    ],
  };
}

describe('diffDrawing', () => {
  it('draws a reclassified taxon at both places: a struck copy in the old parent, an arrow to the new place', () => {
    const drawn = diffDrawing(reclassified());
    const ghost = drawn.nodes.find((n) => n.data.id === ghostId('sp'));
    expect(ghost?.data).toMatchObject({ label: strike('Species one'), diff: 'removed', commonNames: ['was in fam-a'] });
    expect(drawn.nodes.find((n) => n.data.id === 'sp')?.data).toMatchObject({ diff: 'changed', movedFrom: 'fam-a' });
    expect(drawn.edges.map((e) => [e.data.source, e.data.type, e.data.target])).toEqual(
      expect.arrayContaining([
        [ghostId('sp'), 'MEMBER_OF', 'fam-a'],
        ['sp', 'MEMBER_OF', 'fam-b'],
        [ghostId('sp'), MOVED, 'sp'],
      ]),
    );
    expect(drawn.edges.filter((e) => e.data.source === 'sp' && e.data.type === 'MEMBER_OF')).toHaveLength(1);
  });

  it('strikes the names of removed nodes and reveals everything the diff touched', () => {
    const drawn = diffDrawing(reclassified());
    expect(drawn.nodes.find((n) => n.data.id === 'sp-old')?.data.label).toBe(strike('Gone'));
    expect(touched(drawn).sort()).toEqual(['sp', 'sp-old', ghostId('sp')].sort());
  });
});

describe('chosenPair', () => {
  const revisions = [3, 2, 1].map((id) => ({ id, at: '2026-12-01T00:00:00Z', message: null, source: { kind: 'import' as const }, summary: { added: 0, changed: 0, removed: 0 } }));
  it('takes A..B from the link, else compares the newest revision with the one before it', () => {
    expect(chosenPair('1..3', revisions)).toEqual([1, 3]);
    expect(chosenPair(undefined, revisions)).toEqual([2, 3]);
    expect(chosenPair(undefined, revisions.slice(2))).toEqual([1, 1]);
    expect(chosenPair(undefined, [])).toBeUndefined();
  });
});

describe('history in the URL', () => {
  it('round-trips the compared pair and the Timeline by revision', () => {
    const state = { ...initialState(), view: 'history' as const, diff: '1..3', by: 'revision' as const, revision: 2 };
    expect(encodeState(state)).toBe('?view=history&by=revision&revision=2&diff=1..3');
    expect(decodeState(encodeState(state))).toEqual(state);
  });
});
