// The reader's filters (rank, family, trait) and hidden nodes, as the set of nodes that stay.
import type { Elements } from '../api/types.ts';
import type { Filters } from '../state/view-state.ts';
import { ancestors, type ParentMap } from './tree.ts';

export interface FilterInput {
  elements: Elements;
  parents: ParentMap;
  filters: Filters;
  hide: readonly string[];
  /** Which taxa carry which trait (HAS_TRAIT or CONVERGES), from the whole taxonomy. */
  carriers: ReadonlyMap<string, ReadonlySet<string>>;
}

export function keptNodes({ elements, parents, filters, hide, carriers }: FilterInput): Set<string> {
  const hidden = new Set(hide);
  const ranks = new Set(filters.ranks);
  const families = new Set(filters.families);
  let traitCarriers: Set<string> | undefined;
  if (filters.traits.length) {
    traitCarriers = new Set(filters.traits);
    for (const trait of filters.traits) {
      for (const taxon of carriers.get(trait) ?? []) {
        traitCarriers.add(taxon);
        for (const a of ancestors(parents, taxon)) traitCarriers.add(a);
      }
    }
  }
  const kept = new Set<string>();
  for (const { data } of elements.nodes) {
    if (hidden.has(data.id)) continue;
    if (data.kind === 'taxon') {
      if (ranks.size && data.rank && !ranks.has(data.rank)) continue;
      if (families.size && data.family && !families.has(data.family)) continue;
      if (traitCarriers && !traitCarriers.has(data.id)) continue;
    } else if (traitCarriers && data.kind === 'trait' && !traitCarriers.has(data.id)) {
      continue;
    }
    kept.add(data.id);
  }
  return kept;
}

/** Trait id → taxa that carry it, from HAS_TRAIT and CONVERGES edges. */
export function traitCarriers(elements: Elements): Map<string, Set<string>> {
  const carriers = new Map<string, Set<string>>();
  for (const { data } of elements.edges) {
    if (data.type !== 'HAS_TRAIT' && data.type !== 'CONVERGES') continue;
    const set = carriers.get(data.target) ?? new Set<string>();
    set.add(data.source);
    carriers.set(data.target, set);
  }
  return carriers;
}
