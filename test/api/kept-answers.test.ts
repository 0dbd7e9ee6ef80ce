// The large answers every reader shares (the whole graph, the convergence analysis), on both
// engines, as a browser asks for them (compressed, holding the version it read last): on the
// embedded engine 304 Not Modified while the graph is unchanged, a client that takes no
// compression answered from the same kept version; on Neo4j (written by others
// too) read afresh each time; on both the new answer as soon as an import or a revert changes it.
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine, startTestServer, type TestServer } from '../support/server.ts';

/** What a reader sees changing in each answer: the graph's node ids, the matrix's families. */
const answers = {
  '/api/graph': (body: { elements: { nodes: { data: { id: string } }[] } }) => body.elements.nodes.map((n) => n.data.id),
  '/api/convergence': (body: { matrix: { families: { id: string }[] } }) => body.matrix.families.map((f) => f.id),
} as const;

forEachEngine((engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine, wipe: true });
  }, 120_000);
  afterAll(() => server?.close());

  // node:http, as a browser revalidates (fetch() would add Cache-Control: no-cache to a conditional request).
  const ask = (path: keyof typeof answers, encoding: string, etag?: string) =>
    new Promise<{ status: number; etag?: string; encoding?: string; ids: string[] }>((resolve, reject) => {
      get(`${server.url}${path}`, { headers: { 'accept-encoding': encoding, ...(etag && { 'if-none-match': etag }) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const coding = res.headers['content-encoding'];
          const text = (coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
          const ids = text ? answers[path](JSON.parse(text)) : [];
          resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, encoding: coding, ids });
        });
      }).on('error', reject);
    });
  const importJson = (dataset: unknown) =>
    fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'cladescope-test' }, body: JSON.stringify(dataset) });
  // A new family whose one species carries a trait: a new node in the graph, a new family in the matrix.
  const testidae = {
    version: 1,
    nodes: { taxon: [{ id: 'family-testidae', rank: 'family', name: 'Testidae' }, { id: 'species-testis-novus', rank: 'species', name: 'Testis novus' }] },
    edges: {
      MEMBER_OF: [{ from: 'family-testidae', to: 'phylum-transformata' }, { from: 'species-testis-novus', to: 'family-testidae' }],
      HAS_TRAIT: [{ from: 'species-testis-novus', to: 'trait-attention-mechanism' }],
    },
  };

  describe.each(Object.keys(answers) as (keyof typeof answers)[])('GET %s across versions of the graph', (path) => {
    const added = path === '/api/graph' ? 'species-testis-novus' : 'family-testidae';

    it('answers every reader the same in either encoding, and (embedded) 304 with no body to one that holds this version', async () => {
      const br = await ask(path, 'br');
      const gz = await ask(path, 'gzip');
      const plain = await ask(path, 'identity');
      expect([br.encoding, gz.encoding, plain.encoding]).toEqual(['br', 'gzip', undefined]);
      expect(br.ids.length).toBeGreaterThan(5);
      expect(gz.ids).toEqual(br.ids);
      expect(plain.ids).toEqual(br.ids);
      if (engine === 'embedded') {
        expect(br.etag).toBeTruthy();
        expect(await ask(path, 'br', br.etag)).toMatchObject({ status: 304, ids: [] });
        // A client that takes no compression is answered from the same kept version.
        expect(plain.etag).toBe(br.etag);
        expect(await ask(path, 'identity', plain.etag)).toMatchObject({ status: 304, ids: [] });
        // On Neo4j there is no kept version (Express may still tag a small answer by its content).
      } else expect(br.etag ?? '').not.toMatch(/^W\/"(graph|convergence)-/);
    });

    it('answers anew under a new version after an import, and again after a revert', async () => {
      const revisionsBefore = (await server.get('/api/revisions')).body.revisions as { id: number }[];
      const before = await ask(path, 'br');
      expect(before.ids).not.toContain(added);
      expect((await importJson(testidae)).status).toBe(200);

      const after = await ask(path, 'br', before.etag);
      expect(after.status).toBe(200);
      if (engine === 'embedded') expect(after.etag).not.toBe(before.etag);
      expect(after.ids).toContain(added);
      expect((await ask(path, 'identity')).ids).toEqual(after.ids);

      const latest = Math.max(...revisionsBefore.map((r) => r.id));
      expect((await server.post(`/api/revisions/${latest}/revert`, {})).status).toBe(200);
      const reverted = await ask(path, 'br', after.etag);
      expect(reverted.status).toBe(200);
      expect(reverted.ids).not.toContain(added);
      expect(reverted.ids.sort()).toEqual(before.ids.sort());
      expect((await ask(path, 'identity')).ids.sort()).toEqual(before.ids.sort());
    });
  });
});
