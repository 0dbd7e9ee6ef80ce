// The embedded engine: Grafeo in-process, persisted to a file under DATA_DIR, so the server
// runs with no database server. Grafeo returns nodes as {_id,_labels,...} and relationships
// as {_id,_source,_target,_type,...}; this adapter turns them into the port's plain values.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import { AppError } from '../../errors.ts';
import type { GraphStore, QueryResult, ReadOptions, Statement } from '../graph-store.ts';
import { requestSignal } from '../../request-context.ts';
import { ConsoleProcess } from './console-process.ts';
import { takeRows, type Row } from './values.ts';

// The package's types cover the class; the result object is typed loosely, so name what we use.
interface GrafeoResult {
  columns: string[];
  length: number;
  get(index: number): Row;
  rows(): unknown[][];
}
interface GrafeoRunner {
  executeCypher(query: string, params?: Record<string, unknown>): Promise<GrafeoResult>;
}
interface GrafeoTransaction extends GrafeoRunner {
  commit(): Promise<void> | void;
  rollback(): Promise<void> | void;
}
interface GrafeoDatabase extends GrafeoRunner {
  beginTransaction(): GrafeoTransaction;
  createTextIndex(label: string, property: string, options?: { tokenizer?: string; stopWords?: string[] }): Promise<void>;
  textSearch(label: string, property: string, query: string, k: number): Promise<number[][]>;
  currentEpoch(): bigint;
  save(path: string): void;
  close(): void;
}

const { GrafeoDB } = grafeo as unknown as { GrafeoDB: { open(path: string): GrafeoDatabase; create(): GrafeoDatabase } };

/** Defaults for untrusted reads whose caller names no limit. */
const UNTRUSTED_DEFAULTS = { timeoutMs: 5000, memoryMb: 512 };

export class EmbeddedStore implements GraphStore {
  readonly engine = 'embedded' as const;
  /**
   * Writes (and snapshots for the console) run one at a time. Reads do not wait for them:
   * Grafeo runs concurrent reads in parallel, and a read during a write sees the last commit.
   * Users' queries run in a console process, since Grafeo has no cancel.
   */
  private queue: Promise<unknown>;
  /** Reads under way, which close() lets finish. */
  private readonly reading = new Set<Promise<unknown>>();
  private console?: ConsoleProcess;
  /** The snapshot the console process reads, and the commit it was taken at. */
  private snapshot?: { path: string; epoch: bigint };
  private snapshots = 0;

  private constructor(
    private readonly db: GrafeoDatabase,
    /** Where snapshots for the console go; emptied at open and at close. */
    private readonly snapshotDir: string,
  ) {
    this.queue = ensureSearchIndex(db);
  }

  /** A store persisted under dataDir, or in memory when dataDir is `:memory:`. */
  static open(dataDir: string): EmbeddedStore {
    if (dataDir === ':memory:') return new EmbeddedStore(GrafeoDB.create(), mkdtempSync(join(tmpdir(), 'cladescope-console-')));
    mkdirSync(dataDir, { recursive: true });
    // Open first: a second process on the same DATA_DIR fails here, before touching the snapshots of the first.
    const db = GrafeoDB.open(join(dataDir, 'cladescope.grafeo'));
    const snapshotDir = join(dataDir, 'console-snapshots');
    rmSync(snapshotDir, { recursive: true, force: true });
    mkdirSync(snapshotDir);
    return new EmbeddedStore(db, snapshotDir);
  }

  async read(statement: Statement, options: ReadOptions = {}): Promise<QueryResult & { truncated: boolean }> {
    const signal = options.signal ?? requestSignal();
    if (options.untrusted) return this.readUntrusted(statement, { ...options, signal });
    if (signal?.aborted) throw new AppError('cancelled', 'The client went away before the query ran');
    // Convert only the rows asked for: turning a huge answer into JS values costs more than the query.
    const reading = run(this.db, statement, options.maxRows, options.maxBytes);
    this.reading.add(reading);
    return reading.finally(() => this.reading.delete(reading));
  }

  /**
   * A user's query runs in the console process on a snapshot of the graph as of the last
   * commit (taken again after each write), so it can be killed without touching the store.
   */
  private async readUntrusted({ text, params = {} }: Statement, options: ReadOptions): Promise<QueryResult & { truncated: boolean }> {
    const snapshot = await this.currentSnapshot(options.signal);
    this.console ??= new ConsoleProcess();
    return this.console.run({
      snapshot,
      text,
      params,
      maxRows: options.maxRows,
      maxBytes: options.maxBytes,
      timeoutMs: options.timeoutMs ?? UNTRUSTED_DEFAULTS.timeoutMs,
      memoryMb: options.memoryMb ?? UNTRUSTED_DEFAULTS.memoryMb,
      signal: options.signal,
    });
  }

  /** Starts the console process ahead of the first query, so that one does not wait for it. */
  warm(): void {
    this.console ??= new ConsoleProcess();
    this.console.start();
  }

  private currentSnapshot(signal?: AbortSignal): Promise<string> {
    return this.serialised(signal, async () => {
      const epoch = this.db.currentEpoch();
      if (this.snapshot?.epoch === epoch) return this.snapshot.path;
      const path = join(this.snapshotDir, `graph-${++this.snapshots}.grafeo`);
      this.db.save(path);
      // The console process may still hold the last one open; on Linux that reader keeps it until it moves on.
      if (this.snapshot) rmSync(this.snapshot.path, { recursive: true, force: true });
      this.snapshot = { path, epoch };
      return path;
    });
  }

  write(statements: Statement[]): Promise<QueryResult[]> {
    return this.serialised(undefined, async () => {
      const tx = this.db.beginTransaction();
      try {
        const results: QueryResult[] = [];
        for (const statement of statements) {
          const { columns, rows } = await run(tx, statement);
          results.push({ columns, rows });
        }
        // A client that went away before the commit (an import cut off) gets nothing written,
        // rather than a change it never heard about.
        if (requestSignal()?.aborted) throw new AppError('cancelled', 'The client went away before the write was committed; nothing was written');
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
    this.console?.close();
    await Promise.allSettled([this.queue, ...this.reading]);
    this.db.close();
    rmSync(this.snapshotDir, { recursive: true, force: true });
  }

  /** One at a time; a task whose client went away while it waited is dropped when its turn comes. */
  private serialised<T>(signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    const turn = () => (signal?.aborted ? Promise.reject(new AppError('cancelled', 'The client went away before the query ran')) : task());
    const next = this.queue.then(turn, turn);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * Search's text index (search/embedded/by-keys), ahead of the first write (the schema, at start):
 * Grafeo's Cypher has no statement for one. Grafeo keeps it with the file and in sync on every
 * write; creating it again rebuilds it (178 ms at 100,000 species), so only a store without one
 * (a search of it fails) gets it. Every word kept: terms of one letter count.
 */
async function ensureSearchIndex(db: GrafeoDatabase): Promise<void> {
  try {
    await db.textSearch('Entity', 'searchKeys', 'n', 1);
  } catch {
    await db.createTextIndex('Entity', 'searchKeys', { tokenizer: 'standard', stopWords: [] });
  }
}

async function run(runner: GrafeoRunner, { text, params = {} }: Statement, maxRows = Infinity, maxBytes = Infinity): Promise<QueryResult & { truncated: boolean }> {
  let result: GrafeoResult;
  try {
    result = await runner.executeCypher(text, params);
  } catch (error) {
    throw new AppError('query_failed', `The embedded engine could not run the query: ${(error as Error).message}`);
  }
  return { columns: result.columns, ...takeRows(result, maxRows, maxBytes) };
}
