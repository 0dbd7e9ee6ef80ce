// The classification tree inside a graph answer: each taxon's parent by MEMBER_OF, and its ancestors.
import type { Elements } from '../api/types.ts';

export type ParentMap = Map<string, string>;

/** A taxon placed in two taxa keeps its first placement: the tree needs one parent each. */
export function parentMap(elements: Elements): ParentMap {
  const parents: ParentMap = new Map();
  for (const { data } of elements.edges) {
    if (data.type === 'MEMBER_OF' && !parents.has(data.source) && data.source !== data.target) parents.set(data.source, data.target);
  }
  return parents;
}

/** Ancestors from the parent up to the root; stops on a cycle rather than looping. */
export function ancestors(parents: ParentMap, id: string): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  for (let p = parents.get(id); p !== undefined && !seen.has(p); p = parents.get(p)) {
    chain.push(p);
    seen.add(p);
  }
  return chain;
}
