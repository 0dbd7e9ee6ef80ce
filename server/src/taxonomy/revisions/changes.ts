// What a revision changed, as plain values: each node or edge it touched with its state before
// and after. Pure: composing revisions, the fields that differ, a graph's state at an earlier
// revision. The same on both engines, since both read the same rows.
import { kindOfLabels } from '../import/graph-lookup.ts';
import type { EdgeType, NodeKind } from '../model.ts';

export type Props = Record<string, unknown>;

/** A node as a revision keeps it: its kind (which gives its labels with its rank) and properties, without id. */
export interface NodeState {
  kind: NodeKind;
  props: Props;
}

/** An edge as a revision keeps it: type and ends, and properties without id. */
export interface EdgeState {
  type: EdgeType;
  from: string;
  to: string;
  props: Props;
}

export type EntityKind = 'node' | 'edge';
export type Op = 'added' | 'removed' | 'changed';

interface NodeChange {
  kind: 'node';
  entity: string;
  before: NodeState | null;
  after: NodeState | null;
}
interface EdgeChange {
  kind: 'edge';
  entity: string;
  before: EdgeState | null;
  after: EdgeState | null;
}
export type Change = NodeChange | EdgeChange;

/** A whole graph (or part of one) as states keyed by `node:id` / `edge:id`. */
export interface GraphState {
  nodes: Map<string, NodeState>;
  edges: Map<string, EdgeState>;
}

export const emptyState = (): GraphState => ({ nodes: new Map(), edges: new Map() });

export const keyOf = (c: Pick<Change, 'kind' | 'entity'>) => `${c.kind}:${c.entity}`;

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  return (a ?? null) === (b ?? null);
}

/** Each property whose value differs, as `[old, new]` (null where absent), keys sorted. */
export function fieldChanges(before: Props, after: Props): Record<string, [unknown, unknown]> {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return Object.fromEntries(keys.filter((k) => !sameValue(before[k], after[k])).map((k) => [k, [before[k] ?? null, after[k] ?? null]]));
}

/** The edge's ends and type count as fields too: a moved edge is a changed one. */
function stateFields(kind: EntityKind, state: NodeState | EdgeState): Props {
  if (kind === 'node') return { ...state.props, kind: (state as NodeState).kind };
  const { type, from, to, props } = state as EdgeState;
  return { ...props, type, from, to };
}

export function changedFields(change: Change): Record<string, [unknown, unknown]> {
  if (!change.before || !change.after) return {};
  return fieldChanges(stateFields(change.kind, change.before), stateFields(change.kind, change.after));
}

/** What a change did: added, removed, changed; undefined when before and after are the same. */
export function opOf(change: Change): Op | undefined {
  if (!change.before && !change.after) return undefined;
  if (!change.before) return 'added';
  if (!change.after) return 'removed';
  return Object.keys(changedFields(change)).length ? 'changed' : undefined;
}

export function summarise(changes: Iterable<Change>): { added: number; changed: number; removed: number } {
  const out = { added: 0, changed: 0, removed: 0 };
  for (const c of changes) {
    const op = opOf(c);
    if (op) out[op]++;
  }
  return out;
}

/**
 * The net change of a run of revisions, oldest first: for each entity, its state before the
 * first of them and after the last. Entities that end as they began are left out.
 */
export function compose(changes: Change[]): Change[] {
  const net = new Map<string, Change>();
  for (const c of changes) {
    const key = keyOf(c);
    const first = net.get(key);
    net.set(key, first ? ({ ...first, after: c.after } as Change) : c);
  }
  return [...net.values()].filter((c) => opOf(c) !== undefined);
}

/** The same change seen backwards: what undoing it does. */
export const inverse = (c: Change): Change => ({ ...c, before: c.after, after: c.before }) as Change;

/** Applies changes to a state (mutating it): each entity takes its `after`, or goes when that is null. */
export function apply(state: GraphState, changes: Iterable<Change>): GraphState {
  for (const c of changes) {
    if (c.kind === 'node') {
      if (c.after) state.nodes.set(c.entity, c.after);
      else state.nodes.delete(c.entity);
    } else if (c.after) state.edges.set(c.entity, c.after);
    else state.edges.delete(c.entity);
  }
  return state;
}

/** The state of a graph before a run of revisions (oldest first), from its state after them. */
export function stateBefore(after: GraphState, changes: Change[]): GraphState {
  const state: GraphState = { nodes: new Map(after.nodes), edges: new Map(after.edges) };
  return apply(state, compose(changes).map(inverse));
}

/** Changes that turn one state into another. */
export function changesBetween(from: GraphState, to: GraphState): Change[] {
  const out: Change[] = [];
  for (const id of new Set([...from.nodes.keys(), ...to.nodes.keys()])) {
    const c: Change = { kind: 'node', entity: id, before: from.nodes.get(id) ?? null, after: to.nodes.get(id) ?? null };
    if (opOf(c)) out.push(c);
  }
  for (const id of new Set([...from.edges.keys(), ...to.edges.keys()])) {
    const c: Change = { kind: 'edge', entity: id, before: from.edges.get(id) ?? null, after: to.edges.get(id) ?? null };
    if (opOf(c)) out.push(c);
  }
  return out;
}

/** A node row as the store reads it ({id, labels, props}) as a state. */
export function nodeStateOf(row: { labels?: unknown; props?: unknown }): NodeState {
  // searchText and searchKeys are derived from the names and written again after every write (import/search-text).
  const { id: _id, searchText: _searchText, searchKeys: _searchKeys, ...props } = (row.props ?? {}) as Props;
  return { kind: kindOfLabels(row.labels) ?? 'taxon', props };
}

/** An edge row as the store reads it ({id, type, from, to, props}) as a state. */
export function edgeStateOf(row: { type?: unknown; from?: unknown; to?: unknown; props?: unknown }): EdgeState {
  const { id: _id, ...props } = (row.props ?? {}) as Props;
  return { type: String(row.type) as EdgeType, from: String(row.from), to: String(row.to), props };
}
