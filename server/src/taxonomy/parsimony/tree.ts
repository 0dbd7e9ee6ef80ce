// The classification (MEMBER_OF) as the parsimony reads it: taxa as indices, each with its
// parents, in a topological order (parents first), and for one trait the tree Fitch runs on.
//
// Hybrids: a taxon may have two or more parents (a DAG). It stays one node, counted once. For
// each trait it hangs under one parent only: the first (by the parents' id) through which it
// carries the trait by record, or its first parent when none does. So a trait a hybrid has
// from one parent never counts as a new origin beside the other, and its own clade is never
// counted twice. (Trying every choice of parents for every hybrid, "softwired" parsimony, is
// exponential in the number of hybrids; this is the linear rule.) Its other parent edges are
// drawn, and a trait recorded above either parent holds for it (see inheritDown).
import type { Forest } from './fitch.ts';

export interface TaxonRef {
  id: string;
  name: string;
  rank: string;
}

export interface ClassificationTree {
  taxa: TaxonRef[];
  index: Map<string, number>;
  /** Each taxon's first parent (by id), -1 for a root. */
  parent: Int32Array;
  /** Hybrids only: every parent, sorted by id (the first is `parent`). */
  hybridParents: Map<number, number[]>;
  /** Every taxon not on a MEMBER_OF cycle, parents before children. */
  order: Int32Array;
  /** Taxa on a MEMBER_OF cycle (bad data): left out of the order, so out of every count. */
  cyclic: string[];
  /** Each taxon's place in `order` (-1 when left out). */
  position: Int32Array;
  /** How many taxa have it as their first parent. */
  childCount: Int32Array;
  /** Children through any parent: those of v are children[childStart[v] .. childStart[v + 1]). */
  childStart: Int32Array;
  children: Int32Array;
}

export interface MemberOf {
  child: string;
  parent: string;
}

export function buildTree(taxa: TaxonRef[], memberOf: MemberOf[]): ClassificationTree {
  const index = new Map<string, number>();
  for (let i = 0; i < taxa.length; i++) index.set(taxa[i]!.id, i);
  const parent = new Int32Array(taxa.length).fill(-1);
  const hybridParents = new Map<number, number[]>();
  for (const e of memberOf) {
    const c = index.get(e.child);
    const p = index.get(e.parent);
    if (c === undefined || p === undefined || c === p) continue;
    const first = parent[c]!;
    if (first < 0) parent[c] = p;
    else if (first !== p) {
      const list = hybridParents.get(c) ?? [first];
      if (!list.includes(p)) list.push(p);
      hybridParents.set(c, list);
    }
  }
  for (const [c, list] of hybridParents) {
    list.sort((a, b) => (taxa[a]!.id < taxa[b]!.id ? -1 : 1));
    parent[c] = list[0]!;
  }
  const { order, cyclic, childStart, children } = topologicalOrder({ parent, hybridParents });
  const position = new Int32Array(taxa.length).fill(-1);
  const childCount = new Int32Array(taxa.length);
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    position[v] = i;
    if (parent[v]! >= 0) childCount[parent[v]!]! += 1;
  }
  return { taxa, index, parent, hybridParents, order, cyclic: cyclic.map((i) => taxa[i]!.id), position, childCount, childStart, children };
}

export function parentsOf(tree: Pick<ClassificationTree, 'parent' | 'hybridParents'>, v: number): number[] {
  const p = tree.parent[v]!;
  return tree.hybridParents.get(v) ?? (p >= 0 ? [p] : []);
}

/** Kahn's algorithm over child → parent edges: a taxon comes after all its parents. */
function topologicalOrder(tree: Pick<ClassificationTree, 'parent' | 'hybridParents'>): { order: Int32Array; cyclic: number[]; childStart: Int32Array; children: Int32Array } {
  const n = tree.parent.length;
  const waiting = new Int32Array(n);
  const childStart = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) for (const p of parentsOf(tree, c)) childStart[p + 1]! += 1;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(childStart[n]!);
  for (let c = 0; c < n; c++) {
    const list = parentsOf(tree, c);
    waiting[c] = list.length;
    for (const p of list) children[fill[p]!++] = c;
  }
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order[tail++] = i;
  while (head < tail) {
    const v = order[head++]!;
    for (let k = childStart[v]!; k < childStart[v + 1]!; k++) {
      const c = children[k]!;
      if (--waiting[c]! === 0) order[tail++] = c;
    }
  }
  const cyclic: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i]! > 0) cyclic.push(i);
  return { order: order.slice(0, tail), cyclic, childStart, children };
}

/** A mark on a taxon holds for every taxon under it (through any parent). */
export function inheritDown(tree: ClassificationTree, marks: Uint8Array): Uint8Array {
  const out = marks.slice();
  const { order, parent } = tree;
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    if (out[v]) continue;
    const p = parent[v]!;
    if (p >= 0 && out[p]) out[v] = 1;
  }
  if (tree.hybridParents.size === 0) return out;
  // With hybrids, a second pass in order also follows their other parents.
  for (let i = 0; i < order.length; i++) {
    const v = order[i]!;
    if (out[v]) continue;
    const list = tree.hybridParents.get(v);
    const p = parent[v]!;
    if ((p >= 0 && out[p]) || list?.some((q) => out[q])) out[v] = 1;
  }
  return out;
}

/** The tree for one trait: each taxon under one parent (see the hybrid rule above). */
export function forestFor(tree: ClassificationTree, carries: Uint8Array): Forest {
  const parent = tree.parent.slice();
  for (const [v, list] of tree.hybridParents) parent[v] = list.find((p) => carries[p]) ?? list[0]!;
  return { order: tree.order, parent };
}

/** Every taxon's families (itself when a family), through every parent; computed once for all. */
export function familySets(tree: ClassificationTree): number[][] {
  const none: number[] = [];
  const sets: number[][] = tree.taxa.map(() => none);
  for (let i = 0; i < tree.order.length; i++) {
    const v = tree.order[i]!;
    if (tree.taxa[v]!.rank === 'family') {
      sets[v] = [v];
      continue;
    }
    const list = tree.hybridParents.get(v);
    const p = tree.parent[v]!;
    // One parent (the usual case) shares its parent's list; a hybrid joins its parents' lists.
    if (list) sets[v] = [...new Set(list.flatMap((q) => sets[q]!))];
    else if (p >= 0) sets[v] = sets[p]!;
  }
  return sets;
}
