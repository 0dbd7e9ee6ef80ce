// toCytoscapeElements: graph values anywhere in the rows become Cytoscape elements.
import { describe, expect, it } from 'vitest';
import { toCytoscapeElements, toTableRows } from '../../../server/src/taxonomy/elements.ts';
import type { GraphNode, GraphRelationship } from '../../../server/src/store/graph-store.ts';

const node = (elementId: string, labels: string[], properties: Record<string, unknown>): GraphNode => ({ kind: 'node', elementId, labels, properties });
const rel = (elementId: string, type: string, start: string, end: string, properties: Record<string, unknown> = {}): GraphRelationship => ({
  kind: 'relationship',
  elementId,
  type,
  startElementId: start,
  endElementId: end,
  properties,
});

const species = node('n1', ['Entity', 'Species', 'Taxon'], { id: 'species-a', name: 'Frontieris reflexivus', rank: 'species', source: 'https://example.org/a' });
const family = node('n2', ['Entity', 'Family', 'Taxon'], { id: 'family-f', name: 'Frontieriidae', rank: 'family' });
const memberOf = rel('r1', 'MEMBER_OF', 'n1', 'n2', { id: 'species-a~MEMBER_OF~family-f', source: 'https://example.org/e' });

describe('toCytoscapeElements', () => {
  it('finds nodes and relationships nested in lists and maps, each once', () => {
    const elements = toCytoscapeElements([{ a: species, b: [family, { deep: [species, memberOf] }] }, { again: memberOf }]);
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['species-a', 'family-f']);
    expect(elements.edges).toHaveLength(1);
  });

  it('names edge ends by node id and keeps the source URL out of Cytoscape\'s source field', () => {
    const { edges } = toCytoscapeElements([{ species, family, memberOf }]);
    expect(edges[0]?.data).toMatchObject({ id: 'species-a~MEMBER_OF~family-f', source: 'species-a', target: 'family-f', type: 'MEMBER_OF', sourceUrl: 'https://example.org/e' });
  });

  it('drops a relationship whose other end is not in the answer', () => {
    expect(toCytoscapeElements([{ species, memberOf }]).edges).toEqual([]);
  });

  it('labels a node by its name, tells its kind from its labels, and adds its family', () => {
    const { nodes } = toCytoscapeElements([{ species }], (id) => (id === 'species-a' ? { family: 'family-f', familyName: 'Frontieriidae' } : undefined));
    expect(nodes[0]?.data).toMatchObject({ id: 'species-a', label: 'Frontieris reflexivus', kind: 'taxon', family: 'family-f', sourceUrl: 'https://example.org/a' });
  });
});

describe('toTableRows', () => {
  it('shows a node as its labels and properties, and leaves plain values alone', () => {
    expect(toTableRows([{ n: family, count: 3 }])).toEqual([{ n: { labels: ['Entity', 'Family', 'Taxon'], id: 'family-f', name: 'Frontieriidae', rank: 'family' }, count: 3 }]);
  });
});
