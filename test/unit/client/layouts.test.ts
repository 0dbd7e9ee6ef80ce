import { describe, expect, it } from 'vitest';
import { cladogramPositions, parseDate, placeSatellites, timePlacement } from '../../../client/src/graph/layouts.ts';

describe('time axis placement', () => {
  it('reads year, month and day dates', () => {
    expect(parseDate('2017')).toBe(Date.UTC(2017, 0, 1));
    expect(parseDate('2026-02')).toBe(Date.UTC(2026, 1, 1));
    expect(parseDate('2026-02-05')).toBe(Date.UTC(2026, 1, 5));
    expect(parseDate('soon')).toBeUndefined();
  });

  it('puts a later first-seen date further right, and undated nodes left of all', () => {
    const { positions, undatedX } = timePlacement([
      { id: 'old', kind: 'taxon', family: 'f', firstSeen: '2017' },
      { id: 'new', kind: 'taxon', family: 'f', firstSeen: '2026-02-05' },
      { id: 'mid', kind: 'taxon', family: 'g', firstSeen: '2024-06' },
      { id: 'none', kind: 'paper' },
    ]);

    expect(positions.get('old')!.x).toBeLessThan(positions.get('mid')!.x);
    expect(positions.get('mid')!.x).toBeLessThan(positions.get('new')!.x);
    expect(positions.get('none')!.x).toBe(undatedX);
    expect(undatedX).toBeLessThan(positions.get('old')!.x);
  });

  it('gives each month with something in it one column, and marks where each year begins', () => {
    const { ticks } = timePlacement([
      { id: 'a', kind: 'taxon', firstSeen: '2017' },
      { id: 'b', kind: 'taxon', firstSeen: '2025-11' },
      { id: 'c', kind: 'taxon', firstSeen: '2026-02-05' },
      { id: 'd', kind: 'taxon', firstSeen: '2026-02-12' },
    ]);

    expect(ticks.map((t) => t.label)).toEqual(['Jan 2017', 'Nov 2025', 'Feb 2026']);
    expect(ticks.map((t) => t.major)).toEqual([true, true, true]);
  });

  it('stands a clade with no date of its own at its earliest member', () => {
    const { positions } = timePlacement(
      [
        { id: 'genus', kind: 'taxon' },
        { id: 'early', kind: 'taxon', firstSeen: '2024-03' },
        { id: 'late', kind: 'taxon', firstSeen: '2026-01' },
      ],
      new Map([
        ['early', 'genus'],
        ['late', 'genus'],
      ]),
    );

    expect(positions.get('genus')!.x).toBe(positions.get('early')!.x);
  });

  it('gives each family its own lane and stacks nodes of a lane seen in the same month', () => {
    const { positions } = timePlacement([
      { id: 'a1', kind: 'taxon', family: 'a', firstSeen: '2026-02-05' },
      { id: 'a2', kind: 'taxon', family: 'a', firstSeen: '2026-02-06' },
      { id: 'b1', kind: 'taxon', family: 'b', firstSeen: '2026-02-05' },
    ]);

    expect(positions.get('a1')!.y).not.toBe(positions.get('a2')!.y);
    expect(positions.get('b1')!.y).toBeGreaterThan(Math.max(positions.get('a1')!.y, positions.get('a2')!.y));
  });
});

describe('time axis placement by the room each node takes', () => {
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

  it('stands no two nodes over each other, however wide or tall their labels', () => {
    const sizes: Record<string, { width: number; height: number }> = {
      family: { width: 150, height: 45 },
      genus: { width: 80, height: 30 },
      species: { width: 150, height: 80 },
      wide: { width: 226, height: 44 },
      next: { width: 226, height: 30 },
    };
    const nodes = [
      { id: 'family', kind: 'taxon', family: 'a', firstSeen: '2017' },
      { id: 'genus', kind: 'taxon', family: 'a', firstSeen: '2017' },
      { id: 'species', kind: 'taxon', family: 'a', firstSeen: '2017' },
      { id: 'wide', kind: 'taxon', family: 'b', firstSeen: '2026-01' },
      { id: 'next', kind: 'taxon', family: 'b', firstSeen: '2026-02' },
    ] as const;
    const { positions } = timePlacement([...nodes], new Map(), (id) => sizes[id]!);
    const boxes = nodes.map((n) => ({ ...positions.get(n.id)!, ...sizes[n.id]! }));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
  });

  it('keeps the month ticks where the columns stand', () => {
    const { positions, ticks } = timePlacement(
      [
        { id: 'a', kind: 'taxon', firstSeen: '2026-01' },
        { id: 'b', kind: 'taxon', firstSeen: '2026-02' },
      ],
      new Map(),
      () => ({ width: 400, height: 30 }),
    );
    expect(ticks.map((t) => t.x)).toEqual([positions.get('a')!.x, positions.get('b')!.x]);
    expect(positions.get('b')!.x - positions.get('a')!.x).toBeGreaterThanOrEqual(400);
  });
});

describe('satellites beside a hierarchy', () => {
  it('stands each near what it is linked to, in one column, without overlaps', () => {
    const placed = placeSatellites(
      [
        { id: 'x', anchors: [100, 120], height: 30 },
        { id: 'y', anchors: [105], height: 30 },
        { id: 'z', anchors: [400], height: 30 },
      ],
      500,
    );

    const ys = ['x', 'y', 'z'].map((id) => placed.get(id)!.y).sort((a, b) => a - b);
    expect([...placed.values()].every((p) => p.x === 500)).toBe(true);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(30);
    expect(placed.get('z')!.y).toBe(400);
  });
});

describe('one-pass cladogram for large hierarchies', () => {
  it('puts the root left, each level in its own column, and each parent between its children', () => {
    const nodes = ['root', 'a', 'b', 'a1', 'a2'].map((id) => ({ id, width: 80, height: 30 }));
    const parents = new Map([
      ['a', 'root'],
      ['b', 'root'],
      ['a1', 'a'],
      ['a2', 'a'],
    ]);

    const at = cladogramPositions(nodes, parents);

    expect(at.get('root')!.x).toBeLessThan(at.get('a')!.x);
    expect(at.get('a')!.x).toBe(at.get('b')!.x);
    expect(at.get('a')!.x).toBeLessThan(at.get('a1')!.x);
    expect(at.get('a')!.y).toBe((at.get('a1')!.y + at.get('a2')!.y) / 2);
    expect(at.get('a2')!.y - at.get('a1')!.y).toBeGreaterThanOrEqual(30);
    expect(at.get('b')!.y).toBeGreaterThan(at.get('a2')!.y);
  });
});
