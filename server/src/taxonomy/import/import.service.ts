// The import use case, for the CLI and POST /api/import alike: read every file, check every
// record against the data model and the graph, and only when nothing is wrong write what is new
// or changed (MERGE on id) in one transaction. The answer counts created, updated and unchanged
// nodes and edges; a failed import lists every problem with its file, line and field and
// changes nothing.
import type { CypherLibrary } from '../../cypher/library.ts';
import { AppError, type ProblemDetail } from '../../errors.ts';
import type { GraphStore, Statement } from '../../store/graph-store.ts';
import { EDGE_ENDS, EDGE_TYPES, edgeId, MAX_PARENTS, storedProps, type Dataset, type EdgeType, type NodeKind } from '../model.ts';
import { edgeRows, newEdgeStatements, nodeRows, nodeStatements } from '../dataset-writer.ts';
import { reconcileWithRevision } from '../revisions/reconcile.ts';
import { importRevision } from '../revisions/revision-log.ts';
import { detectFormat } from './formats.ts';
import { GraphLookup, type NamedTaxon } from './graph-lookup.ts';
import { parseCsv } from './parse-csv.ts';
import { parseDataset } from './parse-dataset.ts';
import { parseMarkdown, type SpeciesCard } from './parse-markdown.ts';
import { parseNewick, type NewickNode } from './parse-newick.ts';
import { Problems, type ImportSource, type Origin, type ParsedSource } from './records.ts';
import { cardNames, cardRecords, treeLabels, treeRecords, type NameContext } from './resolve.ts';
import { validateEdge, validateNode, type FileEdge, type FileNode } from './validate.ts';

export interface Counts {
  nodes: number;
  edges: number;
}

export interface ImportSummary {
  created: Counts;
  updated: Counts;
  unchanged: Counts;
  /** True when the import was only checked and counted, not written. */
  dryRun: boolean;
  /** Present when the import decided something for the reader without failing, e.g. a card with no source imported as low confidence. */
  warnings?: ProblemDetail[];
}

export type ImportPhase = 'parse' | 'check' | 'write';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportOptions {
  /** What a Newick tree's branches mean: classification (MEMBER_OF, the default) or phylogeny (DESCENDS_FROM). */
  tree?: 'classification' | 'phylogeny';
  /** Check and count, write nothing. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Why, in the curator's words: kept with the revision the import records. */
  message?: string;
  /** What the revision says wrote it: an import, or the seed loading the curated folder. */
  kind?: 'import' | 'seed';
  /** What the revision names as read, when not each file: the curated folder, for the seed. */
  sourceName?: string;
}

export interface ImportSettings {
  /** The most bytes one import may read, all files together (IMPORT_LIMIT_BYTES). */
  limitBytes: number;
  /** Called after a write, e.g. to drop caches derived from the graph. */
  onWritten?: () => void;
}

const WRITE_BATCH = 2_000;
const CLASSIFICATION: Extract<EdgeType, 'MEMBER_OF' | 'DESCENDS_FROM'>[] = ['MEMBER_OF', 'DESCENDS_FROM'];

const withoutUndefined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const pick = (o: object, keys: Set<string>) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.has(k)));

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  return a === b;
}

/** Whether SET n += props would leave the stored properties as they are. */
function sameProps(stored: Record<string, unknown>, props: Record<string, unknown>): boolean {
  return Object.entries(props).every(([k, v]) => sameValue(stored[k], v));
}

/** Statements that tell, as the store reaches each one, how far a transaction has got. */
function reportingProgress(statements: Statement[], onRun: (done: number) => void): Statement[] {
  // The port runs statements in order and reads each one's params as it runs it; a getter hears
  // that, so the CLI can draw a bar without the port knowing about progress.
  return statements.map((s, i) => ({
    text: s.text,
    get params() {
      onRun(i + 1);
      return s.params;
    },
  }));
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += WRITE_BATCH) out.push(rows.slice(i, i + WRITE_BATCH));
  return out;
}

