// The console service around the guard: one query at a time per engine, a short queue, then
// busy; the row cap and the timeout reach the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../server/src/errors.ts';
import type { GraphStore, ReadOptions } from '../../../server/src/store/graph-store.ts';
import { ConsoleParser } from '../../../server/src/taxonomy/console-parser.ts';
import { ConsoleService } from '../../../server/src/taxonomy/console.service.ts';

// One real parser thread for the file: starting one loads Neo4j's parser (seconds on a busy machine).
let parser: ConsoleParser;
beforeAll(async () => {
  parser = new ConsoleParser({ budgetMs: 30_000, memoryMb: 512 });
  await parser.check('RETURN 1', {}, true);
}, 60_000);
afterAll(() => parser.close());

function blockedStore(engine: GraphStore['engine'] = 'embedded') {
  const releases: (() => void)[] = [];
  const seen: ReadOptions[] = [];
  const store: GraphStore = {
    engine,
    read: (_statement, options = {}) => {
      seen.push(options);
      return new Promise((resolve) => releases.push(() => resolve({ columns: [], rows: [], truncated: false })));
    },
    write: () => Promise.reject(new Error('the console never writes')),
    ping: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return { store, releases, seen };
}

/** Waits (polling) until the parser thread has answered and the query reached the store. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

const answer = (result: { columns: string[]; truncated: boolean }) => Promise.resolve({ ...result, rows: [], elements: { nodes: [], edges: [] } });
const read = 'MATCH (n) RETURN n';

describe('ConsoleService', () => {
  it('runs one query at a time, lets two wait, and answers busy to the next', async () => {
    const { store, releases } = blockedStore();
    const service = new ConsoleService(store, { answer }, { rowLimit: 10, timeoutMs: 100, maxWaiting: 2, parser });
    const running = [service.run(read, {}), service.run(read, {}), service.run(read, {})];
    await expect(service.run(read, {})).rejects.toMatchObject({ code: 'busy' } satisfies Partial<AppError>);
    await until(() => releases.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(releases).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      await until(() => releases.length > i);
      releases[i]?.();
    }
    await expect(Promise.all(running)).resolves.toHaveLength(3);
  });

  it('passes the row cap and the timeout to the store', async () => {
    const { store, releases, seen } = blockedStore('neo4j');
    const service = new ConsoleService(store, { answer }, { rowLimit: 1000, timeoutMs: 5000, parser });
    const done = service.run(read, {});
    await until(() => releases.length > 0);
    releases[0]?.();
    await done;
    expect(seen).toEqual([{ maxRows: 1000, timeoutMs: 5000, untrusted: true }]);
  });

  it('refuses a write before it reaches the store', async () => {
    const { store, seen } = blockedStore();
    const service = new ConsoleService(store, { answer }, { rowLimit: 10, timeoutMs: 100, parser });
    await expect(service.run('CREATE (n)', {})).rejects.toMatchObject({ code: 'query_refused' });
    expect(seen).toEqual([]);
  });
});
