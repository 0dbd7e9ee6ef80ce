// SIGTERM: the server stops accepting, lets the requests in flight finish and answer, closes the
// store, and exits 0; it does not drop them on the floor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../support/spawned-server.ts';

let server: SpawnedServer;
beforeAll(async () => {
  server = await spawnServer({ CONSOLE_PARSE_BUDGET_MS: '2000', SHUTDOWN_GRACE_MS: '10000' });
  await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1 AS warm' }) });
}, 180_000);
afterAll(() => server?.stop());

describe('SIGTERM', () => {
  it('lets a request in flight answer, refuses new connections, then exits 0', async () => {
    // Checking a 6,000-term sum runs for the whole parse budget (2 s), then answers 422.
    const inFlight = fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `RETURN ${Array(6000).fill('1').join('+')}` }) }).then(
      (res) => res.status,
      (error: Error) => `dropped: ${error.message}`,
    );
    await new Promise((r) => setTimeout(r, 500));
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
    server.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    const late = await fetch(`${server.url}/healthz`).then(
      (res) => res.status,
      () => 'refused',
    );
    expect(late).toBe('refused');
    expect(await inFlight).toBe(422);
    expect(await exited).toBe(0);
  });
});
