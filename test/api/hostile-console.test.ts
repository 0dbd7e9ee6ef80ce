// Hostile console requests against the server as its own process: each is refused or stopped
// with a 4xx problem naming why, while /healthz and a named query answer within a second, and
// afterwards the server is the same process it was (a crash fails here, not the test runner).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../support/spawned-server.ts';

let server: SpawnedServer;
beforeAll(async () => {
  server = await spawnServer({ CONSOLE_PARSE_BUDGET_MS: '1500', CONSOLE_TIMEOUT_MS: '4000', CONSOLE_MEMORY_MB: '256' });
  // Let the parser thread and the console process start, as they do once after every start.
  await cypher('RETURN 1 AS warm');
}, 180_000);
afterAll(() => server?.stop());

function cypher(query: string, params: unknown = {}) {
  return post('/api/cypher', JSON.stringify({ query, params }));
}

async function post(path: string, body: string) {
  const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as { code?: string; limit?: string; rows?: unknown[] } };
}

async function timed(call: () => Promise<{ status: number }>) {
  const started = Date.now();
  const { status } = await call();
  return { status, ms: Date.now() - started };
}

/** Sends the hostile request and, while it runs, asks /healthz and a named query. */
async function whileRunning(hostile: () => Promise<{ status: number; body: { code?: string; limit?: string } }>) {
  const answer = hostile();
  await new Promise((r) => setTimeout(r, 300));
  const health = await timed(() => fetch(`${server.url}/healthz`));
  const named = await timed(() => post('/api/queries/search/by-name', JSON.stringify({ params: { q: 'frontier' } })));
  return { health, named, answer: await answer };
}

const nested = (depth: number) => `RETURN ${'CASE WHEN true THEN '.repeat(depth)}1${' END'.repeat(depth)}`;

describe('hostile console requests', () => {
  it('refuses a query nested 80 deep as too complex before parsing it', async () => {
    const { answer } = await whileRunning(() => cypher(nested(80)));
    expect(answer).toMatchObject({ status: 422, body: { code: 'too_complex' } });
  });

  it('stops a 6,000-term sum at the parse budget while /healthz and a named query answer within 1 s', async () => {
    const { health, named, answer } = await whileRunning(() => cypher(`RETURN ${Array(6000).fill('1').join('+')}`));
    expect(answer).toMatchObject({ status: 422, body: { code: 'too_complex' } });
    expect(health).toMatchObject({ status: 200 });
    expect(health.ms).toBeLessThan(1000);
    expect(named).toMatchObject({ status: 200 });
    expect(named.ms).toBeLessThan(1000);
  });

  it('refuses parameters nested 30,000 deep with 400 before any engine sees them', async () => {
    const deep = `${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}`;
    const { answer, health } = await whileRunning(() => post('/api/cypher', `{"query":"RETURN $p AS p","params":{"p":${deep}}}`));
    expect(answer).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    expect(health).toMatchObject({ status: 200 });
  });

  it('stops UNWIND range(1, 100000000) at the memory limit while /healthz and a named query answer within 1 s', async () => {
    const { health, named, answer } = await whileRunning(() => cypher('UNWIND range(1, 100000000) AS x RETURN count(x)'));
    expect(answer).toMatchObject({ status: 422, body: { code: 'limit_exceeded' } });
    expect(['CONSOLE_MEMORY_MB', 'CONSOLE_TIMEOUT_MS']).toContain(answer.body.limit);
    expect(health.ms).toBeLessThan(1000);
    expect(named).toMatchObject({ status: 200 });
    expect(named.ms).toBeLessThan(1000);
  });

  it('stops a range that never ends and answers the next console query', async () => {
    const { answer } = await whileRunning(() => cypher('RETURN range(9223372036854775806, 9223372036854775807) AS r'));
    expect(answer).toMatchObject({ status: 422, body: { code: 'limit_exceeded' } });
    expect(await cypher('MATCH (t:Taxon {id: $id}) RETURN t.name AS name', { id: 'species-frontieris-reflexivus' })).toMatchObject({ status: 200, body: { rows: [{ name: 'Frontieris reflexivus' }] } });
  });

  it('is still the same process after all of them', () => {
    expect(server.alive()).toBe(true);
    expect(server.residentMb()).toBeLessThan(1024);
  });
});
