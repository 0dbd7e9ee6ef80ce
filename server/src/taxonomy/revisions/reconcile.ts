// An import of a file exported at an older revision, checked against what the graph did since:
// a three-way comparison of each property the file states, against its value at the export's
// revision (base), in the graph now (ours) and in the file (theirs). Changed on both sides to
// different values: a conflict, reported like any other problem, and nothing is written. Changed
// only in the graph: the graph's value is kept (the file is merely stale there). Changed only in
// the file: written, as any import would. Only what changed since the export is read.
import type { CypherLibrary } from '../../cypher/library.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import type { Problems, ParsedSource } from '../import/records.ts';
import type { FileEdge, FileNode } from '../import/validate.ts';
import { compose, sameValue, type Change, type Props } from './changes.ts';
import { listRevisions, readChanges, readEdges, readNodes } from './revision-log.ts';

const show = (v: unknown) => (v === undefined || v === null ? 'nothing' : JSON.stringify(v));

interface Side {
  /** The record's properties as the file states them (after defaults), without id or ends. */
  theirs: Props;
  file: FileNode | FileEdge;
  drop(): void;
}

/** Where the three sides part: each field the file states, with what to do about it. */
function compare(base: Props | null, ours: Props | null, side: Side, revision: number, changedIn: number, problems: Problems, what: string): void {
  const { theirs, file } = side;
  if (!ours) {
    // Removed from the graph since the export. Unchanged in the file: it stays removed.
    const untouched = base !== null && Object.entries(theirs).every(([k, v]) => sameValue(base[k], v));
    if (untouched) side.drop();
    else problems.at(file.origin, undefined, `conflict: ${what} was removed from the graph in revision ${changedIn}, after this file's revision ${revision}, and the file changes it`);
    return;
  }
  const keep = new Set<string>();
  for (const [field, value] of Object.entries(theirs)) {
    const was = base?.[field];
    const now = ours[field];
    if (sameValue(value, now) || sameValue(now, was)) {
      keep.add(field);
      continue;
    }
    if (sameValue(value, was)) continue; // only the graph changed it: keep the graph's value
    problems.at(file.origin, field, `conflict: ${what}.${field} was ${show(was)} at this file's revision ${revision}; revision ${changedIn} made it ${show(now)} and the file makes it ${show(value)}`);
    keep.add(field);
  }
  if (keep.size < Object.keys(theirs).length) file.stated = keep;
}

/**
 * Checks the import's records against what changed since the revision each file was exported
 * at, reporting conflicts to problems and leaving out what only the graph changed.
 */
export async function reconcileWithRevision(
  store: GraphStore,
  library: CypherLibrary,
  sources: ParsedSource[],
  nodes: Map<string, FileNode>,
  edges: Map<string, FileEdge>,
  problems: Problems,
): Promise<void> {
  const taken = new Map(sources.flatMap((s) => (s.revision ? [[s.revision.file, s.revision.id] as const] : [])));
  if (!taken.size) return;
  const newest = (await listRevisions(store, library, 1))[0]?.id ?? 0;
  for (const revision of new Set(taken.values())) {
    // An export from another store (a revision this one never had) is imported as any file is.
    if (revision >= newest) continue;
    const files = new Set([...taken].filter(([, r]) => r === revision).map(([f]) => f));
    const changes = await readChanges(store, library, revision);
    const lastIn = new Map<string, number>();
    for (const c of changes) lastIn.set(`${c.kind}:${c.entity}`, c.revision);
    const since = compose(changes as Change[]);
    const nodeChanges = since.filter((c) => c.kind === 'node' && nodes.has(c.entity) && files.has((nodes.get(c.entity) as FileNode).origin.file));
    const edgeChanges = since.filter((c) => c.kind === 'edge' && edges.has(c.entity) && files.has((edges.get(c.entity) as FileEdge).origin.file));
    const oursNodes = await readNodes(store, library, nodeChanges.map((c) => c.entity));
    const oursEdges = await readEdges(store, library, edgeChanges.map((c) => ({ id: c.entity, ...(edges.get(c.entity) as FileEdge).edge })));
    for (const c of nodeChanges) {
      const file = nodes.get(c.entity) as FileNode;
      const { id: _id, ...theirs } = file.node;
      const stated = file.stated ? Object.fromEntries(Object.entries(theirs).filter(([k]) => file.stated?.has(k))) : theirs;
      compare(c.before?.props ?? null, oursNodes.get(c.entity)?.props ?? null, { theirs: stated, file, drop: () => nodes.delete(c.entity) }, revision, lastIn.get(`node:${c.entity}`) ?? newest, problems, c.entity);
    }
    for (const c of edgeChanges) {
      const file = edges.get(c.entity) as FileEdge;
      const { from: _from, to: _to, ...theirs } = file.edge;
      const stated = file.stated ? Object.fromEntries(Object.entries(theirs).filter(([k]) => file.stated?.has(k))) : theirs;
      compare(c.before?.props ?? null, oursEdges.get(c.entity)?.props ?? null, { theirs: stated, file, drop: () => edges.delete(c.entity) }, revision, lastIn.get(`edge:${c.entity}`) ?? newest, problems, c.entity);
    }
  }
}
