// The revision log in the graph store: (:Revision) nodes numbered 1, 2, 3… and their changes,
// each node or edge they touched with its state before and after, a few thousand to a (:Change)
// node as JSON. Written by the same transaction as the change (these functions answer
// statements for the writer to append), read back through cypher/revisions. Both engines keep
// the log the same way, as data.
import type { CypherLibrary } from '../../cypher/library.ts';
import type { GraphStore, Row, Statement } from '../../store/graph-store.ts';
import { edgeRows, nodeRows } from '../dataset-writer.ts';
import type { Dataset } from '../model.ts';
import { edgeStateOf, emptyState, nodeStateOf, opOf, summarise, type Change, type EdgeState, type GraphState, type NodeState } from './changes.ts';

export const BATCH = 2_000;
/** The newest revision any read can ask for: "up to now". */
export const NOW = Number.MAX_SAFE_INTEGER;

export type RevisionKind = 'seed' | 'import' | 'revert' | 'baseline';

/** What wrote a revision: the files and formats of an import with its counts, the revision a revert went back to. */
export interface RevisionSource {
  kind: RevisionKind;
  files?: string[];
  formats?: string[];
  counts?: unknown;
  revertedTo?: number;
}

export interface RevisionMeta {
  message?: string | null;
  source: RevisionSource;
}

export interface Revision {
  id: number;
  at: string;
  message: string | null;
  source: RevisionSource;
  summary: { added: number; changed: number; removed: number };
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Statements that record a revision of these changes; none when nothing changed. */
export function recordStatements(library: CypherLibrary, meta: RevisionMeta, changes: Change[], at = new Date()): Statement[] {
  const real = changes.filter((c) => opOf(c));
  if (!real.length && meta.source.kind !== 'baseline') return [];
  const summary = summarise(real);
  const entries = real.map((c) => ({ entity: c.entity, kind: c.kind, op: opOf(c), before: c.before, after: c.after }));
  return [
    { text: library.get('revisions/record').text, params: { at: at.toISOString(), message: meta.message?.trim() || null, source: JSON.stringify(meta.source), ...summary } },
    ...batches(entries).map((part, i) => ({ text: library.get('revisions/record-changes').text, params: { part: i, changes: JSON.stringify(part) } })),
  ];
}

/** The states a dataset writes into an empty store: everything in it, added. */
export function datasetChanges(dataset: Dataset): Change[] {
  return [
    ...nodeRows(dataset).map((r): Change => ({ kind: 'node', entity: r.id, before: null, after: { kind: r.kind, props: r.props } })),
    ...edgeRows(dataset).map((r): Change => ({ kind: 'edge', entity: r.id, before: null, after: { type: r.type, from: r.from, to: r.to, props: r.props } })),
  ];
}

export async function readNodes(store: GraphStore, library: CypherLibrary, ids: string[]): Promise<Map<string, NodeState>> {
  const out = new Map<string, NodeState>();
  for (const batch of batches(ids)) {
    const { rows } = await store.read({ text: library.get('import/nodes-by-id').text, params: { ids: batch } });
    for (const row of rows) out.set(String(row.id), nodeStateOf(row));
  }
  return out;
}

export async function readEdges(store: GraphStore, library: CypherLibrary, refs: { id: string; from: string; to: string }[]): Promise<Map<string, EdgeState>> {
  const out = new Map<string, EdgeState>();
  for (const batch of batches(refs)) {
    const { rows } = await store.read({ text: library.get('revisions/edges-by-id').text, params: { rows: batch } });
    for (const row of rows) out.set(String(row.id), edgeStateOf(row));
  }
  return out;
}

/** The whole graph now, as states. */
export async function readGraph(store: GraphStore, library: CypherLibrary): Promise<GraphState> {
  const state = emptyState();
  const [nodes, edges] = [await store.read({ text: library.get('export/nodes').text }), await store.read({ text: library.get('export/edges').text })];
  for (const row of nodes.rows) state.nodes.set(String(row.id), nodeStateOf(row));
  for (const row of edges.rows) state.edges.set(String(row.id), edgeStateOf(row));
  return state;
}

/**
 * The import's hook: statements recording what writing `changed` (rows merged with SET +=)
 * does to the graph as it stands, read just before the write. `stored` names the nodes and
 * edges the import found in the graph: only those have a state before to read.
 */
export async function importRevision(store: GraphStore, library: CypherLibrary, changed: Dataset, meta: RevisionMeta, stored: { nodes: Set<string>; edges: Set<string> }): Promise<Statement[]> {
  const nodes = nodeRows(changed);
  const edges = edgeRows(changed);
  // Reading 223,142 new edges back by id, to find none, took 1.2 s of a 100,000-species import.
  const beforeNodes = await readNodes(store, library, nodes.filter((n) => stored.nodes.has(n.id)).map((n) => n.id));
  const beforeEdges = await readEdges(store, library, edges.filter((e) => stored.edges.has(e.id)));
  const changes: Change[] = [
    ...nodes.map((r): Change => {
      const before = beforeNodes.get(r.id) ?? null;
      return { kind: 'node', entity: r.id, before, after: { kind: before?.kind ?? r.kind, props: { ...before?.props, ...r.props } } };
    }),
    ...edges.map((r): Change => {
      const before = beforeEdges.get(r.id) ?? null;
      return { kind: 'edge', entity: r.id, before, after: { type: r.type, from: r.from, to: r.to, props: { ...before?.props, ...r.props } } };
    }),
  ];
  return recordStatements(library, meta, changes);
}

function revisionOf(row: Row): Revision {
  let source: RevisionSource;
  try {
    source = JSON.parse(String(row.source)) as RevisionSource;
  } catch {
    source = { kind: 'import' };
  }
  const n = (v: unknown) => Number(v ?? 0);
  return { id: n(row.id), at: String(row.at), message: typeof row.message === 'string' && row.message ? row.message : null, source, summary: { added: n(row.added), changed: n(row.changed), removed: n(row.removed) } };
}

export async function listRevisions(store: GraphStore, library: CypherLibrary, limit = 1000): Promise<Revision[]> {
  const { rows } = await store.read({ text: library.get('revisions/list').text, params: { limit } });
  return rows.map(revisionOf);
}

export async function findRevision(store: GraphStore, library: CypherLibrary, id: number): Promise<Revision | undefined> {
  const { rows } = await store.read({ text: library.get('revisions/by-id').text, params: { id } });
  return rows[0] ? revisionOf(rows[0]) : undefined;
}

/** What the revisions after `after` and up to `upto` changed, oldest first. */
export async function readChanges(store: GraphStore, library: CypherLibrary, after: number, upto = NOW): Promise<(Change & { revision: number })[]> {
  const { rows } = await store.read({ text: library.get('revisions/changes-between').text, params: { after, upto } });
  const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as NodeState & EdgeState) : null);
  const changeOf = (revision: number, c: { entity: unknown; kind: unknown; before: unknown; after: unknown }) =>
    ({ revision, kind: c.kind === 'edge' ? 'edge' : 'node', entity: String(c.entity), before: c.before ?? null, after: c.after ?? null }) as Change & { revision: number };
  return rows
    .flatMap((r) => {
      const revision = Number(r.revision);
      if (typeof r.changes === 'string') return (JSON.parse(r.changes) as Parameters<typeof changeOf>[1][]).map((c) => changeOf(revision, c));
      return [changeOf(revision, { entity: r.entity, kind: r.kind, before: parse(r.before), after: parse(r.after) })];
    })
    .sort((a, b) => a.revision - b.revision);
}
