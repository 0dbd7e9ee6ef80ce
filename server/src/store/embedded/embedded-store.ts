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
  rows(): unknown[][];
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
  const { columns } = result;
  // A whole answer crosses from the engine in one call (rows()), a capped one row by row; only
  // graph values, lists and maps need converting: a plain value is kept as it comes.
  const plainRow = (values: unknown[]): Row => {
    const row: Row = {};
    for (let j = 0; j < columns.length; j++) {
      const v = values[j];
      row[columns[j]!] = v !== null && (typeof v === 'object' || typeof v === 'bigint') ? toPlain(v) : v;
    }
    return row;
  };
  const rows = count === result.length ? result.rows().map(plainRow) : Array.from({ length: count }, (_, i) => mapValues(result.get(i), toPlain));
  return { columns, rows, truncated: result.length > count };
}

function mapValues(row: Row, f: (v: unknown) => unknown): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, f(v)]));
}

function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  const { _id, _labels, _source, _target, _type, ...rest } = value as Row;
  const properties = mapValues(rest, toPlain);
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
  return mapValues(value as Row, toPlain);
}
