// The console on a real Neo4j (NEO4J_TEST_URI, e.g. from `npm run neo4j`): a user's query runs
// once in a READ transaction with the console's timeout, under Neo4j's per-transaction memory cap
// (db.memory.transaction.max), its answer cut at the byte cap, and stopped when the client goes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/src/store/neo4j/neo4j-store.ts';

const uri = process.env.NEO4J_TEST_URI;
if (!uri) console.info('Neo4j console limits skipped: set NEO4J_TEST_URI (and NEO4J_TEST_PASSWORD) to a running Neo4j 5, e.g. `npm run neo4j`');

describe.skipIf(!uri)('the console on Neo4j', () => {
  let store: Neo4jStore;
  beforeAll(() => {
    store = Neo4jStore.connect({ uri: uri as string, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' });
  });
  afterAll(() => store?.close());

  const consoleRead = (text: string, options: { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal } = {}) =>
    store.read({ text }, { untrusted: true, maxRows: 1000, timeoutMs: options.timeoutMs ?? 20_000, ...options });

  it('refuses a write: the transaction is READ', async () => {
    await expect(consoleRead('CREATE (n:ConsoleIntruder) RETURN n')).rejects.toMatchObject({ code: 'query_refused' });
  });

  it('stops a query at CONSOLE_TIMEOUT_MS and names the limit', async () => {
    await expect(consoleRead('UNWIND range(1, 1000000000) AS x RETURN count(x) AS c', { timeoutMs: 500 })).rejects.toMatchObject({ code: 'limit_exceeded', extra: { limit: 'CONSOLE_TIMEOUT_MS' } });
  });

  it("stops a query at Neo4j's per-transaction memory cap and names it", async () => {
    await expect(consoleRead('UNWIND range(1, 100000000) AS x RETURN collect(x) AS c')).rejects.toMatchObject({ code: 'limit_exceeded', extra: { limit: 'db.memory.transaction.max' } });
  }, 60_000);

  it('cuts an answer at the byte cap and says truncated', async () => {
    const answer = await consoleRead(`UNWIND range(1, 500) AS i RETURN i, '${'x'.repeat(100)}' AS pad`, { maxBytes: 2000 });
    expect(answer.truncated).toBe(true);
    expect(answer.rows.length).toBeLessThan(25);
  });

  it('stops a running query when its client goes away', async () => {
    const gone = new AbortController();
    setTimeout(() => gone.abort(), 300);
    const started = Date.now();
    await expect(consoleRead('UNWIND range(1, 1000000000) AS x RETURN count(x) AS c', { signal: gone.signal })).rejects.toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
