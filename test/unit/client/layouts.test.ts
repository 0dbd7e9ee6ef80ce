import { describe, expect, it } from 'vitest';
import { parseDate, placeSatellites, timePlacement } from '../../../client/src/graph/layouts.ts';

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
      { id: 'none', kind: 'taxon', family: 'g' },
    ]);

    expect(positions.get('old')!.x).toBeLessThan(positions.get('mid')!.x);
    expect(positions.get('mid')!.x).toBeLessThan(positions.get('new')!.x);
    expect(positions.get('none')!.x).toBe(undatedX);
    expect(undatedX).toBeLessThan(positions.get('old')!.x);
  });

  it('gives each family its own lane and stacks nodes of a lane that would overlap', () => {
    const { positions } = timePlacement([
      { id: 'a1', kind: 'taxon', family: 'a', firstSeen: '2026-02-05' },
      { id: 'a2', kind: 'taxon', family: 'a', firstSeen: '2026-02-06' },
      { id: 'b1', kind: 'taxon', family: 'b', firstSeen: '2026-02-05' },
    ]);

    expect(positions.get('a1')!.y).not.toBe(positions.get('a2')!.y);
    expect(positions.get('b1')!.y).toBeGreaterThan(Math.max(positions.get('a1')!.y, positions.get('a2')!.y));
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