export class ImportService {
  /** One import at a time: checks read the graph, and the write must find it as they did. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
    private readonly settings: ImportSettings,
  ) {}

  run(sources: ImportSource[], options: ImportOptions = {}): Promise<ImportSummary> {
    return this.exclusive(() => this.importOnce(sources, options));
  }

  /** Runs a task after every import (and every other task) queued before it: a revert waits its turn. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async importOnce(sources: ImportSource[], options: ImportOptions): Promise<ImportSummary> {
    const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
    if (bytes > this.settings.limitBytes) {
      throw new AppError('too_large', `The import is ${bytes} bytes; the limit is ${this.settings.limitBytes} (IMPORT_LIMIT_BYTES)`);
    }
    const progress = (phase: ImportPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
    const problems = new Problems();

    // 1. Read every file into records.
    const structured: ParsedSource[] = [];
    const cards: SpeciesCard[] = [];
    const forests: { file: string; trees: NewickNode[] }[] = [];
    sources.forEach((source, i) => {
      const format = source.format ?? detectFormat(source.name, source.text);
      if (format === 'json' || format === 'yaml') structured.push(parseDataset(source.name, source.text, format, problems));
      else if (format === 'csv') structured.push(parseCsv(source.name, source.text, problems));
      else if (format === 'markdown') cards.push(...parseMarkdown(source.name, source.text, problems));
      else forests.push({ file: source.name, trees: parseNewick(source.name, source.text, problems) });
      progress('parse', i + 1, sources.length);
    });

    // 2. Check each record against the model; keep one node per id, one edge per id.
    const nodes = new Map<string, FileNode>();
    const edges = new Map<string, FileEdge>();
    const where = (o: Origin) => `${o.file}:${o.line}`;
    // Duplicates are found on the raw ids, so a second record is reported even when the first is invalid.
    const seenNodes = new Map<string, Origin>();
    const seenEdges = new Map<string, Origin>();
    const take = (parsed: ParsedSource) => {
      for (const record of parsed.nodes) {
        const rawId = (record.raw as { id?: unknown } | null)?.id;
        const first = typeof rawId === 'string' ? seenNodes.get(rawId) : undefined;
        if (first) {
          problems.at(record.origin, 'id', `duplicate id ${String(rawId)}: first at ${where(first)}`);
          continue;
        }
        if (typeof rawId === 'string') seenNodes.set(rawId, record.origin);
        const node = validateNode(record, problems);
        if (node) nodes.set(node.node.id, node);
      }
      for (const record of parsed.edges) {
        const raw = (record.raw ?? {}) as { from?: unknown; to?: unknown; trait?: unknown };
        const rawId = typeof raw.from === 'string' && typeof raw.to === 'string' && (EDGE_TYPES as readonly string[]).includes(record.type) ? edgeId(record.type as EdgeType, { from: raw.from, to: raw.to, trait: typeof raw.trait === 'string' ? raw.trait : undefined }) : undefined;
        const first = rawId ? seenEdges.get(rawId) : undefined;
        if (first) {
          problems.at(record.origin, 'to', `duplicate edge ${String(rawId)}: first at ${where(first)}`);
          continue;
        }
        if (rawId) seenEdges.set(rawId, record.origin);
        const edge = validateEdge(record, problems);
        if (edge) edges.set(edge.id, edge);
      }
    };
    structured.forEach(take);

    let checkDone = 0;
    let checkTotal = 0;
    const lookup = new GraphLookup(this.store, this.library, () => progress('check', ++checkDone, Math.max(checkTotal, checkDone)));

    // 3. Species cards and Newick trees name things in words: resolve them, then check the same way.
    if (cards.length || forests.length) {
      const context = await this.nameContext(lookup, nodes, [...cards.flatMap(cardNames), ...forests.flatMap((f) => treeLabels(f.trees))]);
      take(cardRecords(cards, context, problems));
      const type = options.tree === 'phylogeny' ? 'DESCENDS_FROM' : 'MEMBER_OF';
      for (const forest of forests) take(treeRecords(forest.file, forest.trees, type, context, problems));
    }

    // A file exported at an older revision: conflicts with what changed since are problems.
    await reconcileWithRevision(this.store, this.library, structured, nodes, edges, problems);

    // 4. Against the graph: what exists, kinds and ranks, edge ends, one parent, no cycles.
    const endpoints = new Set<string>();
    for (const { edge } of edges.values()) {
      for (const id of [edge.from, edge.to, edge.trait]) if (id && !nodes.has(id)) endpoints.add(id);
    }
    const memberOf = [...edges.values()].filter((e) => e.type === 'MEMBER_OF');
    const froms = [...new Set([...edges.values()].map((e) => e.edge.from))];
    checkTotal = GraphLookup.batches(nodes.size) + GraphLookup.batches(endpoints.size) + GraphLookup.batches(memberOf.length) + GraphLookup.batches(froms.length);

    const kinds = new Map<string, NodeKind | undefined>();
    // Whether a taxon in the graph is marked hybrid (it may then have two parents).
    const hybrids = new Map<string, boolean>();
    const nodeState = new Map<string, 'updated' | 'unchanged'>();
    // The stored edges are read beside the nodes and the checks (Grafeo serves reads in
    // parallel): their state needs only the files. Awaited below, caught here so that a check
    // failing first leaves no rejection unheard.
    const edgeState = new Map<string, 'updated' | 'unchanged'>();
    const edgesRead = lookup.edgesFrom(froms, (existing) => {
      for (const ex of existing) {
        const file = edges.get(ex.id);
        if (!file) continue;
        if (file.stated) file.edge = pick(file.edge, new Set([...file.stated, 'from', 'to'])) as FileEdge['edge'];
        const { from: _from, to: _to, ...props } = file.edge;
        edgeState.set(ex.id, sameProps(ex.props, storedProps(withoutUndefined(props))) ? 'unchanged' : 'updated');
      }
    });
    edgesRead.catch(() => undefined);
    await lookup.nodes([...nodes.keys()], (existing) => {
      for (const ex of existing) {
        kinds.set(ex.id, ex.kind);
        hybrids.set(ex.id, ex.props.hybrid === true);
        const file = nodes.get(ex.id);
        if (!file) continue;
        if (ex.kind !== file.kind) {
          problems.at(file.origin, 'id', `${ex.id} is ${ex.kind ? `a ${ex.kind}` : 'another kind of node'} in the graph; the file makes it a ${file.kind}`);
        } else if (file.kind === 'taxon' && ex.rank !== file.node.rank) {
          problems.at(file.origin, 'rank', `${ex.id} is a ${ex.rank} in the graph; an import does not change a taxon's rank`);
        } else {
          // A partial record changes only what it states (and keeps the labels' rank).
          if (file.stated) file.node = pick(file.node, new Set([...file.stated, 'id', 'rank'])) as FileNode['node'];
          const { id: _id, ...props } = file.node;
          nodeState.set(ex.id, sameProps(ex.props, storedProps(withoutUndefined(props))) ? 'unchanged' : 'updated');
        }
      }
    });
    await lookup.nodes([...endpoints], (existing) =>
      existing.forEach((ex) => {
        kinds.set(ex.id, ex.kind);
        hybrids.set(ex.id, ex.props.hybrid === true);
      }),
    );
    const kindOf = (id: string) => nodes.get(id)?.kind ?? kinds.get(id);

    for (const { type, edge, origin } of edges.values()) {
      const ends = EDGE_ENDS[type];
      for (const [field, id, allowed] of [
        ['from', edge.from, ends.from],
        ['to', edge.to, ends.to],
      ] as const) {
        const kind = kindOf(id);
        if (!kind && !kinds.has(id)) problems.at(origin, field, `no node ${id} in the files or the graph`);
        else if (!kind || !allowed.includes(kind)) problems.at(origin, field, `a ${type} edge ${field === 'from' ? 'starts at' : 'ends at'} a ${allowed.join(' or ')}; ${id} is ${kind ? `a ${kind}` : 'neither'}`);
      }
      if (edge.trait !== undefined) {
        const kind = kindOf(edge.trait);
        if (!kind && !kinds.has(edge.trait)) problems.at(origin, 'trait', `no trait ${edge.trait} in the files or the graph`);
        else if (kind !== 'trait') problems.at(origin, 'trait', `${edge.trait} is ${kind ? `a ${kind}` : 'not a trait'}, not a trait`);
      }
    }

    // One classification parent, two for a hybrid: in the files, and the files with the graph.
    const parentOf = new Map<string, FileEdge[]>();
    for (const e of memberOf) {
      const list = parentOf.get(e.edge.from) ?? [];
      if (!list.some((x) => x.edge.to === e.edge.to)) list.push(e);
      parentOf.set(e.edge.from, list);
    }
    const graphParents = await lookup.parents('MEMBER_OF', [...parentOf.keys()]);
    this.checkParents(parentOf, graphParents, (id) => (nodes.get(id)?.node.hybrid ?? hybrids.get(id)) === true, problems);

    for (const type of CLASSIFICATION) {
      const known = type === 'MEMBER_OF' ? { rows: graphParents, read: new Set(parentOf.keys()) } : { rows: [], read: new Set<string>() };
      await this.findCycles(type, [...edges.values()].filter((e) => e.type === type), lookup, known, problems, () => checkTotal++);
    }

    await edgesRead;

    if (problems.size) {
      throw new AppError('invalid_dataset', `The import has ${problems.size} problem${problems.size === 1 ? '' : 's'}; nothing was written`, problems.sorted());
    }

    // 5. Write what is new or changed, all in one transaction.
    const count = (state: Map<string, string>, total: number) => {
      const unchanged = [...state.values()].filter((s) => s === 'unchanged').length;
      const updated = state.size - unchanged;
      return { created: total - state.size, updated, unchanged };
    };
    const n = count(nodeState, nodes.size);
    const e = count(edgeState, edges.size);
    const summary: ImportSummary = {
      created: { nodes: n.created, edges: e.created },
      updated: { nodes: n.updated, edges: e.updated },
      unchanged: { nodes: n.unchanged, edges: e.unchanged },
      dryRun: Boolean(options.dryRun),
      ...(problems.warnings.length > 0 && { warnings: problems.warnings }),
    };
    if (options.dryRun) return summary;

    const changed: Dataset = { version: 1, nodes: { taxon: [], trait: [], paper: [], lab: [] }, edges: {} };
    for (const [id, { kind, node }] of nodes) if (nodeState.get(id) !== 'unchanged') (changed.nodes[kind] as unknown[]).push(node);
    for (const type of EDGE_TYPES) changed.edges[type] = [...edges.values()].filter((x) => x.type === type && edgeState.get(x.id) !== 'unchanged').map((x) => x.edge);
    const changedNodes = nodeRows(changed);
    const changedEdges = edgeRows(changed);
    const statements: Statement[] = [
      ...nodeStatements(this.library, changedNodes.filter((r) => nodeState.has(r.id))),
      ...nodeStatements(this.library, changedNodes.filter((r) => !nodeState.has(r.id)), 'create'),
      ...batches(changedEdges.filter((r) => edgeState.has(r.id))).map((rows) => ({ text: this.library.get('import/upsert-edges').text, params: { rows } })),
      ...newEdgeStatements(this.library, changedEdges.filter((r) => !edgeState.has(r.id))),
    ];
    if (statements.length) statements.push({ text: this.library.get('import/search-text').text });
    if (statements.length) {
      // The revision goes in the same transaction as the change it records.
      const formats = sources.map((s) => s.format ?? detectFormat(s.name, s.text));
      statements.push(...(await importRevision(this.store, this.library, changed, { message: options.message, source: { kind: options.kind ?? 'import', files: options.sourceName ? [options.sourceName] : sources.map((s) => s.name), formats: [...new Set(formats)], counts: { created: summary.created, updated: summary.updated, unchanged: summary.unchanged } } }, { nodes: new Set(nodeState.keys()), edges: new Set(edgeState.keys()) })));
      await this.store.write(reportingProgress(statements, (done) => progress('write', done, statements.length)));
      this.settings.onWritten?.();
    }
    return summary;
  }

  /**
   * A taxon has one classification parent; a hybrid (marked `hybrid: true`, because the source
   * places it in two lineages) has two. A second parent on an unmarked taxon is refused, so an
   * accidental double placement never slips in, and so is a third on a hybrid.
   */
  private checkParents(parentOf: Map<string, FileEdge[]>, graphParents: { child: string; parent: string }[], isHybrid: (id: string) => boolean, problems: Problems): void {
    const where = (o: Origin) => `${o.file}:${o.line}`;
    const inGraph = new Map<string, string[]>();
    for (const { child, parent } of graphParents) inGraph.set(child, [...(inGraph.get(child) ?? []), parent]);
    for (const [child, fileEdges] of parentOf) {
      const hybrid = isHybrid(child);
      const allowed = hybrid ? MAX_PARENTS.hybrid : MAX_PARENTS.taxon;
      const graph = (inGraph.get(child) ?? []).filter((p) => !fileEdges.some((e) => e.edge.to === p));
      fileEdges.forEach((e, i) => {
        if (i + graph.length < allowed) return;
        const first = fileEdges[0] as FileEdge;
        if (hybrid) problems.at(e.origin, 'to', `${child} would have ${fileEdges.length + graph.length} classification parents; a hybrid has two`);
        else if (graph.length) problems.at(e.origin, 'to', `${child} is already a member of ${graph.join(', ')} in the graph; a taxon has one classification parent (an import adds edges, it does not move taxa; a hybrid the source places in both is marked hybrid: true)`);
        else problems.at(e.origin, 'to', `${child} would have two classification parents: ${first.edge.to} (${where(first.origin)}) and ${e.edge.to}; only a taxon marked hybrid: true has two`);
      });
    }
  }

