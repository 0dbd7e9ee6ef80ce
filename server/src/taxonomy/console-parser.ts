// Runs the console's parse and lint (console-guard) on a worker thread with a time budget and a
// heap cap. Neo4j's parser is pure JavaScript whose cost explodes with nesting (a 2 KB query can
// take minutes and gigabytes), so it must run where it can be stopped: a thread that loads only
// the parser can be terminated safely, and a fresh one replaces it. Over budget → too_complex.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { bootTypeScript } from '../typescript-boot.ts';
import type { CypherSyntaxError, Verdict } from './console-guard.ts';

export interface ParseJob {
  id: number;
  query: string;
  params: Record<string, unknown>;
  bounded: boolean;
}

export type ParseReply = { ready: true } | { id: number; verdict: Verdict; errors: CypherSyntaxError[] } | { id: number; failed: string };

export interface ParseResult {
  verdict: Verdict;
  errors: CypherSyntaxError[];
}

export interface ParserOptions {
  /** Longest a parse and lint may take (CONSOLE_PARSE_BUDGET_MS); longer is refused as too complex. */
  budgetMs: number;
  /** Heap the parser thread may use; more is refused as too complex. */
  memoryMb: number;
  /** A query linted once at start so the first user does not pay for loading the analyser. */
  warmSample?: string;
  /**
   * How long the thread may go unused before it is stopped: Neo4j's analyser holds about 200 MB
   * in it. The next query starts a fresh thread (about 1.3 s, outside its budget). 0: never.
   */
  idleMs?: number;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  /** Settles the job in flight when the thread dies under it. */
  onDeath?: (error: Error) => void;
}

const WORKER = new URL('./console-parser.worker.ts', import.meta.url).href;
const BOOT = bootTypeScript(WORKER);

export class ConsoleParser {
  private thread?: Thread;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private closed = false;
  private pending = 0;
  private idleTimer?: NodeJS.Timeout;

  constructor(private readonly options: ParserOptions) {}

  /** Classifies and lints one query; one at a time, each within the budget. */
  check(query: string, params: Record<string, unknown>, bounded: boolean): Promise<ParseResult> {
    this.pending++;
    clearTimeout(this.idleTimer);
    const next = this.queue.then(() => this.checkNow(query, params, bounded));
    this.queue = next.catch(() => undefined);
    void this.queue.then(() => --this.pending === 0 && this.stopWhenIdle());
    return next;
  }

  /** Whether a thread is running (started, or not yet stopped for being idle). */
  get running(): boolean {
    return this.thread !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    const thread = this.thread;
    this.thread = undefined;
    await thread?.worker.terminate();
  }

  private async checkNow(query: string, params: Record<string, unknown>, bounded: boolean): Promise<ParseResult> {
    const thread = this.ensure();
    await thread.ready;
    const id = this.nextId++;
    return new Promise<ParseResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.replace(thread);
        reject(tooComplex(`checking it took longer than ${this.options.budgetMs} ms (CONSOLE_PARSE_BUDGET_MS)`));
      }, this.options.budgetMs);
      const settle = () => {
        clearTimeout(timer);
        thread.worker.off('message', onMessage);
        thread.onDeath = undefined;
      };
      const onMessage = (reply: ParseReply) => {
        if (!('id' in reply) || reply.id !== id) return;
        settle();
        if ('failed' in reply) reject(new AppError('query_failed', `The console could not check the query: ${reply.failed}`));
        else resolve({ verdict: reply.verdict, errors: reply.errors });
      };
      thread.onDeath = (error) => {
        settle();
        const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        reject(outOfMemory ? tooComplex(`checking it needed more than ${this.options.memoryMb} MB`) : new AppError('query_failed', `The console's parser stopped: ${error.message}`));
      };
      thread.worker.on('message', onMessage);
      thread.worker.postMessage({ id, query, params, bounded } satisfies ParseJob);
    });
  }

  private ensure(): Thread {
    if (this.thread) return this.thread;
    if (this.closed) throw new AppError('store_unavailable', 'The console is shutting down');
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { warmSample: this.options.warmSample },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const thread: Thread = {
      worker,
      ready: new Promise<void>((resolve, reject) => {
        worker.on('message', (reply: ParseReply) => 'ready' in reply && resolve());
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the parser thread exited with code ${code}`)));
      }),
    };
    thread.ready.catch(() => undefined);
    const die = (error: Error) => {
      if (this.thread === thread) this.thread = undefined;
      thread.onDeath?.(error);
    };
    worker.once('error', die);
    worker.once('exit', (code) => die(new Error(`the parser thread exited with code ${code}`)));
    this.thread = thread;
    return thread;
  }

  private stopWhenIdle(): void {
    if (!this.options.idleMs) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => !this.pending && this.thread && this.retire(this.thread), this.options.idleMs);
    this.idleTimer.unref();
  }

  /** Terminates a thread that overran its budget and starts a fresh one, warmed, for the next query. */
  private replace(thread: Thread): void {
    this.retire(thread);
    if (!this.closed) this.ensure();
  }

  /** Terminates a thread without failing a query (none is running on it, or it was already answered). */
  private retire(thread: Thread): void {
    thread.onDeath = undefined;
    if (this.thread === thread) this.thread = undefined;
    void thread.worker.terminate();
  }
}

const tooComplex = (why: string) =>
  new AppError('too_complex', `The query is too complex to run: ${why}. Write it with less nesting or fewer terms`);
