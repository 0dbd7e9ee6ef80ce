// Search follows the names as they change, on both engines: a renamed common name is found under
// its new name and no longer under its old one, a new taxon is found at once, a revert brings the
// old name back, and no answer carries the store's own search key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine, startTestServer, type Engine, type TestServer } from '../support/server.ts';

forEachEngine((engine) => suite(engine));

async function importJson(server: TestServer, dataset: unknown) {
  const res = await fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'cladescope-test' }, body: JSON.stringify(dataset) });
  return { status: res.status, body: await res.json() };
}

function suite(engine: Engine) {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine, wipe: true });
  }, 120_000);
  afterAll(() => server?.close());

  const found = async (q: string) => ((await server.get(`/api/search?q=${encodeURIComponent(q)}`)).body.results as { id: string }[]).map((r) => r.id);

  describe('search as names change', () => {
    it('finds a common name after an import renames it, and not the old one', async () => {
      expect(await found('gpt 5.3')).toContain('species-frontieris-reflexivus');
      const { status } = await importJson(server, { version: 1, nodes: { taxon: [{ id: 'species-frontieris-reflexivus', rank: 'species', name: 'Frontieris reflexivus', commonNames: ['Codex Reflexa'] }] } });
      expect(status).toBe(200);
      expect(await found('codex refl')).toEqual(['species-frontieris-reflexivus']);
      expect(await found('gpt 5.3')).not.toContain('species-frontieris-reflexivus');
    });

    it('finds a taxon the moment it is imported', async () => {
      expect(await found('Quuxidae')).toEqual([]);
      const { status } = await importJson(server, { version: 1, nodes: { taxon: [{ id: 'family-quuxidae', rank: 'family', name: 'Quuxidae', commonNames: ['The Test-Quuxes'] }] }, edges: { MEMBER_OF: [{ from: 'family-quuxidae', to: 'phylum-transformata' }] } });
      expect(status).toBe(200);
      expect(await found('quuxidae')).toEqual(['family-quuxidae']);
      expect(await found('test quux')).toEqual(['family-quuxidae']);
    });

    it('finds the old name again after a revert to the seed', async () => {
      const { status } = await server.post('/api/revisions/1/revert', {});
      expect(status).toBe(200);
      expect(await found('gpt 5.3')).toContain('species-frontieris-reflexivus');
      expect(await found('codex refl')).toEqual([]);
      expect(await found('quuxidae')).toEqual([]);
    });

    it('ranks the whole name, then its start, then a word start, then inside a word, the shorter rest first', async () => {
      const taxa = [
        ['species-test-barus', 'Testus barus', 'Barus'],
        ['species-test-barusoid', 'Testus barusoides', 'Barus-Prime-2'],
        ['species-test-alpha', 'Alphus barusinus', 'Alpha (Barus) Large'],
        ['species-test-inside', 'Quuxbarus', 'Quux'],
      ].map(([id, name, common]) => ({ id, rank: 'species', name, commonNames: [common] }));
      const { status } = await importJson(server, { version: 1, nodes: { taxon: taxa }, edges: { MEMBER_OF: taxa.map((t) => ({ from: t.id, to: 'genus-frontieris' })) } });
      expect(status).toBe(200);
      const results = (await server.get('/api/search?q=barus')).body.results as { id: string; matched: string }[];
      expect(results.map((r) => [r.id, r.matched])).toEqual([
        ['species-test-barus', 'Barus'],
        ['species-test-barusoid', 'Barus-Prime-2'],
        ['species-test-alpha', 'Alphus barusinus'],
        ['species-test-inside', 'Quuxbarus'],
      ]);
      // A word that opens a bracket starts after it; two words of a name are one text.
      expect((await found('barus) large'))[0]).toBe('species-test-alpha');
      expect((await found('prime 2'))[0]).toBe('species-test-barusoid');
    });

    it('shows no search key in details, the graph or an export', async () => {
      const details = (await server.get('/api/taxa/species-frontieris-reflexivus')).body;
      expect(details.node).not.toHaveProperty('searchText');
      const graph = (await server.get('/api/graph')).body;
      expect(graph.elements.nodes.some((n: { data: Record<string, unknown> }) => 'searchText' in n.data)).toBe(false);
      const exported = await (await fetch(`${server.url}/api/export?format=json`)).text();
      expect(exported).not.toContain('searchText');
    });
  });
}
