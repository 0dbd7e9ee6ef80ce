// From a view's answer and the view state to what Cytoscape draws: filters, hidden nodes, level of
// detail, the drawing cap, then each element's label, colour and classes. Pure.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeData, EdgeType, Elements, NodeData } from '../api/types.ts';
import type { Depth, Filters } from '../state/view-state.ts';
import { autoDepth, collapse } from './collapse.ts';
import { keptNodes } from './filters.ts';
import { NO_FAMILY_COLOR, edgeTypeInfo, rankIndex } from './model.ts';
import { ancestors, parentMap, type ParentMap } from './tree.ts';
import { displayName } from './reader-text.ts';

export interface DrawInput {
  elements: Elements;
  filters: Filters;
  /** Edge types drawn when the filters leave them to the view. */
  defaultEdges: readonly EdgeType[];
  hide: readonly string[];
  depth: Depth;
  open: readonly string[];
  reveal: readonly string[];
  /** Edges the reader asked for by expanding a node: drawn whatever the edge filter. */
  forcedEdges?: ReadonlySet<string>;
  carriers: ReadonlyMap<string, ReadonlySet<string>>;
  colors: ReadonlyMap<string, string>;
  /** Names of every node in the taxonomy, for edge captions (a heritage edge names its trait). */
  names: ReadonlyMap<string, string>;
  /** Most nodes drawn before the rest waits behind a notice. */
  limit: number;
  /** How many leaves the hierarchy may have when the depth is `auto`. */
  readableBudget: number;
}

export interface Drawing {
  elements: ElementDefinition[];
  depth: Exclude<Depth, 'auto'>;
  /** Nodes that would be drawn without the cap. */
  total: number;
  shown: number;
}

export const DEFAULT_LIMIT = 1500;
/** Leaves of the hierarchy the page opens with: about what a laptop screen shows readably. */
export const READABLE_BUDGET = 16;

export function draw(input: DrawInput): Drawing {
  const { elements, filters } = input;
  const parents = parentMap(elements);
  const kept = keptNodes({ elements, parents, filters, hide: input.hide, carriers: input.carriers });
  const nodes = elements.nodes.map((n) => n.data).filter((n) => kept.has(n.id));
  const keptParents = nearestKeptParents(parents, kept);

  const collapseInput = { nodes, parents: keptParents, open: new Set(input.open), reveal: new Set(input.reveal) };
  // The automatic depth is the answer's, not the reader's: opening a clade or choosing a node
  // must not fold the clades around it.
  const depth = input.depth === 'auto' ? autoDepth({ ...collapseInput, open: new Set(), reveal: new Set() }, input.readableBudget) : input.depth;
  const { visible, rep, folded } = collapse({ ...collapseInput, depth });

  const shownTypes = new Set(filters.edges ?? input.defaultEdges);
  const hybrids = new Set(nodes.filter((n) => n.hybrid).map((n) => n.id));
  const edges = remapEdges(elements.edges.map((e) => e.data), rep, keptParents, visible, (e) => shownTypes.has(e.type) || !!input.forcedEdges?.has(e.id), hybrids);

  // A trait, paper or lab is drawn for its relationships, unless the answer is nodes alone.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodesAlone = elements.edges.length === 0;
  const drawn = nodes.filter((n) => visible.has(n.id) && (n.kind === 'taxon' || nodesAlone || linked.has(n.id)));

  const capped = cap(drawn, input.limit, new Set(input.reveal), keptParents);
  const ids = new Set(capped.map((n) => n.id));
  return {
    depth,
    total: drawn.length,
    shown: capped.length,
    elements: [
      ...capped.map((n) => nodeElement(n, folded.get(n.id) ?? 0, input.colors)),
      ...edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => edgeElement(e, input.names)),
    ],
  };
}

/** A kept node's parent is its nearest kept ancestor, so filtering out a rank bridges the tree. */
function nearestKeptParents(parents: ParentMap, kept: ReadonlySet<string>): ParentMap {
  const result: ParentMap = new Map();
  for (const id of kept) {
    const parent = ancestors(parents, id).find((a) => kept.has(a));
    if (parent !== undefined) result.set(id, parent);
  }
  return result;
}

export interface DrawnEdge extends EdgeData {
  /** How many relationships this drawn edge stands for once clades are folded. */
  count: number;
  /** A hybrid's classification edge to its parent outside the tree. */
  secondParent?: boolean;
}

