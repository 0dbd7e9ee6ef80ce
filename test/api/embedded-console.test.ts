// The embedded engine runs users' queries in a console process on a snapshot: over its time or
// memory the process is killed and the answer names the limit; the store's own queries answer
// meanwhile; the snapshot follows writes; work whose client went away is dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/embedded-store.ts';
import { withRequestSignal } from '../../server/src/request-context.ts';

let store: EmbeddedStore;
beforeAll(async () => {
  store = EmbeddedStore.open(':memory:');
  await store.write([{ text: 'UNWIND range(1, 100) AS i CREATE (:Entity {id: "n" + toString(i), i: i})' }]);
});
afterAll(() => store.close());

const console = (text: string, limits: { timeoutMs?: number; memoryMb?: number } = {}) =>
  store.read({ text }, { untrusted: true, timeoutMs: limits.timeoutMs ?? 20_000, memoryMb: limits.memoryMb ?? 1024 });
const count = async () => (await store.read({ text: 'MATCH (n:Entity) RETURN count(n) AS c' })).rows[0]?.c;

// 9 million rows, a few seconds of CPU in little memory; and a list that grows past any cap.
const SLOW = 'UNWIND range(1, 3000) AS a CALL (a) { UNWIND range(1, 3000) AS b RETURN count(b) AS n } RETURN sum(n) AS total';
const HUNGRY = 'UNWIND range(1, 100000000) AS x RETURN count(x) AS c';

describe('the embedded console process', () => {
  it('stops a query over its time and answers limit_exceeded naming CONSOLE_TIMEOUT_MS', async () => {
    await expect(console(SLOW, { timeoutMs: 500 })).rejects.toMatchObject({ code: 'limit_exceeded', extra: { limit: 'CONSOLE_TIMEOUT_MS' } });
  });

  it('stops a query over its memory and answers limit_exceeded naming CONSOLE_MEMORY_MB', async () => {
    await expect(console(HUNGRY, { memoryMb: 200 })).rejects.toMatchObject({ code: 'limit_exceeded', extra: { limit: 'CONSOLE_MEMORY_MB' } });
  });

  it('answers the next query after one was killed', async () => {
    await expect(console(SLOW, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'limit_exceeded' });
    await expect(console('MATCH (n:Entity) RETURN count(n) AS c')).resolves.toMatchObject({ rows: [{ c: 100 }] });
  });

  it("answers the store's own reads within a second while a console query runs", async () => {
    const running = console(SLOW, { timeoutMs: 4_000 }).catch(() => 'stopped');
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    expect(await count()).toBe(100);
    expect(Date.now() - started).toBeLessThan(1000);
    await running;
  });

  it('reads the graph as of the last write', async () => {
    await console('RETURN 1 AS warm');
    await store.write([{ text: 'CREATE (:Entity {id: "late", i: 0})' }]);
    await expect(console('MATCH (n:Entity {id: "late"}) RETURN n.id AS id')).resolves.toMatchObject({ rows: [{ id: 'late' }] });
    await store.write([{ text: 'MATCH (n:Entity {id: "late"}) DELETE n' }]);
  });

  it('cannot write, even through the snapshot', async () => {
    await expect(console('CREATE (:Entity {id: "intruder"})')).rejects.toMatchObject({ code: 'query_failed' });
    expect(await count()).toBe(100);
  });
});

describe('work whose client went away', () => {
  it('does not run a read whose client already went away, answering cancelled', async () => {
    const gone = new AbortController();
    gone.abort();
    await expect(withRequestSignal(gone.signal, () => store.read({ text: 'MATCH (n) RETURN n' }))).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('answers a short read while a long one runs, rather than after it', async () => {
    const finished: string[] = [];
    const long = store.read({ text: 'UNWIND range(1, 5000000) AS x RETURN count(x) AS c' }).then(() => finished.push('long'));
    const short = store.read({ text: 'MATCH (n:Entity) RETURN count(n) AS c' }).then(() => finished.push('short'));
    await Promise.all([long, short]);
    expect(finished).toEqual(['short', 'long']);
  });

  it('rolls back a write whose client went away before the commit', async () => {
    const gone = new AbortController();
    gone.abort();
    await expect(withRequestSignal(gone.signal, () => store.write([{ text: 'CREATE (:Entity {id: "orphan", i: -1})' }]))).rejects.toMatchObject({ code: 'cancelled' });
    expect(await count()).toBe(100);
  });
});