  /** What names may refer to: the import's own taxa and traits, then the graph's. */
  private async nameContext(lookup: GraphLookup, nodes: Map<string, FileNode>, names: string[]): Promise<NameContext> {
    const byName = new Map<string, NamedTaxon[]>();
    const add = (t: NamedTaxon) => {
      const key = t.name.toLowerCase();
      const list = byName.get(key) ?? [];
      if (!list.some((x) => x.id === t.id)) list.push(t);
      byName.set(key, list);
    };
    const fileTaxa: NamedTaxon[] = [];
    for (const { kind, node } of nodes.values()) if (kind === 'taxon') fileTaxa.push({ id: node.id, name: node.name, rank: String(node.rank) });
    fileTaxa.forEach(add);
    (await lookup.taxaByName(names)).forEach(add);
    const kinds = new Map<string, NodeKind | undefined>();
    const ids = names.filter((n) => /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(n) && !nodes.has(n));
    await lookup.nodes([...new Set(ids)], (existing) => existing.forEach((ex) => kinds.set(ex.id, ex.kind)));
    const traits = [...nodes.values()].filter((n) => n.kind === 'trait').map((n) => ({ id: n.node.id, name: n.node.name }));
    const fileTraitIds = new Set(traits.map((t) => t.id));
    traits.push(...(await lookup.traits()).filter((t) => !fileTraitIds.has(t.id)));
    return {
      // A name the file gives a taxon wins over the graph's: the file is what is being written.
      taxaNamed: (name) => {
        const all = byName.get(name.toLowerCase()) ?? [];
        const inFile = all.filter((t) => nodes.has(t.id));
        return inFile.length ? inFile : all;
      },
      kindOf: (id) => nodes.get(id)?.kind ?? kinds.get(id),
      traits,
    };
  }

