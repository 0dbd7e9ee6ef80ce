// The read-only Cypher console: a user's query is bounded (size, nesting), classified and linted
// by Neo4j's parser on a thread with a time budget (console-parser), then run as an untrusted
// read, where the engine can stop it, with a row, size, time and memory cap, one at a time.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { inputVerdict } from './console-input.ts';
import { ConsoleParser } from './console-parser.ts';
import type { QueryAnswer, QueryService } from './query.service.ts';

export interface ConsoleOptions {
  /** Rows answered at most; the answer says `truncated` when there were more (CONSOLE_ROW_LIMIT). */
  rowLimit: number;
  /** A query running longer is stopped (CONSOLE_TIMEOUT_MS). */
  timeoutMs: number;
  /** Memory a query may use before it is stopped (CONSOLE_MEMORY_MB). */
  memoryMb?: number;
  /** Bytes of rows answered at most; the answer says `truncated` past them (CONSOLE_ANSWER_BYTES). */
  maxAnswerBytes?: number;
  /** Longest the parser may take to check a query (CONSOLE_PARSE_BUDGET_MS). */
  parseBudgetMs?: number;
  /** How long the parser's thread may go unused before it is stopped (CONSOLE_PARSER_IDLE_MS). */
  parserIdleMs?: number;
  /** Queries that may wait behind the running one before the console answers `busy`. */
  maxWaiting?: number;
  /**
   * A query the parser's thread lints when it starts, so Neo4j's analyser is loaded and compiled
   * before the query that started it is checked within its budget.
   */
  parserWarmSample?: string;
  /** The parser to check queries with; by default one of its own on a worker thread, started by the first query. */
  parser?: Pick<ConsoleParser, 'check' | 'close' | 'running'>;
}

export class ConsoleService {
  private running = false;
  private readonly waiting: (() => void)[] = [];
  private parser?: Pick<ConsoleParser, 'check' | 'close' | 'running'>;

  constructor(
    private readonly store: GraphStore,
    private readonly queries: Pick<QueryService, 'answer'>,
    private readonly options: ConsoleOptions,
  ) {
    this.parser = options.parser;
  }

  async run(query: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<QueryAnswer> {
    const bounded = inputVerdict(query);
    if (!bounded.ok) throw new AppError('too_complex', bounded.refused);
    return this.oneAtATime(signal, async () => {
      const parser = this.parserFor();
      // A query that starts the parser's thread waits about 1.3 s for it: meanwhile the store is
      // asked whether it answers, so a store that is down is said within its own timeout.
      const reachable = parser.running ? undefined : this.store.ping();
      const [{ verdict, errors }] = await Promise.all([parser.check(query, params, this.store.engine === 'embedded'), reachable]);
      if (!verdict.ok) throw new AppError('query_refused', verdict.refused);
      if (errors.length) {
        const [first] = errors;
        throw new AppError(
          'invalid_input',
          `The query is not valid Cypher: ${first?.message} (line ${first?.line}, column ${first?.column})`,
          errors.map((e) => ({ path: 'body.query', ...e })),
        );
      }
      if (signal?.aborted) throw cancelled();
      const { rowLimit, timeoutMs, memoryMb, maxAnswerBytes } = this.options;
      const result = await this.store.read(
        { text: query, params },
        { maxRows: rowLimit, timeoutMs, untrusted: true, ...(memoryMb ? { memoryMb } : {}), ...(maxAnswerBytes ? { maxBytes: maxAnswerBytes } : {}), ...(signal ? { signal } : {}) },
      );
      return this.queries.answer(result);
    });
  }

  async close(): Promise<void> {
    await this.parser?.close();
  }

  private parserFor() {
    this.parser ??= new ConsoleParser({ budgetMs: this.options.parseBudgetMs ?? 5000, memoryMb: 512, warmSample: this.options.parserWarmSample, idleMs: this.options.parserIdleMs });
    return this.parser;
  }

  /** Console queries run one at a time; a few wait their turn, and beyond those the console is busy. */
  private async oneAtATime<T>(signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    if (this.running) {
      if (this.waiting.length >= (this.options.maxWaiting ?? 4)) throw new AppError('busy', 'The console is running other queries; try again in a moment');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running = true;
    try {
      // A client that went away while its query waited is not run at all.
      if (signal?.aborted) throw cancelled();
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running = false;
    }
  }
}

const cancelled = () => new AppError('cancelled', 'The client went away before the query ran');
