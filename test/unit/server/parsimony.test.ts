// Fitch parsimony on hand-checked classification trees: how many times a trait arose, where,
// what it lost, and where the shortest histories disagree.
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS, PRESENT, ABSENT } from '../../../server/src/taxonomy/parsimony/fitch.ts';
import { compactOutcome } from '../../../server/src/taxonomy/parsimony/compact.ts';
import { outcomeOf, traitHistory } from '../../../server/src/taxonomy/parsimony/history.ts';
import { buildTree } from '../../../server/src/taxonomy/parsimony/tree.ts';

/** A tree from "child>parent" pairs; every name is a taxon; ranks by the first letter (o order, f family, s species). */
function tree(...pairs: string[]) {
  const names = new Set(pairs.flatMap((p) => p.split('>')));
  const rank = (n: string) => ({ o: 'order', f: 'family', s: 'species', g: 'genus' })[n[0] as 'o'] ?? 'domain';
  return buildTree(
    [...names].map((id) => ({ id, name: id, rank: rank(id) })),
    pairs.map((p) => {
      const [child, parent] = p.split('>') as [string, string];
      return { child, parent };
    }),
  );
}

function history(t: ReturnType<typeof tree>, recorded: string[], heritage: string[] = []) {
  const mark = (ids: string[]) => {
    const m = new Uint8Array(t.taxa.length);
    for (const id of ids) m[t.index.get(id)!] = 1;
    return m;
  };
  const h = traitHistory(t, { recorded: mark(recorded), heritage: mark(heritage) });
  const ids = (list: number[]) => list.map((i) => t.taxa[i]!.id).sort();
  const stateOf = (id: string) => h.fitch.states[t.index.get(id)!];
  return { ...h.fitch, gainsAt: ids(h.fitch.gains), lostAt: ids(h.fitch.lossesAt), stateOf, single: h.single && { at: t.taxa[h.single.at]?.id ?? 'root', losses: h.single.losses } };
}

// root ─┬─ oA ─┬─ fA1 ─ sA1
//       │      └─ fA2 ─ sA2
//       └─ oB ─┬─ fB1 ─ sB1
//              └─ fB2 ─ sB2
const twoOrders = () => tree('oA>root', 'oB>root', 'fA1>oA', 'fA2>oA', 'fB1>oB', 'fB2>oB', 'sA1>fA1', 'sA2>fA2', 'sB1>fB1', 'sB2>fB2');

describe('Fitch parsimony on a classification tree', () => {
  it('counts one origin, not convergence, for a trait in two sister families of one order', () => {
    const h = history(twoOrders(), ['fA1', 'fA2']);
    expect(h).toMatchObject({ origins: 1, losses: 0, changes: 1, consistencyIndex: 1, gainsAt: ['oA'] });
    expect(h.stateOf('oA')).toBe(PRESENT);
    expect(h.stateOf('root')).toBe(ABSENT);
  });

  it('counts two origins, convergence, for a trait in families of two different orders', () => {
    const h = history(twoOrders(), ['fA1', 'fB1']);
    expect(h).toMatchObject({ origins: 2, maxOrigins: 2, losses: 0, changes: 2, consistencyIndex: 0.5, gainsAt: ['fA1', 'fB1'] });
    // One origin at the root would need a loss in fA2 and in fB2: three changes against two.
    expect(h.single).toEqual({ at: 'root', losses: 2 });
  });

  it('counts one origin and one loss for a trait lost once inside a clade that carries it', () => {
    // oA carries it, but of its three families fA3 has a species that does not.
    const t = tree('oA>root', 'oB>root', 'fA1>oA', 'fA2>oA', 'fA3>oA', 'fB1>oB', 'sA1>fA1', 'sA2>fA2', 'sA3>fA3', 'sA4>fA3', 'sB1>fB1');
    const h = history(t, ['sA1', 'sA2', 'sA3']);
    expect(h).toMatchObject({ origins: 1, losses: 1, changes: 2, gainsAt: ['oA'], lostAt: ['sA4'] });
    expect(h.stateOf('fA3')).toBe(PRESENT);
  });

  it('reports as ambiguous the ancestor Fitch leaves undecided, with the range of origins', () => {
    // Two of three sister families: a gain in the order and a loss, or two gains. Both take two changes.
    const t = tree('fA1>oA', 'fA2>oA', 'fA3>oA', 'oA>root', 'oB>root', 'sA1>fA1', 'sA2>fA2', 'sA3>fA3', 'sB1>oB');
    const h = history(t, ['fA1', 'fA2']);
    expect(h).toMatchObject({ changes: 2, origins: 1, losses: 1, maxOrigins: 2 });
    expect(h.stateOf('oA')).toBe(AMBIGUOUS);
    expect(h.stateOf('root')).toBe(ABSENT);
    expect(h.stateOf('fA1')).toBe(PRESENT);
  });

  it('puts the origin above the taxon that records the trait, not anywhere down a chain of single children', () => {
    const t = tree('fA>root', 'gA>fA', 'sA1>gA', 'sA2>gA', 'fB>root', 'sB>fB');
    const h = history(t, ['fA']);
    expect(h.gainsAt).toEqual(['fA']);
    expect(h.stateOf('fA')).toBe(PRESENT);
  });

  it('counts a trait inherited by heritage as inherited, not as another origin', () => {
    // fB records the trait and records inheriting it from fA's lineage.
    const h = history(twoOrders(), ['fA1', 'fB1'], ['fB1']);
    expect(h).toMatchObject({ origins: 1, losses: 0, gainsAt: ['fA1'] });
  });

  it('counts nothing for a trait no taxon carries', () => {
    expect(history(twoOrders(), [])).toMatchObject({ origins: 0, losses: 0, changes: 0, consistencyIndex: null, single: null });
  });

  it('counts every leaf carrying the trait as one origin at the root (the root is assumed to lack it)', () => {
    const h = history(twoOrders(), ['sA1', 'sA2', 'sB1', 'sB2']);
    expect(h).toMatchObject({ origins: 1, changes: 1, gainsAt: ['root'] });
  });
});