  /**
   * Cycles in MEMBER_OF or DESCENDS_FROM, through the file's edges and the graph's: the graph is
   * read upwards from the file's edge targets, batch by batch, as far as the edges go.
   */
  private async findCycles(
    type: 'MEMBER_OF' | 'DESCENDS_FROM',
    fileEdges: FileEdge[],
    lookup: GraphLookup,
    known: { rows: { child: string; parent: string }[]; read: Set<string> },
    problems: Problems,
    addBatch: () => void,
  ): Promise<void> {
    if (!fileEdges.length) return;
    const graph = new Map<string, Set<string>>();
    const link = (child: string, parent: string) => {
      const set = graph.get(child) ?? new Set();
      set.add(parent);
      graph.set(child, set);
    };
    known.rows.forEach((r) => link(r.child, r.parent));
    const read = new Set(known.read);
    let frontier = [...new Set(fileEdges.map((e) => e.edge.to).concat(known.rows.map((r) => r.parent)))].filter((id) => !read.has(id));
    while (frontier.length) {
      for (let i = 0; i < GraphLookup.batches(frontier.length); i++) addBatch();
      frontier.forEach((id) => read.add(id));
      const rows = await lookup.parents(type, frontier);
      rows.forEach((r) => link(r.child, r.parent));
      frontier = [...new Set(rows.map((r) => r.parent))].filter((id) => !read.has(id));
    }

    const fileEdge = new Map<string, FileEdge>();
    for (const e of fileEdges) {
      const key = `${e.edge.from}\u0000${e.edge.to}`;
      if (!fileEdge.has(key)) fileEdge.set(key, e);
    }
    const next = new Map<string, string[]>();
    const add = (from: string, to: string) => next.set(from, [...(next.get(from) ?? []), to]);
    for (const e of fileEdges) add(e.edge.from, e.edge.to);
    for (const [child, parents] of graph) for (const p of parents) if (!fileEdge.has(`${child}\u0000${p}`)) add(child, p);

    // Depth-first, iteratively (a taxonomy can be deep): a grey node met again closes a cycle.
    const colour = new Map<string, 1 | 2>();
    for (const start of next.keys()) {
      if (colour.has(start)) continue;
      const path: string[] = [];
      const stack: { id: string; i: number }[] = [{ id: start, i: 0 }];
      colour.set(start, 1);
      path.push(start);
      while (stack.length) {
        const top = stack[stack.length - 1] as { id: string; i: number };
        const targets = next.get(top.id) ?? [];
        if (top.i >= targets.length) {
          colour.set(top.id, 2);
          stack.pop();
          path.pop();
          continue;
        }
        const to = targets[top.i++] as string;
        if (colour.get(to) === 1) this.reportCycle(type, [...path.slice(path.indexOf(to)), to], fileEdge, problems);
        else if (!colour.has(to)) {
          colour.set(to, 1);
          path.push(to);
          stack.push({ id: to, i: 0 });
        }
      }
    }
  }

  private reportCycle(type: string, cycle: string[], fileEdge: Map<string, FileEdge>, problems: Problems): void {
    const links = cycle.slice(0, -1).map((from, i) => ({ from, to: cycle[i + 1] as string, edge: fileEdge.get(`${from}\u0000${cycle[i + 1]}`) }));
    const inFile = links.filter((l) => l.edge).sort((a, b) => (a.edge as FileEdge).origin.line - (b.edge as FileEdge).origin.line);
    const first = inFile[0]?.edge;
    if (!first) return;
    const inGraph = links.filter((l) => !l.edge).map((l) => `${l.from} → ${l.to}`);
    problems.at(first.origin, 'to', `${type} cycle: ${cycle.join(' → ')}${inGraph.length ? ` (${inGraph.join(', ')} already in the graph)` : ''}`);
  }
}

