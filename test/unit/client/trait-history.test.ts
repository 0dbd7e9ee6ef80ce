// A trait's history turned into what the cladogram draws: each taxon's mark for the stylesheet,
// the heritage edges of that trait, origins highlighted, every taxon drawn even below the depth.
import { describe, expect, it } from 'vitest';
import type { TraitHistoryAnswer } from '../../../client/src/api/types.ts';
import { historyDrawing, historyMark } from '../../../client/src/features/convergence/history.ts';
import { buildCatalog } from '../../../client/src/state/catalog.ts';

const taxon = (id: string, rank = 'family') => ({ data: { id, label: id, kind: 'taxon' as const, rank: rank as 'family' } });

describe('a trait history drawn on the cladogram', () => {
  it('marks carriers, reconstructed ancestors, ambiguous and inherited taxa apart', () => {
    expect(historyMark({ state: 'present', carrier: 'recorded' })).toBe('carrier');
    expect(historyMark({ state: 'present', carrier: 'member' })).toBe('carrier');
    expect(historyMark({ state: 'present', carrier: 'none' })).toBe('ancestor');
    expect(historyMark({ state: 'ambiguous', carrier: 'none' })).toBe('ambiguous');
    expect(historyMark({ state: 'absent', carrier: 'heritage' })).toBe('heritage');
    expect(historyMark({ state: 'absent', carrier: 'none' })).toBe('absent');
  });

  it('keeps the catalog’s data, adds the heritage edges of that trait only, and highlights the origins', () => {
    const catalog = buildCatalog({
      nodes: [taxon('root', 'domain'), taxon('fam-a'), taxon('fam-b'), { data: { id: 'trait-t', label: 'T', kind: 'trait' } }],
      edges: [
        { data: { id: 'fam-b~HERITAGE~fam-a~trait-t', source: 'fam-b', target: 'fam-a', type: 'HERITAGE', trait: 'trait-t' } },
        { data: { id: 'fam-b~HERITAGE~fam-a~trait-u', source: 'fam-b', target: 'fam-a', type: 'HERITAGE', trait: 'trait-u' } },
      ],
    });
    const node = (id: string, extra: object) => ({ data: { id, label: id, kind: 'taxon' as const, state: 'absent' as const, shown: false, carrier: 'none' as const, ...extra } });
    const history = {
      trait: { id: 'trait-t', name: 'T' },
      elements: {
        nodes: [node('root', {}), node('fam-a', { state: 'present', shown: true, carrier: 'recorded', origin: true }), node('fam-b', { carrier: 'heritage' })],
        edges: [{ data: { id: 'fam-a~MEMBER_OF~root', source: 'fam-a', target: 'root', type: 'MEMBER_OF' as const, change: 'gain' as const } }],
      },
    } as unknown as TraitHistoryAnswer;

    const { elements, marked, reveal } = historyDrawing(history, catalog);

    expect(elements.nodes.find((n) => n.data.id === 'fam-a')?.data).toMatchObject({ rank: 'family', history: 'carrier', origin: true });
    expect(elements.edges.map((e) => e.data.id).sort()).toEqual(['fam-a~MEMBER_OF~root', 'fam-b~HERITAGE~fam-a~trait-t']);
    expect(marked).toEqual(['fam-a']);
    expect(reveal.sort()).toEqual(['fam-a', 'fam-b', 'root']);
  });
});
