// The same parsimony for one trait on a compacted tree, for counting every trait at once on a
// large classification: only the taxa that record the trait (or inherit it) and their
// ancestors are kept; everything below the topmost of them is settled (present, or unknown
// under a heritage), and the children of a kept taxon that lack the trait become one absent
// leaf with their count. Fitch's costs on this tree are exactly those on the whole one, so the
// counts are the same (test/unit/server/parsimony.test.ts checks it on random trees), at a cost
// proportional to the records times the depth instead of to the size of the tree.
// The one thing it does not see is an ancestor inside a clade that lacks the trait whose
// state is ambiguous (where a loss sits along a chain of single children).
import { ABSENT, AMBIGUOUS, PRESENT, UNKNOWN, fitch, singleOrigin, type FitchResult } from './fitch.ts';
import type { ClassificationTree } from './tree.ts';

/** What the analysis reads of one trait's history, in the whole tree's indices. */
export interface TraitOutcome {
  fitch: Pick<FitchResult, 'changes' | 'origins' | 'losses' | 'maxOrigins' | 'consistencyIndex' | 'gains' | 'lossesAt'>;
  /** Taxa whose state differs between shortest histories. */
  ambiguous: number[];
  single: { at: number; losses: number } | null;
  /** The parent the taxon hangs under for this trait, -1 at a root. */
  parentOf(v: number): number;
  /** Inherited by heritage, on itself or above. */
  inherited(v: number): boolean;
}

export interface TraitMarks {
  recorded: readonly number[];
  heritage: readonly number[];
}

/** How many absent children a loss at a compacted leaf is expanded to, for naming. */
const NAMED_LOSSES = 200;

export function compactOutcome(tree: ClassificationTree, marks: TraitMarks): TraitOutcome {
  const recorded = new Set(marks.recorded);
  const heritage = new Set(marks.heritage);
  const upward = (seed: Set<number>) => {
    const memo = new Map<number, boolean>();
    const test = (v: number): boolean => {
      const known = memo.get(v);
      if (known !== undefined) return known;
      memo.set(v, false); // a cycle answers no rather than looping
      const list = tree.hybridParents.get(v);
      const p = tree.parent[v]!;
      const yes = seed.has(v) || (list ? list.some(test) : p >= 0 && test(p));
      memo.set(v, yes);
      return yes;
    };
    return test;
  };
  const carries = upward(recorded);
  const masked = upward(heritage);

  // The parent each hybrid hangs under for this trait (tree.ts), and the change in child counts.
  const chosen = new Map<number, number>();
  const extraChildren = new Map<number, number>();
  for (const [v, list] of tree.hybridParents) {
    const p = list.find((q) => carries(q)) ?? list[0]!;
    if (p === list[0]) continue;
    chosen.set(v, p);
    extraChildren.set(list[0]!, (extraChildren.get(list[0]!) ?? 0) - 1);
    extraChildren.set(p, (extraChildren.get(p) ?? 0) + 1);
  }
  const parentOf = (v: number) => chosen.get(v) ?? tree.parent[v]!;

  // Flagged: records, heritages, and hybrids inheriting by heritage through another parent.
  const flagged = new Set<number>([...recorded, ...heritage]);
  for (const v of tree.hybridParents.keys()) if (masked(v)) flagged.add(v);
  const kept = new Set<number>();
  const terminals = new Set<number>();
  for (const f of flagged) {
    if (tree.position[f]! < 0) continue;
    let covered = false;
    for (let u = parentOf(f); u >= 0; u = parentOf(u)) {
      if (flagged.has(u)) {
        covered = true;
        break;
      }
    }
    if (covered) continue;
    terminals.add(f);
    for (let u = f; u >= 0 && !kept.has(u); u = parentOf(u)) kept.add(u);
  }

  const real = [...kept].sort((a, b) => tree.position[a]! - tree.position[b]!);
  const local = new Map(real.map((v, i) => [v, i]));
  const activeChildren = new Map<number, number>();
  for (const v of real) {
    const p = parentOf(v);
    if (p >= 0) activeChildren.set(p, (activeChildren.get(p) ?? 0) + 1);
  }
  const synthetic: { parent: number; count: number }[] = [];
  for (const v of real) {
    if (terminals.has(v)) continue;
    const count = tree.childCount[v]! + (extraChildren.get(v) ?? 0) - (activeChildren.get(v) ?? 0);
    if (count > 0) synthetic.push({ parent: v, count });
  }
  const size = real.length + synthetic.length;
  const order = new Int32Array(size);
  const parent = new Int32Array(size);
  const multiplicity = new Int32Array(size).fill(1);
  const state = new Uint8Array(size);
  real.forEach((v, i) => {
    order[i] = i;
    const p = parentOf(v);
    parent[i] = p >= 0 ? local.get(p)! : -1;
    state[i] = terminals.has(v) ? (masked(v) ? UNKNOWN : PRESENT) : ABSENT;
  });
  synthetic.forEach(({ parent: p, count }, k) => {
    const i = real.length + k;
    order[i] = i;
    parent[i] = local.get(p)!;
    multiplicity[i] = count;
    state[i] = ABSENT;
  });
  const forest = { order, parent, multiplicity };
  const result = fitch(forest, state, size);
  const single = singleOrigin(forest, state, size);

  const toReal = (i: number) => real[i]!;
  const absentChildren = (i: number): number[] => {
    const p = synthetic[i - real.length]!.parent;
    const out: number[] = [];
    for (let k = tree.childStart[p]!; k < tree.childStart[p + 1]! && out.length < NAMED_LOSSES; k++) {
      const c = tree.children[k]!;
      if (!kept.has(c) && parentOf(c) === p && tree.position[c]! >= 0) out.push(c);
    }
    return out;
  };
  const ambiguous: number[] = [];
  for (let i = 0; i < real.length; i++) if (result.states[i] === AMBIGUOUS) ambiguous.push(real[i]!);
  return {
    fitch: {
      changes: result.changes,
      origins: result.origins,
      losses: result.losses,
      maxOrigins: result.maxOrigins,
      consistencyIndex: result.consistencyIndex,
      gains: result.gains.map(toReal),
      lossesAt: result.lossesAt.flatMap((i) => (i < real.length ? [toReal(i)] : absentChildren(i))),
    },
    ambiguous,
    single: single && { at: single.at >= 0 ? toReal(single.at) : -1, losses: single.losses },
    parentOf,
    inherited: masked,
  };
}
