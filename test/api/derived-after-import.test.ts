// What the server derives from the graph (convergence, families) follows an import at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine, startTestServer, type TestServer } from '../support/server.ts';

// Every test below runs once per engine; the body keeps its indentation so merges stay small.
forEachEngine((engine) => {
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ engine });
});
afterAll(async () => {
  await server?.close();
});

it('convergence shows a convergence recorded by an import made after it was first asked', async () => {
  const recorded = async () => (await server.get('/api/convergence')).body.traits.filter((t: { recorded: boolean }) => t.recorded).map((t: { trait: { id: string } }) => t.trait.id);
  expect(await recorded()).not.toContain('trait-agent-teams');

  const imported = await server.post('/api/import', {
    version: 1,
    edges: { CONVERGES: [{ from: 'family-instrumentidae', to: 'trait-agent-teams', source: 'https://example.org/observation', confidence: 'low' }] },
  });

  expect(imported.status).toBe(200);
  expect(await recorded()).toContain('trait-agent-teams');
});
});
