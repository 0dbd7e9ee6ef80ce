// The read-only Cypher console: a user's query is classified by Neo4j's parser (console-guard),
// checked for syntax, then run as a read with a row cap, one at a time per engine.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { classify, syntaxErrors } from './console-guard.ts';
import type { QueryAnswer, QueryService } from './query.service.ts';

export interface ConsoleOptions {
  /** Rows answered at most; the answer says `truncated` when there were more (CONSOLE_ROW_LIMIT). */
  rowLimit: number;
  /** Neo4j stops a read that runs longer (CONSOLE_TIMEOUT_MS); Grafeo cannot, hence the guard. */
  timeoutMs: number;
  /** Queries that may wait behind the running one before the console answers `busy`. */
  maxWaiting?: number;
}

export class ConsoleService {
  private running = false;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly store: GraphStore,
    private readonly queries: Pick<QueryService, 'answer'>,
    private readonly options: ConsoleOptions,
  ) {}

  /**
   * Lints a sample so Neo4j's semantic analyser is loaded and compiled before the first user
   * waits for it: half a second for any query, more for the features a richer sample exercises.
   */
  warm(sample: string): void {
    syntaxErrors(sample, {});
  }

  async run(query: string, params: Record<string, unknown>): Promise<QueryAnswer> {
    const verdict = classify(query, { bounded: this.store.engine === 'embedded' });
    if (!verdict.ok) throw new AppError('query_refused', verdict.refused);
    const errors = syntaxErrors(query, params);
    if (errors.length) {
      const [first] = errors;
      throw new AppError(
        'invalid_input',
        `The query is not valid Cypher: ${first?.message} (line ${first?.line}, column ${first?.column})`,
        errors.map((e) => ({ path: 'body.query', ...e })),
      );
    }
    return this.oneAtATime(async () => {
      const result = await this.store.read({ text: query, params }, { maxRows: this.options.rowLimit, timeoutMs: this.options.timeoutMs });
      return this.queries.answer(result);
    });
  }

  /** Console queries run one at a time; a few wait their turn, and beyond those the console is busy. */
  private async oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    if (this.running) {
      if (this.waiting.length >= (this.options.maxWaiting ?? 4)) throw new AppError('busy', 'The console is running other queries; try again in a moment');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running = true;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running = false;
    }
  }
}
