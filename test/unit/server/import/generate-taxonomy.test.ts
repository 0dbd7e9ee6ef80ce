// The taxonomy generator the benchmarks use: deterministic, in the dataset format, in realistic
// proportions, and internally consistent (every edge's ends exist, one classification parent).
import { describe, expect, it } from 'vitest';
import { generateTaxonomy, rankCounts } from '../../../../scripts/generate-taxonomy.ts';
import { DatasetSchema, EDGE_TYPES } from '../../../../server/src/taxonomy/model.ts';

describe('generateTaxonomy', () => {
  it('gives the same dataset for the same seed and a different one for another seed', () => {
    expect(JSON.stringify(generateTaxonomy({ species: 500, seed: 7 }))).toBe(JSON.stringify(generateTaxonomy({ species: 500, seed: 7 })));
    expect(JSON.stringify(generateTaxonomy({ species: 500, seed: 8 }))).not.toBe(JSON.stringify(generateTaxonomy({ species: 500, seed: 7 })));
  });

  it('keeps about one genus per 20 species and one family per 10 genera', () => {
    expect(rankCounts(100_000)).toMatchObject({ species: 100_000, genus: 5_000, family: 500, domain: 1 });
    const ranks = generateTaxonomy({ species: 2_000 }).nodes.taxon.map((t) => t.rank);
    expect(ranks.filter((r) => r === 'species')).toHaveLength(2_000);
    expect(ranks.filter((r) => r === 'genus')).toHaveLength(100);
    expect(ranks.filter((r) => r === 'family')).toHaveLength(10);
  });

  it('is a valid dataset whose edges all join existing nodes, with one classification parent each', () => {
    const dataset = generateTaxonomy({ species: 3_000 });
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    const ids = new Set(Object.values(dataset.nodes).flat().map((n) => n.id));
    expect(ids.size).toBe(Object.values(dataset.nodes).flat().length);
    for (const type of EDGE_TYPES) for (const e of dataset.edges[type] ?? []) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    const children = (dataset.edges.MEMBER_OF ?? []).map((e) => e.from);
    expect(new Set(children).size).toBe(children.length);
    expect(dataset.nodes.trait.length).toBe(50);
    expect(Object.keys(dataset.edges).sort()).toEqual([...EDGE_TYPES].sort());
  });

  it('spreads firstSeen over 2017-2026, never before the parent taxon', () => {
    const dataset = generateTaxonomy({ species: 5_000 });
    const years = new Set(dataset.nodes.taxon.map((t) => t.firstSeen?.slice(0, 4)));
    expect([...years].sort()).toEqual(expect.arrayContaining(['2017', '2020', '2023', '2025']));
    const seen = new Map(dataset.nodes.taxon.map((t) => [t.id, t.firstSeen ?? '']));
    for (const e of dataset.edges.MEMBER_OF ?? []) expect((seen.get(e.from) as string) >= (seen.get(e.to) as string)).toBe(true);
  });
});