describe('a hybrid (a taxon with two parents) in the parsimony', () => {
  // sH sits in both fA1 (order oA) and fB1 (order oB).
  const hybrid = () => tree('oA>root', 'oB>root', 'fA1>oA', 'fA2>oA', 'fB1>oB', 'fB2>oB', 'sA1>fA1', 'sA2>fA2', 'sB1>fB1', 'sB2>fB2', 'sH>fA1', 'sH>fB1');

  it('hangs under the parent it has the trait from, so that trait is no new origin', () => {
    // oB carries the trait; sH carries it through fB1, although fA1 (its first parent) does not.
    const h = history(hybrid(), ['oB']);
    expect(h).toMatchObject({ origins: 1, losses: 0, gainsAt: ['oB'] });
  });

  it('is counted once: a trait of its own is one origin, not one under each parent', () => {
    const h = history(hybrid(), ['sH']);
    expect(h).toMatchObject({ origins: 1, changes: 1, gainsAt: ['sH'] });
  });

  it('carries the traits of both parents', () => {
    expect(history(hybrid(), ['oA'])).toMatchObject({ origins: 1, gainsAt: ['oA'] });
    expect(history(hybrid(), ['oA', 'oB'])).toMatchObject({ origins: 1, gainsAt: ['root'] });
  });

  it('leaves a taxon on a MEMBER_OF cycle out of the counts instead of looping', () => {
    const t = tree('oA>root', 'fA1>oA', 'x>y', 'y>x');
    expect(t.cyclic.sort()).toEqual(['x', 'y']);
    expect(history(t, ['x', 'fA1'])).toMatchObject({ origins: 1, gainsAt: ['fA1'] });
  });
});

describe('the compacted parsimony used to count every trait at once', () => {
  /** mulberry32: the same random trees on every run. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('counts the same as the whole tree on 300 random trees, with hybrids and heritage', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const n = 2 + Math.floor(next() * 60);
      const pairs: string[] = [];
      for (let i = 1; i < n; i++) {
        pairs.push(`n${i}>n${Math.floor(next() * i)}`);
        if (next() < 0.08 && i > 1) pairs.push(`n${i}>n${Math.floor(next() * i)}`);
      }
      const t = tree(...pairs, 'n0>top');
      const pick = (p: number) => t.taxa.filter(() => next() < p).map((x) => t.index.get(x.id)!);
      const recorded = pick(0.15);
      const heritage = pick(0.04);
      const marks = (list: number[]) => {
        const m = new Uint8Array(t.taxa.length);
        for (const v of list) m[v] = 1;
        return m;
      };
      const whole = outcomeOf(traitHistory(t, { recorded: marks(recorded), heritage: marks(heritage) }));
      const compact = compactOutcome(t, { recorded, heritage });
      const counts = ({ fitch: f, single }: typeof whole) => ({ changes: f.changes, origins: f.origins, losses: f.losses, maxOrigins: f.maxOrigins, ci: f.consistencyIndex, gains: [...f.gains].sort(), singleLosses: single?.losses });
      expect(counts(compact), `round ${round}: ${pairs.join(' ')} recorded ${recorded} heritage ${heritage}`).toEqual(counts(whole));
      expect(compact.ambiguous.every((v) => whole.ambiguous.includes(v))).toBe(true);
    }
  });
});
