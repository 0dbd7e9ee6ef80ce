// Search through each engine's text index (search/<engine>/by-keys) answers what a scan of every
// node's names (search/by-name, run as the named query) answers: the same nodes in the same
// order, for every start of every name and word of the seeded taxonomy, texts found only inside
// a word, texts with Lucene's and Cypher's special characters, and texts found nowhere.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../server/src/taxonomy/seed.ts';
import { forEachEngine, startTestServer, type TestServer } from '../support/server.ts';

const dataset = readDatasetFile(fileURLToPath(new URL('../../data/taxonomy.json', import.meta.url)));
const names = Object.values(dataset.nodes).flatMap((nodes) =>
  (nodes as { name?: string; title?: string; commonNames?: string[] }[]).flatMap((n) => [n.name, n.title, ...(n.commonNames ?? [])].filter((x): x is string => !!x)),
);
/** Every start of one to six letters of every word of every name, once. */
const starts = [...new Set(names.flatMap((name) => name.split(/[\s-]+/).flatMap((word) => [1, 2, 3, 4, 5, 6].map((k) => word.slice(0, k).toLowerCase()))))].filter(Boolean);
const others = ['flexivus', 'ntier', 'gpt-5.3', 'GPT 5.3 codex', 'claude opus 4.6', '(', '"', '\\', 'a"b', 'x(y', '*', 'zzzzqqq', '-', '  fr  '];

forEachEngine((engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine, wipe: true });
  }, 120_000);
  afterAll(() => server?.close());

  const searched = async (q: string, limit: number) => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
    expect(res.status, q).toBe(200);
    return ((await res.json()) as { results: { id: string; matched: string }[] }).results.map((r) => `${r.id} ${r.matched}`);
  };
  const scanned = async (q: string, limit: number) => {
    const { body } = await server.post('/api/queries/search/by-name', { params: { q, limit } });
    return (body.rows as { node: { id: string }; matched: string }[]).map((r) => `${r.node.id} ${r.matched}`);
  };

  describe('search through the text index answers as a scan of every name does', () => {
    it(`for each of the ${starts.length} starts of the names' words, and texts inside words or found nowhere`, async () => {
      expect(starts.length).toBeGreaterThan(300);
      const differ: string[] = [];
      for (const q of [...starts, ...others]) {
        for (const limit of [3, 10]) {
          const [a, b] = await Promise.all([searched(q, limit), scanned(q, limit)]);
          if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${q} (limit ${limit}): ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        }
      }
      expect(differ).toEqual([]);
    }, 300_000);

    it('finds a node again after an import renames it, and no longer by its old name', async () => {
      const rename = { version: 1, nodes: { taxon: [{ id: 'species-frontieris-reflexivus', rank: 'species', name: 'Zyxwis renamedus' }] } };
      const res = await fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'cladescope-test' }, body: JSON.stringify(rename) });
      expect(res.status).toBe(200);
      expect((await searched('zyxw', 10)).map((r) => r.split(' ')[0])).toEqual(['species-frontieris-reflexivus']);
      expect(await searched('frontieris refl', 10)).toEqual(await scanned('frontieris refl', 10));
      expect((await searched('frontieris refl', 10)).map((r) => r.split(' ')[0])).not.toContain('species-frontieris-reflexivus');
    });
  });
});
