// The classification (MEMBER_OF) as the parsimony reads it: taxa as indices, each with its
// parents, in a topological order (parents first), and for one trait the tree Fitch runs on.
//
// Hybrids: a taxon may have two or more parents (a DAG). It stays one node, counted once. For
// each trait it hangs under one parent only: the first (by the parents' order, here their id)
// through which it carries the trait by record, or its first parent when none or several do.
// So a trait a hybrid has from one parent never counts as a new origin beside the other, and
// its own clade is never counted twice. (Trying every choice of parents for every hybrid,
// "softwired" parsimony, is exponential in the number of hybrids; this is the linear rule.)
import type { Forest } from './fitch.ts';

export interface TaxonRef {
  id: string;
  name: string;
  rank: string;
}

export interface ClassificationTree {
  taxa: TaxonRef[];
  index: Map<string, number>;
  /** Each taxon's parents, sorted by id. */
  parents: number[][];
  /** Every taxon not on a MEMBER_OF cycle, parents before children. */
  order: Int32Array;
  /** Taxa on a MEMBER_OF cycle (bad data): left out of the order, so out of every count. */
  cyclic: string[];
  /** The MEMBER_OF edge ids, keyed `child parent` (indices), so drawn edges match the graph's. */
  edgeIds: Map<string, string>;
}

export interface MemberOf {
  child: string;
  parent: string;
  id?: string;
}

export function buildTree(taxa: TaxonRef[], memberOf: MemberOf[]): ClassificationTree {
  const sorted = [...taxa].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(sorted.map((t, i) => [t.id, i]));
  const parents: number[][] = sorted.map(() => []);
  const edgeIds = new Map<string, string>();
  for (const e of memberOf) {
    const c = index.get(e.child);
    const p = index.get(e.parent);
    if (c === undefined || p === undefined || c === p || parents[c]!.includes(p)) continue;
    parents[c]!.push(p);
    edgeIds.set(`${c} ${p}`, e.id ?? `${e.child}~MEMBER_OF~${e.parent}`);
  }
  for (const list of parents) list.sort((a, b) => a - b);
  const { order, cyclic } = topologicalOrder(parents);
  return { taxa: sorted, index, parents, order, cyclic: cyclic.map((i) => sorted[i]!.id), edgeIds };
}

/** Kahn's algorithm over child → parent edges: a taxon comes after all its parents. */
function topologicalOrder(parents: number[][]): { order: Int32Array; cyclic: number[] } {
  const n = parents.length;
  const waiting = new Int32Array(n);
  const childStart = new Int32Array(n + 1);
  for (const list of parents) for (const p of list) childStart[p + 1]! += 1;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const fill = childStart.slice(0, n);
  const children = new Int32Array(childStart[n]!);
  parents.forEach((list, c) => {
    waiting[c] = list.length;
    for (const p of list) children[fill[p]!++] = c;
  });
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
  return { order: order.slice(0, tail), cyclic };
}

/** A mark on a taxon holds for every taxon under it (through any parent). */
export function inheritDown(tree: ClassificationTree, marks: Uint8Array): Uint8Array {
  const out = marks.slice();
  for (let i = 0; i < tree.order.length; i++) {
    const v = tree.order[i]!;
    if (out[v]) continue;
    for (const p of tree.parents[v]!) {
      if (out[p]) {
        out[v] = 1;
        break;
      }
    }
  }
  return out;
}

/** The tree for one trait: each taxon under one parent (see the hybrid rule above). */
export function forestFor(tree: ClassificationTree, carries: Uint8Array): Forest {
  const parent = new Int32Array(tree.taxa.length).fill(-1);
  for (let i = 0; i < tree.order.length; i++) {
    const v = tree.order[i]!;
    const list = tree.parents[v]!;
    if (list.length === 0) continue;
    parent[v] = list.find((p) => carries[p]) ?? list[0]!;
  }
  return { order: tree.order, parent };
}

/** The families a taxon sits in (itself when a family), through every parent. */
export function familiesOf(tree: ClassificationTree, v: number, seen = new Set<number>()): number[] {
  const found: number[] = [];
  const stack = [v];
  while (stack.length) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    if (tree.taxa[u]!.rank === 'family') found.push(u);
    stack.push(...tree.parents[u]!);
  }
  return found;
}
