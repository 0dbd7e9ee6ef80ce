// The revisions use case, for the API and the CLI alike: list the revisions, compare two, show
// the graph as it stood after one, and revert to one as a new revision (history is never
// rewritten). A state at an earlier revision is the graph now with the later revisions undone,
// so reading it costs what changed since, not what the graph holds.
import type { CypherLibrary } from '../../cypher/library.ts';
import { notFound } from '../../errors.ts';
import type { GraphStore, Statement } from '../../store/graph-store.ts';
import type { Elements } from '../elements.ts';
import { changedFields, changesBetween, compose, inverse, opOf, stateBefore, summarise, type Change, type GraphState } from './changes.ts';
import { BATCH, findRevision, listRevisions, readChanges, readEdges, readGraph, readNodes, recordStatements, type Revision } from './revision-log.ts';
import { diffElements, stateElements } from './state-elements.ts';

export interface RevisionDiff {
  from: number;
  to: number;
  added: { nodes: string[]; edges: string[] };
  removed: { nodes: string[]; edges: string[] };
  changed: { nodes: { id: string; fields: Record<string, [unknown, unknown]> }[]; edges: { id: string; fields: Record<string, [unknown, unknown]> }[] };
  elements: Elements;
}

export interface RevertResult {
  /** The new revision, or null when the graph already stood as it did after the one asked for. */
  revision: Revision | null;
  summary: { added: number; changed: number; removed: number };
}

export interface RevisionSettings {
  /** Runs a write after every other write (the importer's queue), so a revert waits its turn. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  /** Called after a write, e.g. to drop caches derived from the graph. */
  onWritten?: () => void;
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export class RevisionService {
  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
    private readonly settings: RevisionSettings,
  ) {}

  list(limit?: number): Promise<Revision[]> {
    return listRevisions(this.store, this.library, limit);
  }

  async get(id: number): Promise<Revision> {
    const revision = await findRevision(this.store, this.library, id);
    if (!revision) throw notFound(`Revision ${id}`);
    return revision;
  }

  /** The graph as it stood after revision `id`. */
  async graphAt(id: number): Promise<Elements> {
    await this.get(id);
    return stateElements(await this.stateAt(id));
  }

  /** What changed from revision `from` to revision `to` (either order; the same one gives nothing). */
  async diff(from: number, to: number): Promise<RevisionDiff> {
    await Promise.all([this.get(from), this.get(to)]);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    const now = await readGraph(this.store, this.library);
    const later = await readChanges(this.store, this.library, lo);
    const atHi = stateBefore(now, later.filter((c) => c.revision > hi));
    const between = compose(later.filter((c) => c.revision <= hi));
    const atLo = stateBefore(atHi, between);
    const changes = from <= to ? between : between.map(inverse);
    const [start, end] = from <= to ? [atLo, atHi] : [atHi, atLo];
    const ids = (kind: 'node' | 'edge', op: string) => changes.filter((c) => c.kind === kind && opOf(c) === op).map((c) => c.entity).sort();
    const fields = (kind: 'node' | 'edge') =>
      changes
        .filter((c) => c.kind === kind && opOf(c) === 'changed')
        .map((c) => ({ id: c.entity, fields: changedFields(c) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    return {
      from,
      to,
      added: { nodes: ids('node', 'added'), edges: ids('edge', 'added') },
      removed: { nodes: ids('node', 'removed'), edges: ids('edge', 'removed') },
      changed: { nodes: fields('node'), edges: fields('edge') },
      elements: diffElements(start, end, changes),
    };
  }

  /** A new revision that brings the graph back to how it stood after revision `id`. */
  revert(id: number, message?: string): Promise<RevertResult> {
    return this.settings.exclusive(async () => {
      await this.get(id);
      const target = compose(await readChanges(this.store, this.library, id)).map(inverse);
      // Compare with the graph as it is, not as the log says, so the revert records exactly what it writes.
      const nodeIds = target.filter((c) => c.kind === 'node').map((c) => c.entity);
      const edgeRefs = target.flatMap((c) => (c.kind === 'edge' ? [{ id: c.entity, ...((c.after ?? c.before) as { from: string; to: string }) }] : []));
      const current: GraphState = { nodes: await readNodes(this.store, this.library, nodeIds), edges: await readEdges(this.store, this.library, edgeRefs) };
      const wanted: GraphState = { nodes: new Map(current.nodes), edges: new Map(current.edges) };
      for (const c of target) {
        const map = (c.kind === 'node' ? wanted.nodes : wanted.edges) as Map<string, unknown>;
        if (c.after) map.set(c.entity, c.after);
        else map.delete(c.entity);
      }
      const changes = changesBetween(current, wanted);
      const summary = summarise(changes);
      if (!changes.length) return { revision: null, summary };
      await this.store.write([...this.writeStatements(changes), ...recordStatements(this.library, { message: message ?? `Revert to revision ${id}`, source: { kind: 'revert', revertedTo: id } }, changes)]);
      this.settings.onWritten?.();
      return { revision: (await listRevisions(this.store, this.library, 1))[0] ?? null, summary };
    });
  }

  /** The graph after revision `id`: the graph now with every later revision undone. */
  private async stateAt(id: number): Promise<GraphState> {
    return stateBefore(await readGraph(this.store, this.library), await readChanges(this.store, this.library, id));
  }

  /** Edges off first, then nodes; nodes back before the edges that join them. */
  private writeStatements(changes: Change[]): Statement[] {
    const text = (name: string) => this.library.get(`revisions/${name}`).text;
    const goneEdges = changes.flatMap((c) => (c.kind === 'edge' && c.before && !c.after ? [{ id: c.entity, from: c.before.from, to: c.before.to }] : []));
    const goneNodes = changes.flatMap((c) => (c.kind === 'node' && !c.after ? [c.entity] : []));
    const nodes = changes.flatMap((c) => (c.kind === 'node' && c.after ? [{ id: c.entity, kind: c.after.kind, rank: c.after.props.rank ?? null, props: { ...c.after.props, id: c.entity } }] : []));
    const edges = changes.flatMap((c) => (c.kind === 'edge' && c.after ? [{ id: c.entity, type: c.after.type, from: c.after.from, to: c.after.to, props: { ...c.after.props, id: c.entity } }] : []));
    return [
      ...batches(goneEdges).map((rows) => ({ text: text('delete-edges'), params: { rows } })),
      ...batches(goneNodes).map((ids) => ({ text: text('delete-nodes'), params: { ids } })),
      ...batches(nodes).map((rows) => ({ text: text('restore-nodes'), params: { rows } })),
      ...batches(edges).map((rows) => ({ text: text('restore-edges'), params: { rows } })),
      ...(nodes.length ? [{ text: this.library.get('import/search-text').text }] : []),
    ];
  }
}
