// The convergence matrix summarised for a large taxonomy: families grouped under the clade they
// belong to (as few groups as a panel shows side by side), each group's cell counting how many
// of its families carry the trait; traits ranked by their independent origins. Pure.
import type { ConvergenceAnswer } from '../../api/types.ts';
import { ancestors, type ParentMap } from '../../graph/tree.ts';

/** Up to this many families, each has its own column: no grouping. */
export const FAMILY_COLUMNS = 12;
/** Families are grouped at the nearest rank above them that gives at most this many groups. */
export const MAX_GROUPS = 8;

export interface FamilyGroup {
  /** The clade the families belong to; undefined for families placed in none. */
  clade?: { id: string; name: string };
  families: { id: string; name: string }[];
}

export interface TraitRow {
  id: string;
  name: string;
  origins: number;
  consistencyIndex: number | null;
}

export interface GroupCell {
  carried: number;
  recorded: number;
  of: number;
}

type Matrix = ConvergenceAnswer['matrix'];

/**
 * The families in groups: one group a family when there are few, else under the nearest
 * clade above them at which there are at most MAX_GROUPS groups (the root's children, at worst).
 */
export function groupFamilies(families: Matrix['families'], parents: ParentMap, names: ReadonlyMap<string, string>): FamilyGroup[] {
  if (families.length <= FAMILY_COLUMNS) return families.map((f) => ({ families: [f] }));
  const chains = new Map(families.map((f) => [f.id, ancestors(parents, f.id)]));
  const tallest = Math.max(0, ...[...chains.values()].map((c) => c.length));
  // Level k: each family's k-th ancestor (0: its parent); a shorter chain stops at its top.
  const at = (id: string, k: number) => {
    const chain = chains.get(id) ?? [];
    return chain[Math.min(k, chain.length - 2)] ?? chain.at(-1);
  };
  let level = 0;
  while (level < tallest - 1 && new Set(families.map((f) => at(f.id, level))).size > MAX_GROUPS) level++;
  const groups = new Map<string | undefined, FamilyGroup>();
  for (const f of [...families].sort((a, b) => a.name.localeCompare(b.name))) {
    const clade = at(f.id, level);
    const group = groups.get(clade) ?? { ...(clade !== undefined && { clade: { id: clade, name: names.get(clade) ?? clade } }), families: [] };
    group.families.push(f);
    groups.set(clade, group);
  }
  return [...groups.values()].sort((a, b) => (a.clade?.name ?? '~').localeCompare(b.clade?.name ?? '~'));
}

/** Traits with the most independent origins first, then by name; those matching `filter` (any word of the name, any case). */
export function rankTraits<T extends TraitRow>(traits: T[], filter = ''): T[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return traits
    .filter((t) => words.every((w) => t.name.toLowerCase().includes(w)))
    .sort((a, b) => b.origins - a.origins || a.name.localeCompare(b.name));
}

export type CellState = 'carried' | 'recorded';

/** Each carried cell's state, by `${trait}|${family}`; a cell not in it is not carried. */
export function cellStates(matrix: Matrix): Map<string, CellState> {
  const states = new Map<string, CellState>();
  for (const t of matrix.traits) {
    for (const i of t.carried) states.set(`${t.id}|${matrix.families[i]!.id}`, 'carried');
    for (const i of t.recorded) states.set(`${t.id}|${matrix.families[i]!.id}`, 'recorded');
  }
  return states;
}

/** How many of a group's families carry each trait, and how many of those are recorded convergence. */
export function groupCells(matrix: Matrix, groups: FamilyGroup[], states = cellStates(matrix)): Map<string, GroupCell> {
  const result = new Map<string, GroupCell>();
  groups.forEach((g, i) => {
    for (const t of matrix.traits) {
      let carried = 0;
      let recorded = 0;
      for (const f of g.families) {
        const state = states.get(`${t.id}|${f.id}`);
        if (state === 'recorded') recorded++;
        if (state) carried++;
      }
      result.set(`${t.id}|${i}`, { carried, recorded, of: g.families.length });
    }
  });
  return result;
}
