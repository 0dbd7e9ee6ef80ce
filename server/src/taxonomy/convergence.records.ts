// The rows of convergence/tree-and-states turned into what the parsimony reads: the
// classification tree and, for each trait, who records it, how, and who inherited it.
import type { Row } from '../store/graph-store.ts';
import { edgeId } from './model.ts';
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
  /** The HAS_TRAIT and CONVERGES edges themselves, to draw them. */
  edges: { taxon: number; type: 'HAS_TRAIT' | 'CONVERGES'; id: string }[];
}

export interface ConvergenceData {
  tree: ClassificationTree;
  families: number[][];
  traits: Map<string, TraitRecordLists>;
}

export function readConvergenceData(rows: Row[]): ConvergenceData {
  const taxa: TaxonRef[] = [];
  const memberOf: MemberOf[] = [];
  const traitRows: Ref[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.kind === 'taxon') {
      // One row per parent: a hybrid comes twice, a root once with no target.
      if (!seen.has(String(row.id))) taxa.push({ id: String(row.id), name: String(row.name ?? row.id), rank: String(row.rank ?? '') });
      seen.add(String(row.id));
      if (row.target != null) memberOf.push({ child: String(row.id), parent: String(row.target) });
    } else if (row.kind === 'trait') traitRows.push({ id: String(row.id), name: String(row.name ?? row.id) });
  }
  const tree = buildTree(taxa, memberOf);
  const traits = new Map<string, TraitRecordLists>(traitRows.map((trait) => [trait.id, { trait, hasTrait: [], converges: [], heritage: [], edges: [] }]));
  for (const row of rows) {
    const taxon = tree.index.get(String(row.id));
    if (taxon === undefined) continue;
    if (row.kind === 'HAS_TRAIT' || row.kind === 'CONVERGES') {
      const lists = traits.get(String(row.target));
      if (!lists) continue;
      (row.kind === 'HAS_TRAIT' ? lists.hasTrait : lists.converges).push(taxon);
      lists.edges.push({ taxon, type: row.kind, id: edgeId(row.kind, { from: String(row.id), to: String(row.target) }) });
    } else if (row.kind === 'HERITAGE') {
      const from = tree.index.get(String(row.target));
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
