import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, initialState, type ViewState } from '../../../client/src/state/view-state.ts';

describe('view state in the URL', () => {
  it('encodes the opening view as an empty query string', () => {
    expect(encodeState(initialState())).toBe('');
  });

  it('round-trips every part of a full state', () => {
    const state: ViewState = {
      view: 'path',
      taxon: 'family-recursidae',
      select: 'species-frontieris-reflexivus',
      from: 'species-frontieris-reflexivus',
      to: 'species-r-evaluator',
      at: '2026-01-31',
      layout: 'fcose',
      depth: 'genus',
      open: ['family-frontieriidae', 'genus-frontieris'],
      expand: ['species-frontieris-reflexivus'],
      hide: ['lab-openai'],
      filters: { ranks: ['family', 'species'], families: ['family-recursidae'], traits: ['trait-tool-use'], edges: ['HERITAGE', 'ABSORBS'] },
      query: 'lineage/ancestors',
      params: { id: 'species-frontieris-reflexivus', depth: '3' },
      cypher: "MATCH (n:Family {name: 'Recursidae'}) RETURN n",
      pos: { 'species-frontieris-reflexivus': { x: 120, y: -45 }, 'family-recursidae': { x: -3, y: 7 } },
      limit: 3000,
    };

    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('keeps an explicit empty edge-type list apart from the view default', () => {
    const state: ViewState = { ...initialState(), filters: { ranks: [], families: [], traits: [], edges: [] } };

    expect(encodeState(state)).toBe('?edges=none');
    expect(decodeState('?edges=none').filters.edges).toEqual([]);
    expect(decodeState('').filters.edges).toBeUndefined();
  });

  it('writes positions as readable id:x:y pairs, rounded to whole pixels', () => {
    const search = encodeState({ ...initialState(), pos: { 'genus-frontieris': { x: 10.4, y: -20.6 } } });

    expect(search).toBe('?pos=genus-frontieris:10:-21');
  });

  it('ignores unknown views, layouts, depths, ranks and malformed values from a hand-edited link', () => {
    const state = decodeState('?view=nope&layout=spiral&depth=kingdom&ranks=family,tribe&at=yesterday&limit=-4&params={broken&pos=a:1,b:x:2');

    expect(state.view).toBe('taxonomy');
    expect(state.layout).toBeUndefined();
    expect(state.depth).toBe('auto');
    expect(state.filters.ranks).toEqual(['family']);
    expect(state.at).toBeUndefined();
    expect(state.limit).toBeUndefined();
    expect(state.params).toEqual({});
    expect(state.pos).toEqual({});
  });
});
