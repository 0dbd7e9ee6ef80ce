// The rows of convergence/tree-and-states turned into what the parsimony reads: the
// classification tree and, for each trait, who records it, how, and who inherited it.
import type { Row } from '../store/graph-store.ts';
import type { TraitMarks } from './parsimony/compact.ts';
import type { TraitRecords } from './parsimony/history.ts';
import { buildTree, familySets, type ClassificationTree, type MemberOf, type TaxonRef } from './parsimony/tree.ts';

export interface Ref {
  id: string;
  name: string;
}

export interface TraitRecordLists {
  trait: Ref;
  /** Taxa (indices) with HAS_TRAIT, with CONVERGES. */
  hasTrait: number[];
  converges: number[];
  /** HERITAGE {trait}: the heir and the lineage it inherited from (indices). */
  heritage: { heir: number; from: number }[];
}

export interface ConvergenceData {
  tree: ClassificationTree;
  families: number[][];
  traits: Map<string, TraitRecordLists>;
}

export function readConvergenceData(rows: Row[]): ConvergenceData {
  const taxa: TaxonRef[] = [];
  const index = new Map<string, number>();
  const memberOf: MemberOf[] = [];
  const traitRows: Ref[] = [];
  const records: Row[] = [];
  for (const row of rows) {
    const id = String(row.id);
    if (row.kind === 'taxon') {
      // One row per parent: a hybrid comes twice, a root once with no target.
      if (!index.has(id)) {
        index.set(id, taxa.length);
        taxa.push({ id, name: String(row.name ?? id), rank: String(row.rank ?? '') });
      }
      if (row.target != null) memberOf.push({ child: id, parent: String(row.target) });
    } else if (row.kind === 'trait') traitRows.push({ id, name: String(row.name ?? id) });
    else records.push(row);
  }
  const tree = buildTree(taxa, memberOf, index);
  const traits = new Map<string, TraitRecordLists>(traitRows.map((trait) => [trait.id, { trait, hasTrait: [], converges: [], heritage: [] }]));
  for (const row of records) {
    const taxon = index.get(String(row.id));
    if (taxon === undefined) continue;
    if (row.kind === 'HAS_TRAIT') traits.get(String(row.target))?.hasTrait.push(taxon);
    else if (row.kind === 'CONVERGES') traits.get(String(row.target))?.converges.push(taxon);
    else if (row.kind === 'HERITAGE') {
      const from = index.get(String(row.target));
      if (from !== undefined) traits.get(String(row.trait))?.heritage.push({ heir: taxon, from });
    }
  }
  return { tree, families: familySets(tree), traits };
}

/** One trait's records as lists, for the compacted parsimony. */
export function marksOf(lists: TraitRecordLists): TraitMarks {
  return { recorded: [...lists.hasTrait, ...lists.converges], heritage: lists.heritage.map((h) => h.heir) };
}

/** The per-taxon marks the whole-tree parsimony reads for one trait. */
export function recordsOf(data: ConvergenceData, lists: TraitRecordLists): TraitRecords {
  const size = data.tree.taxa.length;
  const recorded = new Uint8Array(size);
  const heritage = new Uint8Array(size);
  for (const v of lists.hasTrait) recorded[v] = 1;
  for (const v of lists.converges) recorded[v] = 1;
  for (const { heir } of lists.heritage) heritage[heir] = 1;
  return { recorded, heritage };
}
