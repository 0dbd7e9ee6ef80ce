// One trait's history on the classification: the leaves' states from the records, then Fitch.
//
// Leaf states. A trait recorded on a taxon (HAS_TRAIT or CONVERGES) holds for every taxon
// classified under it: a family's diagnostic trait is its members' trait. So a leaf carries
// the trait when it or a taxon above it records it, and lacks it otherwise.
//
// A taxon that records the trait itself is observed carrying it: Fitch holds it present, so an
// origin sits on the branch above the taxon that records it, not anywhere along a chain of
// single-child ranks (family → genus → species) that parsimony alone could not tell apart.
//
// HERITAGE. A taxon that records inheriting the trait from another lineage (HERITAGE {trait}),
// on itself or a taxon above it, got it sideways, across the tree. Its leaves are coded
// unknown ("?"), as parsimony codes a state the tree cannot explain: "?" fits whatever its
// ancestors had and costs no change, so a transfer is never counted as an origin; and it does
// not pretend the taxon lacks the trait either (which would add a loss inside a carrying clade).
import type { TraitOutcome } from './compact.ts';
import { fitch, singleOrigin, ABSENT, AMBIGUOUS, PRESENT, UNKNOWN, type FitchResult, type Forest } from './fitch.ts';
import { forestFor, inheritDown, type ClassificationTree } from './tree.ts';

export interface TraitRecords {
  /** 1 where the taxon itself records the trait (HAS_TRAIT or CONVERGES). */
  recorded: Uint8Array;
  /** 1 where the taxon itself records inheriting it (HERITAGE {trait}). */
  heritage: Uint8Array;
}

export interface TraitHistory {
  forest: Forest;
  /** Per taxon: carries by record, on itself or above. */
  carries: Uint8Array;
  /** Per taxon: inherited by heritage, on itself or above. */
  inherited: Uint8Array;
  /** Per taxon: the state Fitch reads (ABSENT, PRESENT, UNKNOWN; at an internal taxon PRESENT holds it present). */
  state: Uint8Array;
  fitch: FitchResult;
  /** A single origin: where, and how many losses it would need; null when nothing carries it. */
  single: { at: number; losses: number } | null;
}

export function traitHistory(tree: ClassificationTree, records: TraitRecords): TraitHistory {
  const carries = inheritDown(tree, records.recorded);
  const inherited = inheritDown(tree, records.heritage);
  const size = tree.taxa.length;
  const state = new Uint8Array(size);
  for (let v = 0; v < size; v++) state[v] = inherited[v] ? UNKNOWN : carries[v] ? PRESENT : ABSENT;
  // An internal taxon above which nothing records the trait is ABSENT here, which Fitch reads as free.
  const forest = forestFor(tree, carries);
  return { forest, carries, inherited, state, fitch: fitch(forest, state, size), single: singleOrigin(forest, state, size) };
}

/** The whole-tree history read as the analysis reads it (see compact.ts for the same, compacted). */
export function outcomeOf(history: TraitHistory): TraitOutcome {
  const { forest, fitch: result } = history;
  const ambiguous: number[] = [];
  for (let i = 0; i < forest.order.length; i++) if (result.states[forest.order[i]!] === AMBIGUOUS) ambiguous.push(forest.order[i]!);
  return { fitch: result, ambiguous, single: history.single, parentOf: (v) => forest.parent[v]!, inherited: (v) => history.inherited[v] === 1 };
}