function remapEdges(edges: EdgeData[], rep: Map<string, string>, parents: ParentMap, visible: Set<string>, shown: (e: EdgeData) => boolean, hybrids: ReadonlySet<string>): DrawnEdge[] {
  const byId = new Map<string, DrawnEdge>();
  // The classification is redrawn from the tree: one edge from each drawn taxon to its drawn parent.
  const memberOf = new Map(edges.filter((e) => e.type === 'MEMBER_OF').map((e) => [`${e.source}>${e.target}`, e]));
  const treeShown = edges.some((e) => e.type === 'MEMBER_OF' && shown(e));
  if (treeShown) {
    for (const id of visible) {
      const parent = parents.get(id);
      if (parent === undefined || !visible.has(parent)) continue;
      const original = memberOf.get(`${id}>${parent}`);
      const edge: DrawnEdge = original ? { ...original, count: 1 } : { id: `${id}~MEMBER_OF~${parent}`, source: id, target: parent, type: 'MEMBER_OF', confidence: 'medium', count: 1 };
      byId.set(edge.id, edge);
    }
    // A hybrid's other parent is not in the tree (one parent each): drawn beside it, so the
    // hybrid stands once, joined to both parents.
    for (const e of memberOf.values()) {
      if (!hybrids.has(e.source) || parents.get(e.source) === e.target) continue;
      const target = rep.get(e.target);
      if (!visible.has(e.source) || target === undefined || target === e.source) continue;
      byId.set(e.id, { ...e, target, count: 1, secondParent: true });
    }
  }
  for (const e of edges) {
    if (e.type === 'MEMBER_OF' || !shown(e)) continue;
    const source = rep.get(e.source);
    const target = rep.get(e.target);
    if (source === undefined || target === undefined || source === target) continue;
    if (source === e.source && target === e.target) {
      byId.set(e.id, { ...e, count: 1 });
      continue;
    }
    const id = `${source}~${e.type}~${target}~folded`;
    const existing = byId.get(id);
    if (existing) existing.count += 1;
    else byId.set(id, { ...e, id, source, target, count: 1 });
  }
  return [...byId.values()];
}

/** Beyond the limit, draw what matters first: revealed nodes, then the classification from the top. */
function cap(nodes: NodeData[], limit: number, reveal: Set<string>, parents: ParentMap): NodeData[] {
  if (nodes.length <= limit) return nodes;
  const depthOf = (id: string) => ancestors(parents, id).length;
  // Scored once each: scoring inside the comparison walked every ancestor chain n log n times.
  const scores = new Map(nodes.map((n) => [n.id, reveal.has(n.id) ? -1 : n.kind === 'taxon' ? depthOf(n.id) * 10 + rankIndex(n.rank) / 10 : 1000]));
  const score = (n: NodeData) => scores.get(n.id) as number;
  return [...nodes].sort((a, b) => score(a) - score(b) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).slice(0, limit);
}

function nodeElement(n: NodeData, folded: number, colors: ReadonlyMap<string, string>): ElementDefinition {
  const classes = [`kind-${n.kind}`, n.rank && `rank-${n.rank}`, `conf-${n.confidence ?? 'high'}`, folded > 0 && 'folded', n.hybrid && 'hybrid'];
  return {
    group: 'nodes',
    data: { ...n, display: displayLabel(n, folded), color: (n.family && colors.get(n.family)) || NO_FAMILY_COLOR, folded },
    classes: classes.filter(Boolean).join(' '),
  };
}

function edgeElement(e: DrawnEdge, names: ReadonlyMap<string, string>): ElementDefinition {
  const classes = [`type-${e.type}`, `conf-${e.confidence ?? 'high'}`, e.count > 1 && 'bundle', e.secondParent && 'second-parent'];
  return { group: 'edges', data: { ...e, caption: edgeCaption(e, names) }, classes: classes.filter(Boolean).join(' ') };
}

export function edgeCaption(e: DrawnEdge, names: ReadonlyMap<string, string>): string {
  const trait = e.trait && (names.get(e.trait) ?? e.trait);
  return [edgeTypeInfo(e.type).label, trait && `: ${trait}`, e.count > 1 && ` ×${e.count}`].filter(Boolean).join('');
}

/**
 * What a node says on the canvas: Latin name (a hybrid marked ×, as botanists write one), the
 * best-known common name, a folded clade's count.
 */
export function displayLabel(n: NodeData, folded = 0): string {
  const lines = [n.hybrid ? `× ${displayName(n)}` : displayName(n)];
  const common = n.commonNames?.find((c) => c !== n.label);
  if (common && (n.rank === 'species' || n.rank === 'genus' || n.rank === 'family')) lines.push(common);
  if (folded > 0) lines.push(`+${folded} inside`);
  return lines.join('\n');
}
