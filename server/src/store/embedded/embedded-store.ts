// The embedded engine: Grafeo in-process, persisted to a file under DATA_DIR, so the server
// runs with no database server. Grafeo returns nodes as {_id,_labels,...} and relationships
// as {_id,_source,_target,_type,...}; this adapter turns them into the port's plain values.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import { AppError } from '../../errors.ts';
import type { GraphNode, GraphRelationship, GraphStore, QueryResult, ReadOptions, Statement } from '../graph-store.ts';

// The package's types cover the class; the result object is typed loosely, so name what we use.
interface GrafeoResult {
  columns: string[];
  length: number;
  get(index: number): Row;
}
type Row = Record<string, unknown>;
interface GrafeoRunner {
  executeCypher(query: string, params?: Record<string, unknown>): Promise<GrafeoResult>;
}
interface GrafeoTransaction extends GrafeoRunner {
  commit(): Promise<void> | void;
  rollback(): Promise<void> | void;
}
interface GrafeoDatabase extends GrafeoRunner {
  beginTransaction(): GrafeoTransaction;
  close(): void;
}

const { GrafeoDB } = grafeo as unknown as { GrafeoDB: { open(path: string): GrafeoDatabase; create(): GrafeoDatabase } };

export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  /** Grafeo has no cancel, so queries run one at a time and the console guards what it lets in. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: GrafeoDatabase) {}

  /** A store persisted under dataDir, or in memory when dataDir is `:memory:`. */
  static open(dataDir: string): EmbeddedStore {
    if (dataDir === ':memory:') return new EmbeddedStore(GrafeoDB.create());
    mkdirSync(dataDir, { recursive: true });
    return new EmbeddedStore(GrafeoDB.open(join(dataDir, 'cladescope.grafeo')));
  }

  read(statement: Statement, options: ReadOptions = {}): Promise<QueryResult & { truncated: boolean }> {
    return this.serialised(async () => {
      // Convert only the rows asked for: turning a huge answer into JS values costs more than the query.
      return run(this.db, statement, options.maxRows);
    });
  }

  write(statements: Statement[]): Promise<QueryResult[]> {
    return this.serialised(async () => {
      const tx = this.db.beginTransaction();
      try {
        const results: QueryResult[] = [];
        for (const statement of statements) {
          const { columns, rows } = await run(tx, statement);
          results.push({ columns, rows });
        }
        await tx.commit();
        return results;
      } catch (error) {
        await tx.rollback();
        throw error;
      }
    });
  }

  async ping(): Promise<void> {
    await this.read({ text: 'RETURN 1 AS ok' });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    this.db.close();
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function run(runner: GrafeoRunner, { text, params = {} }: Statement, maxRows = Infinity): Promise<QueryResult & { truncated: boolean }> {
  let result: GrafeoResult;
  try {
    result = await runner.executeCypher(text, params);
  } catch (error) {
    throw new AppError('query_failed', `The embedded engine could not run the query: ${(error as Error).message}`);
  }
  const count = Math.min(result.length, maxRows);
  const rows = Array.from({ length: count }, (_, i) => mapValues(result.get(i), toPlain));
  return { columns: result.columns, rows, truncated: result.length > count };
}

function mapValues(row: Row, f: (v: unknown) => unknown): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, f(v)]));
}

function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (isGrafeoPath(value)) return pathOf(value);
  const { _id, _labels, _source, _target, _type, ...rest } = value as Row;
  const properties = sortedKeys(mapValues(rest, toPlain));
  if (_id !== undefined && Array.isArray(_labels)) {
    return { kind: 'node', elementId: `n${String(_id)}`, labels: [..._labels].sort(), properties } satisfies GraphNode;
  }
  if (_id !== undefined && typeof _type === 'string') {
    return {
      kind: 'relationship',
      elementId: `r${String(_id)}`,
      type: _type,
      startElementId: `n${String(_source)}`,
      endElementId: `n${String(_target)}`,
      properties,
    } satisfies GraphRelationship;
  }
  return sortedKeys(mapValues(value as Row, toPlain));
}

/** Maps in key order, as the Neo4j adapter answers them: exports written from either engine read the same. */
function sortedKeys(map: Row): Row {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

interface GrafeoPath {
  nodes: Row[];
  edges: Row[];
}

/** Grafeo answers a path as {nodes, edges}; Neo4j's adapter as {nodes, relationships}. */
function isGrafeoPath(value: object): value is GrafeoPath {
  const { nodes, edges, ...rest } = value as Partial<GrafeoPath>;
  return Object.keys(rest).length === 0 && Array.isArray(nodes) && Array.isArray(edges) && nodes.every((n) => Array.isArray(n?._labels)) && edges.every((e) => typeof e?._type === 'string');
}

/**
 * The port's path: its nodes in order, and its relationships in the same order, from the first
 * node to the last. Grafeo lists a variable-length path's edges in no such order, so each step
 * takes the unused edge that joins the two nodes it walks between.
 */
function pathOf({ nodes, edges }: GrafeoPath): { nodes: unknown[]; relationships: unknown[] } {
  const unused = [...edges];
  const relationships = nodes.slice(1).map((to, i) => {
    const from = nodes[i] as Row;
    const at = unused.findIndex((e) => (e._source === from._id && e._target === to._id) || (e._source === to._id && e._target === from._id));
    return at < 0 ? undefined : unused.splice(at, 1)[0];
  });
  const ordered = relationships.every((r) => r !== undefined) ? relationships : edges;
  return { nodes: nodes.map(toPlain), relationships: ordered.map(toPlain) };
}
