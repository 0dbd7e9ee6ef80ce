// The contract suite's normaliser: two answers that differ only in the order of a set compare
// equal, and an ordered array or any value still tells them apart.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../support/normalise.ts';

describe('normalise', () => {
  it('makes answers equal that list the same set in another order, with keys in another order', () => {
    const a = { elements: { nodes: [{ data: { id: 'a', label: 'A' } }, { data: { id: 'b', label: 'B' } }] } };
    const b = { elements: { nodes: [{ data: { label: 'B', id: 'b' } }, { data: { label: 'A', id: 'a' } }] } };
    expect(normalise(a)).toEqual(normalise(b));
    expect(JSON.stringify(normalise(a))).toBe(JSON.stringify(normalise(b)));
  });

  it('sorts sets nested in sets, so a set of lists compares as a set of sets', () => {
    expect(normalise([{ ids: ['y', 'x'] }, { ids: ['b', 'a'] }])).toEqual([{ ids: ['a', 'b'] }, { ids: ['x', 'y'] }]);
  });

  it('keeps the order of an array named as ordered, so a reversed path differs', () => {
    const a = { path: ['species', 'genus', 'family'] };
    const b = { path: ['family', 'genus', 'species'] };
    expect(normalise(a, ['path'])).not.toEqual(normalise(b, ['path']));
    expect(normalise(a)).toEqual(normalise(b));
  });

  it('names arrays inside arrays with [], keeping ordered lists inside rows that are a set', () => {
    const a = { rows: [{ path: ['a', 'b'] }, { path: ['c', 'd'] }] };
    const swappedRows = { rows: [{ path: ['c', 'd'] }, { path: ['a', 'b'] }] };
    const reversedPath = { rows: [{ path: ['b', 'a'] }, { path: ['c', 'd'] }] };
    expect(normalise(a, ['rows[].path'])).toEqual(normalise(swappedRows, ['rows[].path']));
    expect(normalise(a, ['rows[].path'])).not.toEqual(normalise(reversedPath, ['rows[].path']));
  });

  it('tells apart what a set holds: a map of nulls is not a missing row, 1 is not "1"', () => {
    expect(normalise({ heritage: [{ from: null }] })).not.toEqual(normalise({ heritage: [] }));
    expect(normalise({ year: 1 })).not.toEqual(normalise({ year: '1' }));
    expect(normalise({ a: null })).not.toEqual(normalise({}));
  });
});
