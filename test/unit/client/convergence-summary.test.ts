import { describe, expect, it } from 'vitest';
import { groupCells, groupFamilies, rankTraits } from '../../../client/src/features/convergence/summary.ts';
import { computeLayout } from '../../../client/src/graph/large-layout.ts';

/** n families, each in one of `orders` orders, each order in one of two classes, both in a domain. */
function classification(n: number, orders: number) {
  const parents = new Map<string, string>();
  const names = new Map<string, string>();
  for (let o = 0; o < orders; o++) {
    parents.set(`order-${o}`, `class-${o % 2}`);
    names.set(`order-${o}`, `Order ${o}`);
  }
  for (let c = 0; c < 2; c++) {
    parents.set(`class-${c}`, 'domain');
    names.set(`class-${c}`, `Class ${c}`);
  }
  const families = Array.from({ length: n }, (_, i) => ({ id: `fam-${i}`, name: `Family ${String(i).padStart(3, '0')}` }));
  families.forEach((f, i) => parents.set(f.id, `order-${i % orders}`));
  return { families, parents, names };
}

describe('the convergence summary', () => {
  it('gives each family its own column when there are few', () => {
    const { families, parents, names } = classification(9, 3);
    const groups = groupFamilies(families, parents, names);
    expect(groups).toHaveLength(9);
    expect(groups.every((g) => g.clade === undefined && g.families.length === 1)).toBe(true);
  });

  it('groups a hundred families under their orders when that makes few enough columns', () => {
    const { families, parents, names } = classification(100, 5);
    const groups = groupFamilies(families, parents, names);
    expect(groups.map((g) => g.clade?.name)).toEqual(['Order 0', 'Order 1', 'Order 2', 'Order 3', 'Order 4']);
    expect(groups.every((g) => g.families.length === 20)).toBe(true);
  });

  it('climbs to the classes when the orders are too many to stand side by side', () => {
    const { families, parents, names } = classification(100, 20);
    const groups = groupFamilies(families, parents, names);
    expect(groups.map((g) => g.clade?.name)).toEqual(['Class 0', 'Class 1']);
    expect(groups.reduce((sum, g) => sum + g.families.length, 0)).toBe(100);
  });

  it('ranks traits by their independent origins, the most first, and filters them by any word of the name', () => {
    const traits = [
      { id: 'a', name: 'Tool use', origins: 1, consistencyIndex: 1 },
      { id: 'b', name: 'Long context', origins: 4, consistencyIndex: 0.25 },
      { id: 'c', name: 'Extended tool calling', origins: 2, consistencyIndex: 0.5 },
    ];
    expect(rankTraits(traits).map((t) => t.id)).toEqual(['b', 'c', 'a']);
    expect(rankTraits(traits, 'TOOL').map((t) => t.id)).toEqual(['c', 'a']);
    expect(rankTraits(traits, 'tool extended').map((t) => t.id)).toEqual(['c']);
  });

  it('counts, for each clade, how many of its families carry a trait and how many record it converging', () => {
    const { families, parents, names } = classification(100, 5);
    const groups = groupFamilies(families, parents, names);
    // fam-0, fam-1 and fam-5 carry it; fam-5 records it converging.
    const counts = groupCells({ traits: [{ id: 't', name: 'T', origins: 2, consistencyIndex: 0.5, carried: [0, 1, 5], recorded: [5] }], families }, groups);
    expect(counts.get('t|0')).toEqual({ carried: 2, recorded: 1, of: 20 }); // Order 0 holds fam-0 and fam-5
    expect(counts.get('t|1')).toEqual({ carried: 1, recorded: 0, of: 20 });
    expect(counts.get('t|2')).toEqual({ carried: 0, recorded: 0, of: 20 });
  });
});

describe('the large-drawing layout (the layout worker’s work)', () => {
  const nodes = [
    { id: 'root', display: 'Root', rank: 'domain', kind: 'taxon' },
    { id: 'fam', display: 'Familia', rank: 'family', kind: 'taxon' },
    { id: 'sp-1', display: 'Species one', rank: 'species', kind: 'taxon' },
    { id: 'sp-2', display: 'Species two', rank: 'species', kind: 'taxon' },
  ];
  const edges = [
    { id: 'e1', source: 'fam', target: 'root' },
    { id: 'e2', source: 'sp-1', target: 'fam' },
    { id: 'e3', source: 'sp-2', target: 'fam' },
  ];

  it('places a cladogram: root left, children right of their parent, siblings apart, the parent between them', () => {
    const { positions, labels } = computeLayout({ layout: 'cladogram', nodes, edges, pinned: {} });
    expect(positions.root!.x).toBeLessThan(positions.fam!.x);
    expect(positions.fam!.x).toBeLessThan(positions['sp-1']!.x);
    expect(positions['sp-1']!.y).not.toBe(positions['sp-2']!.y);
    expect(positions.fam!.y).toBe((positions['sp-1']!.y + positions['sp-2']!.y) / 2);
    expect(labels.map((l) => l.text)).toEqual(['Root', 'Familia', 'Species one', 'Species two']);
  });

  it('runs a force layout headless and places every node apart', () => {
    const { positions } = computeLayout({ layout: 'fcose', nodes, edges, pinned: {} });
    expect(Object.keys(positions).sort()).toEqual(['fam', 'root', 'sp-1', 'sp-2']);
    const points = Object.values(positions).map((p) => `${Math.round(p.x)}:${Math.round(p.y)}`);
    expect(new Set(points).size).toBe(4);
  });
});
