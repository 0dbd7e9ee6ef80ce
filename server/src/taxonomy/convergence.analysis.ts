// One trait's parsimony read back as what a reader asks: how many origins and where, what was
// lost, which ancestors are ambiguous, and for each recorded convergence (CONVERGES) whether
// the computation agrees that the lineage acquired the trait independently.
import type { ConvergenceData, Ref, TraitRecordLists } from './convergence.records.ts';
import type { TraitOutcome } from './parsimony/compact.ts';

export interface TaxonSummary extends Ref {
  rank: string;
  /** The family it sits in, when it is below one (its first, for a hybrid). */
  family?: Ref;
}

/**
 * What the computation says of a taxon recorded as converging: an origin of its own among two
 * or more (agrees); inside the one origin that explains every carrier; inherited by heritage;
 * or one origin or several as short (ambiguous).
 */
export type Verdict = 'independent' | 'single-origin' | 'inherited' | 'ambiguous';

export interface RecordedConvergence {
  taxon: TaxonSummary;
  verdict: Verdict;
  agrees: boolean;
  /** The origin its carrying comes from in the drawn history (independent, single-origin, ambiguous). */
  origin?: TaxonSummary;
  /** The lineages it (or a taxon above it) records inheriting the trait from (inherited). */
  from?: TaxonSummary[];
}

export interface TraitAnalysis {
  trait: Ref;
  origins: number;
  maxOrigins: number;
  losses: number;
  changes: number;
  consistencyIndex: number | null;
  /** origins >= 2: the trait arose independently at least twice in every shortest history. */
  convergent: boolean;
  /** Where the origins are in the drawn history (at most LIST_LIMIT; `origins` counts them). */
  originTaxa: TaxonSummary[];
  /** Where the losses are (at most LIST_LIMIT; `losses` counts them). */
  lossTaxa: TaxonSummary[];
  /** Taxa whose state differs between shortest histories (at most LIST_LIMIT of ambiguousCount). */
  ambiguous: TaxonSummary[];
  ambiguousCount: number;
  recordedIn: RecordedConvergence[];
  inheritedBy: { heir: TaxonSummary; from: TaxonSummary }[];
  /** Families with a taxon recording the trait (HAS_TRAIT or CONVERGES), at most LIST_LIMIT by name; `familyCount` counts them. */
  families: Ref[];
  familyCount: number;
  /** What one origin would cost: where (null: above every root) and with how many losses. */
  singleOrigin: { at: TaxonSummary | null; losses: number } | null;
}

const byName = (a: Ref, b: Ref) => a.name.localeCompare(b.name);

/** Lists of taxa name at most this many (by name); the counts beside them say how many in all. */
export const LIST_LIMIT = 50;

export function summaryOf(data: ConvergenceData, v: number): TaxonSummary {
  const taxon = data.tree.taxa[v]!;
  const family = data.families[v]?.[0];
  const familyRef = family !== undefined && family !== v ? { id: data.tree.taxa[family]!.id, name: data.tree.taxa[family]!.name } : undefined;
  return { id: taxon.id, name: taxon.name, rank: taxon.rank, ...(familyRef && { family: familyRef }) };
}

export function analyseTrait(data: ConvergenceData, lists: TraitRecordLists, outcome: TraitOutcome): TraitAnalysis {
  const { fitch, ambiguous } = outcome;
  const summary = (v: number) => summaryOf(data, v);
  const gains = new Set(fitch.gains);
  const originOf = (v: number): number | undefined => {
    for (let u = v; u >= 0; u = outcome.parentOf(u)) if (gains.has(u)) return u;
    return undefined;
  };
  const heritageAbove = (v: number) => {
    for (let u = v; u >= 0; u = outcome.parentOf(u)) {
      const from = lists.heritage.filter((h) => h.heir === u).map((h) => summary(h.from));
      if (from.length) return from;
    }
    return [];
  };
  const verdictOf = (v: number): RecordedConvergence => {
    const taxon = summary(v);
    if (outcome.inherited(v)) return { taxon, verdict: 'inherited', agrees: false, from: heritageAbove(v) };
    const origin = originOf(v);
    const at = origin === undefined ? {} : { origin: summary(origin) };
    if (fitch.origins >= 2) return { taxon, verdict: 'independent', agrees: true, ...at };
    return { taxon, verdict: fitch.maxOrigins >= 2 ? 'ambiguous' : 'single-origin', agrees: false, ...at };
  };
  const families = new Map<number, Ref>();
  for (const v of [...lists.hasTrait, ...lists.converges]) {
    for (const f of data.families[v] ?? []) if (!families.has(f)) families.set(f, { id: data.tree.taxa[f]!.id, name: data.tree.taxa[f]!.name });
  }
  const single = outcome.single;
  return {
    trait: lists.trait,
    origins: fitch.origins,
    maxOrigins: fitch.maxOrigins,
    losses: fitch.losses,
    changes: fitch.changes,
    consistencyIndex: fitch.consistencyIndex,
    convergent: fitch.origins >= 2,
    originTaxa: firstByName(data, fitch.gains).map(summary),
    lossTaxa: firstByName(data, fitch.lossesAt).map(summary),
    ambiguous: firstByName(data, ambiguous).map(summary),
    ambiguousCount: ambiguous.length,
    recordedIn: [...new Set(lists.converges)].map(verdictOf).sort((a, b) => byName(a.taxon, b.taxon)),
    inheritedBy: lists.heritage.map((h) => ({ heir: summary(h.heir), from: summary(h.from) })),
    families: [...families.values()].sort(byName).slice(0, LIST_LIMIT),
    familyCount: families.size,
    singleOrigin: single && { at: single.at >= 0 ? summary(single.at) : null, losses: single.losses },
  };
}

/** The first LIST_LIMIT taxa by name (a plain comparison: thousands of origins on a large tree). */
function firstByName(data: ConvergenceData, taxa: number[]): number[] {
  const named = taxa.map((v) => ({ v, name: data.tree.taxa[v]!.name }));
  return named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, LIST_LIMIT).map((x) => x.v);
}
