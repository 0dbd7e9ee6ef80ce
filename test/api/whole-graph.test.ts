// The whole graph, on both engines, as a browser asks for it (compressed, holding the version it
// read last): on the embedded engine 304 Not Modified while the graph is unchanged; on Neo4j
// (written by others too) read afresh each time; on both the new graph as soon as an import or
// a revert changes it.
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachEngine, startTestServer, type TestServer } from '../support/server.ts';

forEachEngine((engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine, wipe: true });
  }, 120_000);
  afterAll(() => server?.close());

  // node:http, as a browser revalidates (fetch() would add Cache-Control: no-cache to a conditional request).
  const graph = (encoding: string, etag?: string) =>
    new Promise<{ status: number; etag?: string; encoding?: string; ids: string[] }>((resolve, reject) => {
      get(`${server.url}/api/graph`, { headers: { 'accept-encoding': encoding, ...(etag && { 'if-none-match': etag }) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const coding = res.headers['content-encoding'];
          const text = (coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
          const ids = text ? (JSON.parse(text).elements.nodes as { data: { id: string } }[]).map((n) => n.data.id) : [];
          resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, encoding: coding, ids });
        });
      }).on('error', reject);
    });
  const importJson = (dataset: unknown) =>
    fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'cladescope-test' }, body: JSON.stringify(dataset) });
  const novus = { version: 1, nodes: { taxon: [{ id: 'species-testis-novus', rank: 'species', name: 'Testis novus' }] }, edges: { MEMBER_OF: [{ from: 'species-testis-novus', to: 'family-recursidae' }] } };

  describe('GET /api/graph across versions of the graph', () => {
    it('answers every reader the same graph in either encoding, and (embedded) 304 with no body to one that holds this version', async () => {
      const br = await graph('br');
      const gz = await graph('gzip');
      const plain = await graph('identity');
      expect([br.encoding, gz.encoding, plain.encoding]).toEqual(['br', 'gzip', undefined]);
      expect(br.ids.length).toBeGreaterThan(40);
      expect(gz.ids).toEqual(br.ids);
      expect(plain.ids).toEqual(br.ids);
      if (engine === 'embedded') {
        expect(br.etag).toBeTruthy();
        expect(await graph('br', br.etag)).toMatchObject({ status: 304, ids: [] });
      } else expect(br.etag).toBeUndefined();
    });

    it('answers the new graph under a new version after an import, and again after a revert', async () => {
      const before = await graph('br');
      expect(before.ids).not.toContain('species-testis-novus');
      expect((await importJson(novus)).status).toBe(200);

      const after = await graph('br', before.etag);
      expect(after.status).toBe(200);
      if (engine === 'embedded') expect(after.etag).not.toBe(before.etag);
      expect(after.ids).toContain('species-testis-novus');

      const revisions = (await server.get('/api/revisions')).body.revisions as { id: number }[];
      const previous = Math.min(...revisions.map((r) => r.id));
      expect((await server.post(`/api/revisions/${previous}/revert`, {})).status).toBe(200);
      const reverted = await graph('br', after.etag);
      expect(reverted.status).toBe(200);
      expect(reverted.ids).not.toContain('species-testis-novus');
      expect(reverted.ids.sort()).toEqual(before.ids.sort());
    });
  });
});
