import type { StylesheetJsonBlock } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_INFO, EDGE_TYPES, familyColors } from '../../../client/src/graph/model.ts';
import { stylesheet } from '../../../client/src/graph/style.ts';

const rules = (options = { cladogram: true, large: false }) => stylesheet(options) as StylesheetJsonBlock[];
/** Every rule for a selector, merged in order as Cytoscape cascades them. */
const rule = (selector: string, options?: { cladogram: boolean; large: boolean }): Record<string, unknown> =>
  Object.assign({}, ...rules(options).flatMap((r) => ('style' in r && r.selector === selector ? [r.style] : [])));

describe('styling rules', () => {
  it('tells every edge type apart by colour', () => {
    const colours = EDGE_TYPES.map((t) => rule(`edge.type-${t.type}`)?.['line-color']);

    expect(new Set(colours).size).toBe(EDGE_TYPES.length);
  });

  it('draws documented, inferred and third-party facts solid, dashed and dotted, fading with doubt', () => {
    expect(CONFIDENCE_INFO.high.lineStyle).toBe('solid');
    expect(rule('edge.conf-medium')?.['line-style']).toBe('dashed');
    expect(rule('edge.conf-low')?.['line-style']).toBe('dotted');
    expect(rule('edge.conf-low')?.opacity).toBeLessThan(rule('edge.conf-medium')?.opacity as number);
    expect(rule('node.conf-medium')?.['border-style']).toBe('dashed');
    expect(rule('node.conf-low')?.['border-style']).toBe('dotted');
  });

  it('shapes the classification as a cladogram only in the hierarchy layout', () => {
    expect(rule('edge.type-MEMBER_OF')?.['curve-style']).toBe('taxi');
    expect(rule('edge.type-MEMBER_OF', { cladogram: false, large: false })?.['curve-style']).toBeUndefined();
  });

  it('uses cheap straight edges without arrows and hides small labels on large drawings', () => {
    expect(rule('edge', { cladogram: true, large: true })?.['curve-style']).toBe('haystack');
    expect(rule('edge.type-HERITAGE', { cladogram: true, large: true })?.['target-arrow-shape']).toBe('none');
    expect(rule('node', { cladogram: true, large: true })?.['min-zoomed-font-size']).toBeGreaterThan(rule('node')?.['min-zoomed-font-size'] as number);
  });

  it('italicises the Latin of genera and species and fills families with their colour', () => {
    expect(rule('node.rank-species')?.['font-style']).toBe('italic');
    expect(rule('node.rank-genus')?.['font-style']).toBe('italic');
    expect(rule('node.rank-family')?.['background-color']).toBe('data(color)');
  });

  it('gives families the same colour whatever order they arrive in', () => {
    const a = familyColors(['family-b', 'family-a', 'family-c']);
    const b = familyColors(['family-c', 'family-a', 'family-b']);

    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(3);
  });
});
