// Level of detail: which taxa are drawn at a given depth, and which drawn clade stands for each
// hidden one. Clades below the depth fold into their nearest drawn ancestor until opened in place.
import type { NodeData, Rank } from '../api/types.ts';
import type { Depth } from '../state/view-state.ts';
import { RANKS, rankIndex } from './model.ts';
import { ancestors, type ParentMap } from './tree.ts';

export interface CollapseInput {
  nodes: NodeData[];
  parents: ParentMap;
  depth: Exclude<Depth, 'auto'>;
  /** Clades whose children are drawn whatever the depth. */
  open: ReadonlySet<string>;
  /** Nodes that must be drawn (selection, search result, path): their ancestors are drawn too. */
  reveal: ReadonlySet<string>;
}

export interface Collapsed {
  /** Drawn node ids. */
  visible: Set<string>;
  /** For every node, the drawn node that stands for it (itself when drawn). */
  rep: Map<string, string>;
  /** For a drawn clade, how many hidden nodes it stands for. */
  folded: Map<string, number>;
}

export function collapse({ nodes, parents, depth, open, reveal }: CollapseInput): Collapsed {
  const limit = depth === 'all' ? Infinity : rankIndex(depth);
  const ids = new Set(nodes.map((n) => n.id));
  const rankOf = new Map(nodes.map((n) => [n.id, n.rank]));
  const forced = new Set<string>();
  for (const id of reveal) {
    if (!ids.has(id)) continue;
    forced.add(id);
    for (const a of ancestors(parents, id)) forced.add(a);
  }

  const visible = new Set<string>();
  const rep = new Map<string, string>();
  const decide = (id: string, trail: Set<string>): string => {
    const known = rep.get(id);
    if (known !== undefined) return known;
    const parent = parents.get(id);
    let own: string;
    if (parent === undefined || !ids.has(parent) || trail.has(parent)) {
      own = id; // a root of this answer, or not a taxon: always drawn
    } else {
      trail.add(id);
      const parentRep = decide(parent, trail);
      const parentDrawn = parentRep === parent;
      const withinDepth = rankIndex(rankOf.get(id)) <= limit || open.has(parent);
      own = forced.has(id) || (parentDrawn && withinDepth) ? id : parentRep;
    }
    rep.set(id, own);
    if (own === id) visible.add(id);
    return own;
  };
  for (const n of nodes) decide(n.id, new Set());

  const folded = new Map<string, number>();
  for (const [id, r] of rep) if (r !== id) folded.set(r, (folded.get(r) ?? 0) + 1);
  return { visible, rep, folded };
}

/**
 * The deepest depth whose drawing has at most `budget` leaves: a hierarchy is as tall as its
 * leaves, so this is how the page opens with every label readable and the whole tree in view.
 */
export function autoDepth(input: Omit<CollapseInput, 'depth'>, budget: number): Exclude<Depth, 'auto'> {
  const taxa = input.nodes.filter((n) => n.kind === 'taxon');
  const present = new Set(taxa.map((n) => n.rank).filter((r): r is Rank => r !== undefined));
  const candidates: Exclude<Depth, 'auto'>[] = ['all', ...RANKS.filter((r) => present.has(r)).reverse()];
  for (const depth of candidates) {
    const { visible } = collapse({ ...input, nodes: taxa, depth });
    if (leaves(visible, input.parents) <= budget) return depth;
  }
  return candidates.at(-1) ?? 'all';
}

function leaves(visible: ReadonlySet<string>, parents: ParentMap): number {
  const withChildren = new Set<string>();
  for (const id of visible) {
    const parent = parents.get(id);
    if (parent !== undefined && visible.has(parent)) withChildren.add(parent);
  }
  return visible.size - withChildren.size;
}
