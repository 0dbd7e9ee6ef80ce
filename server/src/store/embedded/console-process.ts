// Runs the console's queries on the embedded engine in a child process (console-child.ts) that
// reads a snapshot of the graph. Grafeo cannot cancel a query and the store runs one query at a
// time, so a user's query runs there, watched: over CONSOLE_TIMEOUT_MS or over its memory the
// process is killed (SIGKILL) and a fresh one started, and the answer names the limit. The
// server's own queries keep running on the store meanwhile.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { AppError } from '../../errors.ts';
import { bootTypeScript } from '../../typescript-boot.ts';
import type { QueryResult } from '../graph-store.ts';
import type { ChildJob, ChildReply } from './console-child.ts';

export interface ConsoleRun {
  snapshot: string;
  text: string;
  params: Record<string, unknown>;
  maxRows?: number;
  maxBytes?: number;
  timeoutMs: number;
  memoryMb: number;
  signal?: AbortSignal;
}

const CHILD = new URL('./console-child.ts', import.meta.url).href;
const BOOT = bootTypeScript(CHILD);
const PAGE_BYTES = 4096;
const WATCH_MS = 25;

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
}

/** Resident memory of a process in bytes (Linux /proc); undefined where that cannot be read. */
function residentBytes(pid: number): number | undefined {
  try {
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(resident) ? resident * PAGE_BYTES : undefined;
  } catch {
    return undefined;
  }
}

export class ConsoleProcess {
  private child?: Child;
  private nextId = 1;
  private closed = false;
  /** Killed processes, so their exit reads as the limit that killed them, not as a crash. */
  private readonly killed = new WeakSet<ChildProcess>();

  constructor(private readonly heapMb: number = 512) {}

  start(): void {
    this.ensure();
  }

  async run(job: ConsoleRun): Promise<QueryResult & { truncated: boolean }> {
    const child = this.ensure();
    await child.ready;
    const id = this.nextId++;
    const proc = child.process;
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (error?: AppError, reply?: QueryResult & { truncated: boolean }) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        clearInterval(watch);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        job.signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(reply as QueryResult & { truncated: boolean });
      };
      const kill = (error: AppError) => {
        this.replace(child);
        finish(error);
      };
      const timer = setTimeout(
        () => kill(limit('CONSOLE_TIMEOUT_MS', `The query ran longer than ${job.timeoutMs} ms (CONSOLE_TIMEOUT_MS) and was stopped`)),
        job.timeoutMs,
      );
      const watch = setInterval(() => {
        const bytes = proc.pid ? residentBytes(proc.pid) : undefined;
        if (bytes !== undefined && bytes > job.memoryMb * 1024 * 1024) {
          kill(limit('CONSOLE_MEMORY_MB', `The query used more than ${job.memoryMb} MB of memory (CONSOLE_MEMORY_MB) and was stopped`));
        }
      }, WATCH_MS);
      const onAbort = () => kill(new AppError('cancelled', 'The client went away; its query was stopped'));
      const onMessage = (reply: ChildReply) => {
        if (!('id' in reply) || reply.id !== id) return;
        if ('error' in reply) finish(new AppError('query_failed', `The embedded engine could not run the query: ${reply.error}`));
        else finish(undefined, { columns: reply.columns, rows: reply.rows, truncated: reply.truncated });
      };
      const onExit = (code: number | null, signal: string | null) => {
        // Out of JavaScript heap while converting rows reads as the memory limit; anything else as a crash.
        finish(
          code === 134 || signal === 'SIGABRT'
            ? limit('CONSOLE_MEMORY_MB', `The query's answer needed more memory than the console allows (CONSOLE_MEMORY_MB) and was stopped`)
            : new AppError('query_failed', `The console's query process stopped (${signal ?? `exit ${code}`}) while running the query`),
        );
      };
      if (job.signal?.aborted) return onAbort();
      job.signal?.addEventListener('abort', onAbort, { once: true });
      proc.on('message', onMessage);
      proc.once('exit', onExit);
      const { snapshot, text, params, maxRows, maxBytes } = job;
      proc.send({ id, snapshot, text, params, maxRows: maxRows ?? undefined, maxBytes } satisfies ChildJob);
    });
  }

  close(): void {
    this.closed = true;
    if (this.child) this.kill(this.child);
    this.child = undefined;
  }

  private ensure(): Child {
    if (this.child && this.child.process.exitCode === null && !this.killed.has(this.child.process)) return this.child;
    if (this.closed) throw new AppError('store_unavailable', 'The console is shutting down');
    const proc = spawn(process.execPath, [`--max-old-space-size=${this.heapMb}`, '--input-type=module', '-e', BOOT], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = (reply: ChildReply) => {
        if (!('ready' in reply)) return;
        proc.off('message', onReady);
        resolve();
      };
      proc.on('message', onReady);
      proc.once('exit', (code, signal) => reject(new AppError('store_unavailable', `The console's query process did not start (${signal ?? `exit ${code}`})`)));
      proc.once('error', (error) => reject(new AppError('store_unavailable', `The console's query process did not start: ${error.message}`)));
    });
    ready.catch(() => undefined);
    const child = { process: proc, ready };
    proc.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
    return child;
  }

  private kill(child: Child): void {
    this.killed.add(child.process);
    child.process.kill('SIGKILL');
  }

  /** Kills a process over a limit and starts the next one at once, so the next query does not wait for it. */
  private replace(child: Child): void {
    this.kill(child);
    if (this.child === child) this.child = undefined;
    if (!this.closed) this.ensure();
  }
}

const limit = (name: string, message: string) => new AppError('limit_exceeded', message, [], { limit: name });
